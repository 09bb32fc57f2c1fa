import { normalizeLabel } from '../text/normalize';
import type { Finding } from '../rules/types';
import { hashHex } from './hash';
import type { Place } from './place';

/**
 * Fingerprints: a finding keeps its id when lines move (a paragraph added above, a table
 * reformatted), so a reviewer's decision and the new / open / fixed states survive a re-check.
 *
 *   rule | unit | anchor | snippet | occurrence
 *
 * - unit: the body and year (`某市生态环境局@2025`), else the file name: the same finding in another
 *   unit's report, or in next year's report, is another finding.
 * - anchor: the place by meaning: the facts the rule recorded that name a place (part, item,
 *   table, row, column, relation, template, the kind of date), else the table cell, table or part
 *   the finding lies in (place.ts). Figures (found, expected, share) are left out: a partial fix
 *   does not make a finding new.
 * - snippet: the finding's text, normalised (NFKC, blanks dropped), at most 40 characters, unless
 *   the anchor is a single cell. It tells apart two findings of one rule in one part.
 * - occurrence: 0, 1, … among findings with the same four, in text order.
 * The id is the rule and 13 hex digits of a 52-bit FNV-1a hash of that line ("table/wrong-cell:0a1b…").
 */
const ANCHOR_KEYS: readonly string[] = ['section', 'item', 'table', 'block', 'row', 'column', 'label', 'relation', 'template', 'kind', 'date'];
const SNIPPET_MAX = 40;

export interface FingerprintInput {
  readonly finding: Finding;
  readonly place: Place;
  /** The finding's text in the report. */
  readonly text: string;
}

/** Each input with its fingerprint, in order (the occurrence counts in the order given). */
export function fingerprints<T extends FingerprintInput>(unit: string, inputs: readonly T[]): (T & { readonly fingerprint: string })[] {
  const seen = new Map<string, number>();
  return inputs.map((input) => {
    const { finding, place, text } = input;
    const data = finding.data ?? {};
    // Places are names (strings) or part and item numbers; other numbers are figures, left out.
    const facts = ANCHOR_KEYS.flatMap((k) => {
      const v = data[k];
      return typeof v === 'string' || (typeof v === 'number' && (k === 'section' || k === 'item')) ? [`${k}=${v}`] : [];
    });
    const rowNamed = typeof data.row === 'string';
    const anchor = facts.length > 0 && (rowNamed || !place.cell) ? facts.join(';') : place.anchor;
    const snippet = place.cell || rowNamed ? '' : normalizeLabel(text).replace(/\s+/g, '').slice(0, SNIPPET_MAX);
    const base = [finding.rule, unit, anchor, snippet].join('|');
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...input, fingerprint: `${finding.rule}:${hashHex(`${base}|${occurrence}`)}` };
  });
}

/** The unit part of a fingerprint: body and year, else the file name without folders. */
export function unitKey(body: string | undefined, year: number | undefined, path: string): string {
  if (body !== undefined) return `${body}@${year ?? ''}`;
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return `file:${path.slice(cut + 1)}`;
}
