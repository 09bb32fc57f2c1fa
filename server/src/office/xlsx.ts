import type { Cell, Row, Sheet } from 'write-excel-file/universal' with { 'resolution-mode': 'import' };
import type WriteXlsxFile from 'write-excel-file/universal' with { 'resolution-mode': 'import' };
import type ReadXlsxFile from 'read-excel-file/universal' with { 'resolution-mode': 'import' };
import { formatMessage } from '../core/i18n/messages';
import type { MessageKey } from '../core/i18n/messages';
import type { OfficeReport } from '../core/office/build';
import { baselineText, decisionText, eraText, fileName, locationText, publishedText, severityText, timelinessText, verdictText } from './labels';

/**
 * The 校验报告 as a workbook: a summary sheet with one row per unit (the office sorts, filters and
 * adds its own columns), a sheet with one row per finding, and, when made, the aggregate and
 * roster sheets. Header rows frozen, columns sized for Chinese text, 宋体.
 * Library: write-excel-file (73 KB bundled, fflate for the zip), read-excel-file for rosters.
 */
// Both packages are ES modules with a CommonJS build ("require" export): loaded with require so
// that the CommonJS bundle (esbuild) and the tests (tsx) use the same entry; typed from their ESM types.
/* eslint-disable @typescript-eslint/no-require-imports */
const writeXlsxFile = require('write-excel-file/universal') as typeof WriteXlsxFile;
const readXlsxFile = require('read-excel-file/universal') as typeof ReadXlsxFile;
/* eslint-enable @typescript-eslint/no-require-imports */

const HEADER = { fontWeight: 'bold', backgroundColor: '#E8ECF2', borderStyle: 'thin', borderColor: '#808080', wrap: true, alignVertical: 'center' } as const;
const BODY = { borderStyle: 'thin', borderColor: '#BFBFBF', wrap: true, alignVertical: 'top' } as const;

function header(report: OfficeReport, keys: readonly MessageKey[]): Row {
  return keys.map((k): Cell => ({ value: formatMessage(report.locale, k), ...HEADER }));
}

function text(value: string, extra: Partial<Record<'textColor' | 'fontWeight', string>> = {}): Cell {
  return { value, type: String, ...BODY, ...extra } as Cell;
}

function num(value: number | undefined): Cell {
  return value === undefined ? { ...BODY } : { value, type: Number, ...BODY, align: 'right' };
}

export async function renderXlsx(report: OfficeReport): Promise<Uint8Array> {
  const t = (k: MessageKey): string => formatMessage(report.locale, k);
  const summary: Row[] = [
    header(report, ['office/label.no', 'office/label.unit', 'office/label.year', 'office/label.era', 'office/label.file', 'office/label.errors', 'office/label.warnings', 'office/label.infos', 'office/label.verdict', 'office/label.published', 'office/label.timeliness']),
    ...report.units.map((u, k): Row => [
      num(k + 1), text(u.facts.name), num(u.facts.year), text(eraText(u, report.locale)), text(u.facts.path),
      num(u.counts.errors), num(u.counts.warnings), num(u.counts.infos),
      text(verdictText(u.verdict, report.locale), u.verdict === 'fix' ? { textColor: '#B00020', fontWeight: 'bold' } : u.verdict === 'ok' ? { textColor: '#1B5E20' } : {}),
      text(publishedText(u, report.locale)), text(timelinessText(u, report.locale) || (u.facts.failure ?? u.facts.notice ?? '')),
    ]),
  ];
  const withState = report.baseline;
  const findings: Row[] = [
    header(report, ['office/label.no', 'office/label.unit', 'office/label.file', 'office/label.severity', 'office/label.location', 'office/label.message', 'office/label.context', 'office/label.advice', 'office/label.rule', ...(withState ? ['office/label.state' as const] : []), 'office/label.decision', 'office/label.fingerprint']),
  ];
  let n = 0;
  for (const u of report.units) {
    for (const f of u.findings) {
      n++;
      findings.push([
        num(n), text(u.facts.name), text(fileName(u.facts.path)), text(severityText(f.severity, report.locale), f.severity === 'error' ? { textColor: '#B00020' } : {}),
        text(`${locationText(f, report.locale)} ${f.place}`), text(f.message + (f.other !== undefined ? `（${fileName(f.other)}）` : '')),
        text(f.context ? `${f.context.before}【${f.context.match}】${f.context.after}` : ''), text(f.advice ?? ''), text(f.rule),
        ...(withState ? [text(baselineText(f, report.locale))] : []),
        text(decisionText(f, report.locale) + (f.note !== undefined ? `：${f.note}` : '')), text(f.fingerprint),
      ]);
    }
  }
  const sheets: Sheet<never>[] = [
    { data: summary, sheet: t('office/label.sheet-summary'), stickyRowsCount: 1, columns: [{ width: 6 }, { width: 28 }, { width: 7 }, { width: 12 }, { width: 36 }, { width: 7 }, { width: 7 }, { width: 7 }, { width: 11 }, { width: 16 }, { width: 22 }] },
    { data: findings, sheet: t('office/label.sheet-findings'), stickyRowsCount: 1, columns: [{ width: 6 }, { width: 24 }, { width: 22 }, { width: 7 }, { width: 24 }, { width: 60 }, { width: 40 }, { width: 24 }, { width: 22 }, ...(withState ? [{ width: 10 }] : []), { width: 10 }, { width: 30 }] },
  ];
  const a = report.aggregate;
  if (a) {
    sheets.push({
      data: [
        [...header(report, ['office/label.no', 'office/label.aggregate-cell', 'office/label.aggregate-parent-value', 'office/label.aggregate-sum']), ...a.children.map((child): Cell => ({ ...HEADER, value: child.name }))],
        ...a.cells.map((c, k): Row => [num(k + 1), text(`${formatMessage(report.locale, 'office/label.table', { table: c.table })}「${c.cell}」`), num(c.parent), num(c.sum), ...c.children.map((v) => num(v.value))]),
      ],
      sheet: t('office/label.sheet-aggregate'), stickyRowsCount: 1, columns: [{ width: 6 }, { width: 48 }, { width: 12 }, { width: 12 }, ...a.children.map(() => ({ width: 14 }))],
    });
  }
  const r = report.roster;
  if (r) {
    sheets.push({
      data: [
        header(report, ['office/label.no', 'office/label.unit', 'office/label.state']),
        ...r.missing.map((name, k): Row => [num(k + 1), text(name), text(t('office/label.roster-missing'), { textColor: '#B00020' })]),
        ...r.unlisted.map((name, k): Row => [num(r.missing.length + k + 1), text(name), text(t('office/label.roster-unlisted'))]),
      ],
      sheet: t('office/label.sheet-roster'), stickyRowsCount: 1, columns: [{ width: 6 }, { width: 36 }, { width: 14 }],
    });
  }
  const blob = await writeXlsxFile(sheets, { fontFamily: '宋体', fontSize: 11 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** The first sheet's cells as text (numbers and dates as written), for rosters. */
export async function readSheetRows(bytes: Uint8Array): Promise<string[][]> {
  const sheets = await readXlsxFile(new Blob([bytes]));
  const first = sheets[0];
  if (!first) return [];
  return first.data.map((row) => row.map((v) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v))));
}
