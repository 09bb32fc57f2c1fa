// The table view's page (runs in the webview, bundled into dist/table-view/webview.js): renders the
// table the extension sends as the official form and sends back the cells the user changes. It
// keeps no data of its own: every change goes to the document, and the document's new reading
// comes back as the next view. Text only through textContent/value (no HTML from data).
import './style.css';
import type { HostMessage, WebviewMessage } from '../messages';
import { cellValue } from '../messages';
import type { TableView, ViewCell, ViewLabel } from '../../../../server/src/service/table-view';

interface VsCodeApi { postMessage(message: WebviewMessage): void }
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') ?? document.body;
let readOnly: string | undefined;
let lastShown = '';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function kindName(view: TableView, cell: ViewCell): string {
  return cell.cellKind === 'signed' ? view.ui.kindSigned : cell.cellKind === 'amount' ? view.ui.kindAmount : view.ui.kindCount;
}

/** Checks the typed value and sends it when it changed; an invalid one stays in the cell, marked, with the reason. */
function commit(view: TableView, cell: ViewCell, input: HTMLInputElement): void {
  // Enter commits, then moving the focus fires `change` as well: the same value is sent once.
  if (input.value === (cell.text ?? '') || input.value === input.dataset.sent) { input.setCustomValidity(''); return; }
  const verdict = cellValue(input.value, cell.cellKind, view.blankAllowed);
  if (!verdict.ok) {
    const reason = verdict.reason === 'need' ? view.ui.needValue : view.ui.badValue.replace('{value}', () => input.value).replace('{kind}', () => kindName(view, cell));
    input.setCustomValidity(reason);
    input.title = reason;
    input.reportValidity();
    return;
  }
  input.setCustomValidity('');
  input.dataset.sent = input.value;
  vscode.postMessage({ type: 'edit', key: cell.key, value: verdict.value, version: view.version });
}

function labelCell(c: ViewLabel, data: boolean): HTMLElement {
  // A group label down several rows (三、本年度办理结果, （三）不予公开) is set vertically, as on the printed form.
  const e = el('th', data && c.rowspan > 1 ? 'label group' : 'label', c.text);
  if (c.colspan > 1) e.colSpan = c.colspan;
  if (c.rowspan > 1) e.rowSpan = c.rowspan;
  return e;
}

function valueCell(view: TableView, c: ViewCell, typed: Map<string, string>): HTMLElement {
  const td = el('td', ['value', c.total ? 'total' : '', c.severity ?? ''].filter(Boolean).join(' '));
  if (c.colspan > 1) td.colSpan = c.colspan;
  if (c.text === undefined || !c.range) {
    td.classList.add('missing');
    td.textContent = '—';
    td.title = `${c.label}\n${view.ui.missingCell}`;
    return td;
  }
  const input = el('input');
  input.type = 'text';
  input.inputMode = c.cellKind === 'count' ? 'numeric' : 'decimal';
  input.defaultValue = c.text;
  input.value = typed.get(c.key) ?? c.text;
  input.dataset.key = c.key;
  input.setAttribute('aria-label', c.label);
  input.title = [c.label, ...c.messages].join('\n');
  input.readOnly = readOnly !== undefined;
  input.addEventListener('change', () => { commit(view, c, input); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(view, c, input);
      const inputs = [...document.querySelectorAll<HTMLInputElement>('input[data-key]')];
      inputs[inputs.indexOf(input) + 1]?.focus();
    } else if (e.key === 'Escape') {
      input.value = c.text ?? '';
      input.setCustomValidity('');
    }
  });
  input.addEventListener('dblclick', () => { vscode.postMessage({ type: 'reveal', key: c.key }); });
  td.append(input);
  if (c.computed !== undefined) td.append(el('div', 'computed', view.ui.computed.replace('{value}', () => String(c.computed))));
  return td;
}

function render(view: TableView): void {
  // What the user is typing in another cell survives the refresh, and so does the focus.
  const active = document.activeElement instanceof HTMLInputElement ? document.activeElement : undefined;
  const typed = new Map<string, string>();
  const focusKey = active?.dataset.key;
  if (active && focusKey && active.value !== active.defaultValue) typed.set(focusKey, active.value);
  document.title = view.title;
  app.replaceChildren();
  if (view.tables.length > 1) {
    const nav = el('nav', 'tables');
    for (const t of view.tables) {
      const b = el('button', t.ref.id === view.ref.id && t.ref.nth === view.ref.nth ? 'current' : '', t.title);
      b.type = 'button';
      b.addEventListener('click', () => { vscode.postMessage({ type: 'switch', id: t.ref.id, nth: t.ref.nth }); });
      nav.append(b);
    }
    app.append(nav);
  }
  app.append(el('h1', '', view.title));
  app.append(el('p', view.problems > 0 ? 'summary bad' : 'summary good', view.summary));
  if (readOnly !== undefined) app.append(el('p', 'read-only', readOnly));
  const table = el('table', 'form');
  const body = el('tbody');
  for (const line of view.lines) {
    const tr = el('tr', line.kind);
    for (const c of line.cells) tr.append(c.kind === 'label' ? labelCell(c, line.kind === 'data') : valueCell(view, c, typed));
    body.append(tr);
  }
  table.append(body);
  app.append(table);
  const problems = el('ul', 'problems');
  for (const c of view.lines.flatMap((l) => l.cells)) {
    if (c.kind !== 'value') continue;
    for (const m of c.messages) {
      const li = el('li', c.severity ?? '', `${c.label}：${m}`);
      li.addEventListener('click', () => { vscode.postMessage({ type: 'reveal', key: c.key }); });
      problems.append(li);
    }
  }
  if (problems.childElementCount > 0) app.append(problems);
  app.append(el('p', 'hint', view.ui.hint));
  if (focusKey) document.querySelector<HTMLInputElement>(`input[data-key="${CSS.escape(focusKey)}"]`)?.focus();
}

function notice(text: string): void {
  const old = document.querySelector('.notice');
  old?.remove();
  const p = el('p', 'notice', text);
  p.setAttribute('role', 'alert');
  app.prepend(p);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const m = event.data as Partial<HostMessage> | null;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'view' && typeof m.view === 'object') {
    // The same reading again (new diagnostics that change nothing here): the page is left as it is.
    const shown = JSON.stringify(m);
    if (shown === lastShown) return;
    lastShown = shown;
    readOnly = typeof m.readOnly === 'string' ? m.readOnly : undefined;
    render(m.view);
  } else if (m.type === 'notice' && typeof m.text === 'string') {
    notice(m.text);
  }
});
vscode.postMessage({ type: 'ready' });
