import { RULES } from '../../../server/src/core/rules';
import type { Finding } from '../../../server/src/core/rules/types';
import { tablesOf } from '../../../server/src/core/tables/tables-of';
import type { ReadTable, TableCell } from '../../../server/src/core/tables/types';
import type { LineIndex, OffsetRange } from '../../../server/src/core/text/line-index';
import type { CheckedFile } from './check';
import { factsOf } from './office-facts';
import type { CellView, FileView, FindingView, FormView } from './protocol';

const TITLES = new Map(RULES.map((r) => [r.meta.id, r.meta.title]));
const ERA_TEXT: Readonly<Record<string, string>> = { '2007': '2007年条例格式（2008—2018年度）', '2019': '2019年格式（国办公开办函〔2019〕60号）', '2021': '2021年格式（国办公开办函〔2021〕30号）' };

const overlaps = (a: OffsetRange, b: OffsetRange) => (a.start < b.end && b.start < a.end) || (a.start === a.end && a.start >= b.start && a.start <= b.end);
/** The findings a form's cell is marked with: those about numbers (tables, prose against tables, the previous year). */
const aboutCells = (rule: string) => rule.startsWith('table/') || rule.startsWith('prose/') || rule.startsWith('cross-year/');

/**
 * A checked file as plain data for the page (worker side): positions, places in the original file,
 * fixes as before/after text and the tables as their official forms with the cells' findings, so that
 * the page draws without the analysis (which stays in the worker).
 */
export function fileView(result: CheckedFile): FileView {
  const base = { path: result.file.path, name: result.file.name, facts: factsOf(result), era: '', text: '', findings: [], forms: [] };
  if (result.failure !== undefined) return { ...base, checked: false, failure: result.failure };
  const { analysis } = result;
  if (result.notice !== undefined || !analysis) return { ...base, checked: false, notice: result.notice ?? '' };
  const { model } = analysis;
  const year = model.year?.value;
  return {
    ...base,
    checked: true,
    era: ERA_TEXT[model.era.id] ?? model.era.id,
    ...(year !== undefined ? { year } : {}),
    ...(result.imported ? { importedFrom: /\.pdf$/i.test(result.file.name) ? 'PDF' as const : 'Word' as const } : {}),
    text: model.text,
    findings: result.findings.map((f) => findingView(result, model.lines, model.text, f)),
    forms: tablesOf(model).map((t) => formView(t, result.findings)),
  };
}

function findingView(result: CheckedFile, lines: LineIndex, text: string, finding: Finding): FindingView {
  const source = result.source?.(finding.range);
  return {
    rule: finding.rule,
    title: TITLES.get(finding.rule) ?? finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: { start: finding.range.start, end: finding.range.end },
    start: lines.positionAt(finding.range.start),
    end: lines.positionAt(finding.range.end),
    ...(source !== undefined ? { source } : {}),
    ...(finding.fix ? { fix: { title: finding.fix.title, safe: finding.fix.safe, edits: finding.fix.edits.map((e) => ({ before: text.slice(e.range.start, e.range.end), after: e.newText })) } } : {}),
    related: (finding.related ?? []).map((r) => r.message),
  };
}

function formView(table: ReadTable, findings: readonly Finding[]): FormView {
  const cellView = (cell: TableCell): CellView => {
    const about = findings.flatMap((f, i) => (aboutCells(f.rule) && overlaps(f.range, cell.range) ? [i] : []));
    const expected = about.flatMap((i) => findings[i]?.fix?.edits.filter((e) => e.range.start === cell.range.start).map((e) => e.newText) ?? [])[0];
    return { text: cell.text, range: { start: cell.range.start, end: cell.range.end }, findings: about, ...(expected !== undefined ? { expected } : {}) };
  };
  return {
    id: table.id,
    title: table.template.title,
    blocks: table.template.blocks.map((block) => ({
      ...(block.heading !== undefined ? { heading: block.heading } : {}),
      corner: block.corner ?? table.template.note ?? '',
      columns: block.columns.map((c) => ({ key: c.key, label: c.label, ...(c.groups ? { groups: c.groups } : {}) })),
      rows: block.rows.map((spec) => ({
        label: spec.label, groups: spec.groups ?? [], total: spec.total === true,
        cells: block.columns.map((column) => {
          const cell = table.cell(spec.key, column.key);
          return cell ? cellView(cell) : null;
        }),
      })),
    })),
  };
}
