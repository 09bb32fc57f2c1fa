import type { Severity } from '../../../server/src/core/rules/types';
import type { CellView, FileView, FindingView, FormBlockView, FormView } from './protocol';
import { el } from './dom';
import { ruleDoc } from './rule-doc';

export const SEVERITY_TEXT: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/**
 * One report, drawn from the plain data the worker sends (protocol.ts): its findings (with the
 * rule's explanation and the fix, as in the editor), its text with every finding highlighted where
 * it is, and its statistical tables drawn as the official forms with the wrong cells marked.
 */
export function reportView(result: FileView): HTMLElement {
  const view = el('article', { class: 'report', 'data-path': result.path });
  const counts = (['error', 'warning', 'info'] as const).map((s) => [s, result.findings.filter((f) => f.severity === s).length] as const);
  view.append(el('h2', {}, result.path));
  if (result.failure !== undefined) {
    view.append(el('p', { class: 'failure', role: 'alert' }, result.failure));
    return view;
  }
  if (result.notice !== undefined || !result.checked) {
    view.append(el('p', { class: 'notice' }, result.notice ?? ''));
    return view;
  }
  view.append(el('p', { class: 'meta' },
    `${result.era}${result.year !== undefined ? ` · ${result.year}年度` : ''} · `,
    ...counts.map(([s, n]) => el('span', { class: `count sev-${s}` }, `${SEVERITY_TEXT[s]} ${n}`)),
    result.importedFrom !== undefined ? ` · 由 ${result.importedFrom} 文件转换，问题同时标出原文位置` : ''));
  const findings = el('ol', { class: 'findings', 'aria-label': '发现的问题' });
  result.findings.forEach((finding, index) => { findings.append(findingItem(finding, index)); });
  if (result.findings.length === 0) findings.append(el('li', { class: 'none' }, '没有发现问题。'));
  const body = el('div', { class: 'body' }, el('section', { class: 'list' }, el('h3', {}, '问题'), findings), el('section', { class: 'text-pane' }, el('h3', {}, '报告原文'), textView(result.text, result.findings)));
  view.append(body);
  if (result.forms.length > 0) view.append(el('section', { class: 'forms' }, el('h3', {}, '统计表（按规定表样）'), ...result.forms.map((t) => formView(t, result.findings))));
  view.addEventListener('click', (e) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-finding]');
    if (target) select(view, Number(target.dataset.finding));
  });
  return view;
}

function findingItem(finding: FindingView, index: number): HTMLElement {
  const { start, end } = finding;
  const item = el('li', {
    class: `finding sev-${finding.severity}`, 'data-finding': String(index), 'data-rule': finding.rule, 'data-severity': finding.severity,
    'data-start': `${start.line}:${start.character}`, 'data-end': `${end.line}:${end.character}`, tabindex: '0',
  });
  item.append(
    el('div', { class: 'head' }, el('span', { class: 'badge' }, SEVERITY_TEXT[finding.severity]), el('span', { class: 'title' }, finding.title), el('code', {}, finding.rule)),
    el('p', { class: 'message' }, finding.message),
    el('p', { class: 'place' }, `第${start.line + 1}行第${start.character + 1}列`, finding.source !== undefined ? `（原文位置：${finding.source}）` : ''),
  );
  if (finding.fix) {
    const edits = finding.fix.edits.map(({ before, after }) => el('li', {}, before === '' ? `插入：${clip(after)}` : after === '' ? `删除：${clip(before)}` : `「${clip(before)}」改为「${clip(after)}」`));
    item.append(el('div', { class: 'fix' }, el('span', {}, `修正：${finding.fix.title}${finding.fix.safe ? '' : '（请核对后再改）'}`), edits.length > 0 ? el('ul', {}, ...edits) : undefined));
  }
  for (const related of finding.related) item.append(el('p', { class: 'related' }, `相关：${related}`));
  const doc = ruleDoc(finding.rule);
  if (doc) item.append(el('details', {}, el('summary', {}, '规则说明'), doc));
  return item;
}

function clip(s: string): string {
  const one = s.replace(/\n/g, '⏎');
  return one.length > 120 ? `${one.slice(0, 120)}…` : one;
}

