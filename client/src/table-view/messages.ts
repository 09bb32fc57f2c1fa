import type { CellKind, TableId } from '../../../server/src/core/format/tables';
import type { TableView, ViewCell } from '../../../server/src/service/table-view';

/**
 * What the table view's webview may send, checked before anything is done with it (the webview's
 * content is ours, but a message is data: shape, sizes and the cell it names are verified), and
 * the value a cell may hold. No vscode import: unit-tested in Node.
 */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'edit'; readonly key: string; readonly value: string; readonly version: number }
  | { readonly type: 'reveal'; readonly key: string }
  | { readonly type: 'switch'; readonly id: TableId; readonly nth: number };

/** What the extension sends the webview. */
export type HostMessage =
  | { readonly type: 'view'; readonly view: TableView; readonly readOnly?: string }
  | { readonly type: 'notice'; readonly text: string };

const TABLE_IDS: readonly string[] = ['二', '三', '四'];
const KEY = /^[a-z0-9-]{1,40}\/[a-z0-9-]{1,40}$/;
const MAX_VALUE = 30;

export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready': return { type: 'ready' };
    case 'edit':
      return typeof m.key === 'string' && KEY.test(m.key) && typeof m.value === 'string' && m.value.length <= MAX_VALUE && Number.isSafeInteger(m.version)
        ? { type: 'edit', key: m.key, value: m.value, version: m.version as number }
        : undefined;
    case 'reveal': return typeof m.key === 'string' && KEY.test(m.key) ? { type: 'reveal', key: m.key } : undefined;
    case 'switch':
      return typeof m.id === 'string' && TABLE_IDS.includes(m.id) && Number.isSafeInteger(m.nth) && (m.nth as number) >= 0 && (m.nth as number) < 100
        ? { type: 'switch', id: m.id as TableId, nth: m.nth as number }
        : undefined;
    default: return undefined;
  }
}

const PATTERNS: Readonly<Record<CellKind, RegExp>> = {
  count: /^\d+$/,
  signed: /^[+-]?\d+$/,
  amount: /^\d+(?:\.\d+)?$/,
};

/** Full-width digits and signs as typed with a Chinese input method, thousands separators dropped. */
function fold(raw: string): string {
  return raw
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[－−]/g, '-')
    .replace(/＋/g, '+')
    .replace(/[．。]/g, '.')
    .replace(/[,，](?=\d{3}(?:\D|$))/g, '');
}

export type ValueVerdict = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: 'bad' | 'need' };

/** The text to write for what the user typed into a cell of `kind`: a number of that kind, or blank where blanks keep the columns. */
export function cellValue(raw: string, kind: CellKind, blankAllowed: boolean): ValueVerdict {
  const value = fold(raw);
  if (value === '') return blankAllowed ? { ok: true, value } : { ok: false, reason: 'need' };
  return PATTERNS[kind].test(value) ? { ok: true, value } : { ok: false, reason: 'bad' };
}

/** The value cells of a view, by key. */
export function viewCells(view: TableView): Map<string, ViewCell> {
  const out = new Map<string, ViewCell>();
  for (const line of view.lines) for (const c of line.cells) if (c.kind === 'value') out.set(c.key, c);
  return out;
}

/**
 * The text that replaces a cell's range: the value, with a space on a side where the range touches
 * a Markdown pipe (a blank cell's range is empty, right at `|`), so the row stays readable.
 */
export function cellText(value: string, before: string, after: string): string {
  if (value === '') return value;
  return `${before === '|' ? ' ' : ''}${value}${after === '|' ? ' ' : ''}`;
}
