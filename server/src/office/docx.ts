import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { IRunOptions } from 'docx';
import { formatMessage } from '../core/i18n/messages';
import type { MessageArgs, MessageKey } from '../core/i18n/messages';
import type { OfficeReport, UnitSummary } from '../core/office/build';
import { toChineseNumber } from '../core/text/numerals';
import { colon, eraText, fileName, locationText, publishedText, severityText, stateText, timelinessText, verdictText, separator } from './labels';

/**
 * The 校验报告 as a Word document, for pasting into a 通报 or sending to a unit: A4 with 2 cm
 * margins, 宋体 body and 黑体 headings (the fonts a government office's Word has), page numbers in
 * the footer, table header rows repeated on each page and rows that do not split. Library: docx
 * (writes OOXML; 290 KB bundled, fflate for the zip).
 */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = 1134;
const CONTENT = PAGE.width - 2 * MARGIN;
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEAD_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

type T = (key: MessageKey, args?: MessageArgs) => string;

function run(text: string, extra: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, font: BODY_FONT, size: 18, ...extra });
}

/** A run in 黑体 (headings, the verdict). Options typed as IRunOptions: TextRun also takes a plain string. */
function headRun(text: string, size: number, color = '000000'): TextRun {
  const options: IRunOptions = { text, font: HEAD_FONT, bold: true, size, color };
  return new TextRun(options);
}

function cell(text: string | readonly TextRun[], width: number, header = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT): TableCell {
  const children = typeof text === 'string' ? [run(text, header ? { bold: true, font: HEAD_FONT } : {})] : [...text];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    verticalAlign: VerticalAlignTable.TOP,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E8ECF2', color: 'auto' } } : {}),
    children: [new Paragraph({ alignment: align, children })],
  });
}

/** A table whose header row repeats on every page and whose rows never split; widths are shares of the text width. */
function table(shares: readonly number[], head: readonly string[], rows: readonly (readonly (string | readonly TextRun[])[])[], numeric: readonly number[] = []): Table {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((s / total) * CONTENT));
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, k) => cell(h, widths[k] ?? 0, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, k) => cell(v, widths[k] ?? 0, false, numeric.includes(k) ? AlignmentType.RIGHT : AlignmentType.LEFT)) })),
    ],
  });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const size = level === 1 ? 36 : level === 2 ? 28 : 22;
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.TITLE : level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: true,
    spacing: { before: level === 1 ? 0 : 240, after: 120 },
    children: [headRun(text, size)],
  });
}

function para(text: string, extra: Omit<IRunOptions, 'text'> = {}): Paragraph {
  return new Paragraph({ spacing: { after: 80 }, children: [run(text, { size: 21, ...extra })] });
}

function unitBlock(u: UnitSummary, k: number, report: OfficeReport, t: T): (Paragraph | Table)[] {
  const verdictColor = u.verdict === 'fix' ? 'B00020' : u.verdict === 'ok' ? '1B5E20' : '6D4C00';
  const out: (Paragraph | Table)[] = [
    new Paragraph({ keepNext: true, spacing: { before: 200, after: 60 }, children: [headRun(`${k + 1}. ${u.facts.name}　`, 22), headRun(verdictText(u.verdict, report.locale), 22, verdictColor)] }),
    new Paragraph({ keepNext: true, spacing: { after: 60 }, children: [run([
      u.facts.year === undefined ? '' : `${t('office/label.year')}${colon(report.locale)}${u.facts.year}`, eraText(u, report.locale), `${t('office/label.file')}${colon(report.locale)}${u.facts.path}`,
      u.facts.dated ? `${t('office/label.published')}${colon(report.locale)}${publishedText(u, report.locale)}（${timelinessText(u, report.locale)}）` : '',
      `${t('office/label.errors')} ${u.counts.errors} · ${t('office/label.warnings')} ${u.counts.warnings} · ${t('office/label.infos')} ${u.counts.infos}`,
    ].filter((s) => s !== '').join('　'), { size: 19 })] }),
  ];
  const notice = u.facts.failure ?? u.facts.notice;
  if (notice !== undefined) return [...out, para(notice, { color: '6D4C00' })];
  if (u.findings.length === 0) return [...out, para(t('office/label.no-findings'))];
  const withState = report.baseline || u.findings.some((f) => f.decision !== undefined);
  const rows = u.findings.map((f, n) => [
    String(n + 1), [run(severityText(f.severity, report.locale), f.severity === 'error' ? { color: 'B00020', bold: true } : {})],
    `${locationText(f, report.locale)}\u3000${f.place}`,
    f.message + (f.other !== undefined ? `（${fileName(f.other)}）` : ''),
    f.context ? [run(f.context.before, { size: 17 }), run(f.context.match, { size: 17, highlight: 'yellow' }), run(f.context.after, { size: 17 })] : '',
    f.advice ?? '',
    ...(withState ? [stateText(f, report.locale) + (f.note !== undefined ? `${colon(report.locale)}${f.note}` : '')] : []),
  ]);
  const head = [t('office/label.no'), t('office/label.severity'), t('office/label.location'), t('office/label.message'), t('office/label.context'), t('office/label.advice'), ...(withState ? [t('office/label.state')] : [])];
  return [...out, table(withState ? [5, 7, 14, 34, 22, 10, 8] : [5, 7, 15, 38, 23, 12], head, rows, [0])];
}