/** The text in pieces: each stretch covered by findings is a <mark> naming them; a point finding is a small sign. */
function textView(text: string, findings: readonly FindingView[]): HTMLElement {
  const pre = el('div', { class: 'text', tabindex: '0' });
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) { cuts.add(Math.min(f.range.start, text.length)); cuts.add(Math.min(f.range.end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k < points.length; k++) {
    const from = points[k] ?? 0;
    const to = points[k + 1];
    const pointFindings = findings.flatMap((f, i) => (f.range.start === f.range.end && f.range.start === from ? [i] : []));
    if (pointFindings.length > 0) pre.append(marker(pointFindings, findings));
    if (to === undefined || to <= from) continue;
    const piece = text.slice(from, to);
    const covering = findings.flatMap((f, i) => (f.range.start <= from && f.range.end >= to && f.range.start < f.range.end ? [i] : []));
    if (covering.length === 0) pre.append(piece);
    else pre.append(el('mark', { class: `sev-${worst(covering.map((i) => findings[i]?.severity ?? 'info'))}`, 'data-finding': String(covering[0]), 'data-findings': covering.join(' '), title: covering.map((i) => findings[i]?.message ?? '').join('\n') }, piece));
  }
  return pre;
}

function marker(indexes: readonly number[], findings: readonly FindingView[]): HTMLElement {
  return el('mark', { class: `point sev-${worst(indexes.map((i) => findings[i]?.severity ?? 'info'))}`, 'data-finding': String(indexes[0]), 'data-findings': indexes.join(' '), title: indexes.map((i) => findings[i]?.message ?? '').join('\n') }, '▾');
}

function worst(severities: readonly Severity[]): Severity {
  return severities.includes('error') ? 'error' : severities.includes('warning') ? 'warning' : 'info';
}

/** Selects a finding: its list item and every piece of text (or cell) it covers; scrolls both into view. */
export function select(view: HTMLElement, index: number): void {
  for (const old of view.querySelectorAll('.selected')) old.classList.remove('selected');
  for (const node of view.querySelectorAll<HTMLElement>('[data-findings]')) if ((node.dataset.findings ?? '').split(' ').includes(String(index))) node.classList.add('selected');
  const item = view.querySelector<HTMLElement>(`li.finding[data-finding="${index}"]`);
  item?.classList.add('selected');
  item?.scrollIntoView({ block: 'nearest' });
  view.querySelector('.text .selected')?.scrollIntoView({ block: 'center' });
}

/** A table as its official form: the template's header and rows, the values as read, the cells a finding is about marked. */
function formView(table: FormView, findings: readonly FindingView[]): HTMLElement {
  const form = el('table', { class: 'form', 'data-table': table.id });
  form.append(el('caption', {}, table.title));
  for (const block of table.blocks) appendBlock(form, block, findings);
  return el('div', { class: 'form-wrap' }, form);
}

function appendBlock(form: HTMLElement, block: FormBlockView, findings: readonly FindingView[]): void {
  const columns = block.columns;
  if (block.heading !== undefined) form.append(el('tr', {}, el('th', { class: 'block', colspan: String(columns.length + 1) }, block.heading)));
  for (const row of headerRows(columns, block.corner)) form.append(row);
  let groups: readonly string[] = [];
  for (const spec of block.rows) {
    const now = spec.groups;
    now.forEach((g, level) => { if (groups[level] !== g) form.append(el('tr', { class: 'group' }, el('th', { colspan: String(columns.length + 1), class: `indent-${Math.min(level, 4)}` }, g))); });
    groups = now;
    const tr = el('tr', spec.total ? { class: 'total' } : {}, el('th', { scope: 'row', class: `indent-${Math.min(now.length, 4)}` }, spec.label));
    for (const cell of spec.cells) tr.append(cell ? cellView(cell, findings) : el('td', { class: 'missing', title: '未读到此单元格' }, ''));
    form.append(tr);
  }
}

function cellView(cell: CellView, findings: readonly FindingView[]): HTMLElement {
  const about = cell.findings;
  return el('td', about.length > 0
    ? { class: `bad sev-${worst(about.map((i) => findings[i]?.severity ?? 'info'))}`, 'data-finding': String(about[0]), 'data-findings': about.join(' '), title: about.map((i) => findings[i]?.message ?? '').join('\n') }
    : {}, cell.text, cell.expected !== undefined ? el('span', { class: 'expected' }, `→ ${cell.expected}`) : undefined);
}

/** The header rows of a block: the column groups (申请人情况 › 法人或其他组织) merged over their columns, the labels below. */
function headerRows(columns: FormBlockView['columns'], corner: string): HTMLElement[] {
  const depth = Math.max(1, ...columns.map((c) => (c.groups?.length ?? 0) + 1));
  const rows = Array.from({ length: depth }, () => el('tr', { class: 'header' }));
  rows[0]?.append(el('th', { rowspan: String(depth), class: 'corner' }, corner));
  for (let level = 0; level < depth; level++) {
    for (let k = 0; k < columns.length;) {
      const column = columns[k];
      if (!column) break;
      const groups = column.groups ?? [];
      if (level > groups.length) { k++; continue; }
      if (level === groups.length) {
        rows[level]?.append(el('th', { rowspan: String(depth - level) }, column.label));
        k++;
        continue;
      }
      let span = 1;
      while (k + span < columns.length && sameGroups(columns[k + span]?.groups ?? [], groups, level)) span++;
      rows[level]?.append(el('th', { colspan: String(span) }, groups[level] ?? ''));
      k += span;
    }
  }
  return rows;
}

function sameGroups(a: readonly string[], b: readonly string[], level: number): boolean {
  for (let i = 0; i <= level; i++) if (a[i] === undefined || a[i] !== b[i]) return false;
  return true;
}