export async function renderDocx(report: OfficeReport): Promise<Uint8Array> {
  const t: T = (key, args) => formatMessage(report.locale, key, args);
  let n = 0;
  const h = (key: MessageKey): Paragraph => { n++; return heading(report.locale === 'en' ? `${n}. ${t(key)}` : `${toChineseNumber(n)}、${t(key)}`, 2); };
  const { totals } = report;
  const others = totals.others > 0 ? t('office/label.overview-others', { count: totals.others }) : '';
  const children: (Paragraph | Table)[] = [
    heading(report.title, 1),
    para(`${t('office/label.generated')}${colon(report.locale)}${report.generated}`),
    para(`${t('office/label.scope')}${colon(report.locale)}${t('office/label.scope-text', { folders: report.folders.join(separator(report.locale)), files: report.units.length, checked: totals.checked })}`),
    para(`${t('office/label.tool')}${colon(report.locale)}${report.tool}`),
    heading(t('office/label.overview'), 2),
    para(t('office/label.overview-text', { units: report.units.length, ok: totals.ok, fix: totals.fix, others, errors: totals.errors, warnings: totals.warnings, infos: totals.infos })),
    h('office/label.summary'),
    table([5, 20, 7, 10, 18, 6, 6, 9, 10, 9],
      [t('office/label.no'), t('office/label.unit'), t('office/label.year'), t('office/label.era'), t('office/label.file'), t('office/label.errors'), t('office/label.warnings'), t('office/label.verdict'), t('office/label.published'), t('office/label.timeliness')],
      report.units.map((u, k) => [String(k + 1), u.facts.name, u.facts.year === undefined ? '' : String(u.facts.year), eraText(u, report.locale), fileName(u.facts.path), String(u.counts.errors), String(u.counts.warnings),
        [run(verdictText(u.verdict, report.locale), u.verdict === 'fix' ? { color: 'B00020', bold: true } : {})], publishedText(u, report.locale), timelinessText(u, report.locale)]),
      [0, 2, 5, 6]),
    h('office/label.details'),
    ...report.units.flatMap((u, k) => unitBlock(u, k, report, t)),
  ];
  if (report.aggregateNotice !== undefined) children.push(h('office/label.aggregate'), para(report.aggregateNotice));
  const a = report.aggregate;
  if (a) {
    children.push(h('office/label.aggregate'), para(t('office/label.aggregate-parent', { parent: a.parent.name, count: a.children.length, children: a.children.map((c) => c.name).join(separator(report.locale)) })));
    for (const f of a.findings) if (f.rule !== 'office/aggregate-mismatch') children.push(para(f.message, { color: '6D4C00' }));
    children.push(a.cells.length === 0 ? para(t('office/label.aggregate-ok')) : table([6, 30, 11, 11, 42],
      [t('office/label.no'), t('office/label.aggregate-cell'), t('office/label.aggregate-parent-value'), t('office/label.aggregate-sum'), t('office/label.aggregate-children')],
      a.cells.map((c, k) => [String(k + 1), `${t('office/label.table', { table: c.table })}「${c.cell}」`, String(c.parent), `${c.sum}${c.partial ? '+' : ''}`, c.children.map((v) => `${v.name} ${v.value ?? '—'}`).join('；')]), [0, 2, 3]));
  }
  const late = report.units.filter((u) => u.timeliness.status === 'late-national' || u.timeliness.status === 'late-local');
  if (report.roster || late.length > 0) {
    children.push(h('office/label.roster'));
    const r = report.roster;
    if (r) {
      children.push(para(t('office/label.roster-expected', { expected: r.expected, submitted: r.submitted, missing: r.missing.length })));
      children.push(para(`${t('office/label.roster-missing')}${colon(report.locale)}${r.missing.length ? r.missing.join(separator(report.locale)) : t('office/label.none')}`));
      if (r.unlisted.length) children.push(para(`${t('office/label.roster-unlisted')}${colon(report.locale)}${r.unlisted.join(separator(report.locale))}`));
    }
    children.push(para(`${t('office/label.roster-late')}${colon(report.locale)}${late.length ? late.map((u) => `${u.facts.name}（${publishedText(u, report.locale)}，${timelinessText(u, report.locale)}）`).join(separator(report.locale)) : t('office/label.none')}`));
  }
  if (report.baseline) {
    children.push(h('office/label.fixed'));
    children.push(report.fixed.length === 0 ? para(t('office/label.none')) : table([6, 22, 18, 54], [t('office/label.no'), t('office/label.unit'), t('office/label.location'), t('office/label.message')], report.fixed.map((e, k) => [String(k + 1), e.unit, e.place, e.message]), [0]));
  }
  const [before = '', after = ''] = t('office/label.page-number', { page: '\u0000' }).split('\u0000');
  const doc = new Document({
    title: report.title,
    creator: report.tool,
    styles: { default: { document: { run: { font: BODY_FONT, size: 21 } } } },
    sections: [{
      properties: { page: { size: PAGE, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: BODY_FONT, size: 18, children: [before, PageNumber.CURRENT, after] })] })] }) },
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
