import { formatMessage } from '../core/i18n/messages';
import { toChineseNumber } from '../core/text/numerals';
import type { MessageArgs, MessageKey } from '../core/i18n/messages';
import type { OfficeReport, UnitSummary } from '../core/office/build';
import type { OfficeFinding } from '../core/office/types';
import { colon, eraText, fileName, locationText, publishedText, severityText, stateText, timelinessText, verdictText, separator } from './labels';

/**
 * The 校验报告 as one self-contained HTML file, print-ready on A4: inline CSS, no script, no
 * network, no font files (a CJK font stack the printer's machine has: 宋体/SimSun on Windows,
 * Songti on macOS, Noto/Source Han on Linux). Page numbers in the @page margin boxes; table
 * headers repeat on each page; no table row breaks across pages. Every piece of report text is
 * escaped: a report is untrusted input.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** A CSS string literal (the margin boxes): quotes, backslashes, line breaks and < > & as CSS escapes, so that nothing can end the string or the <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>&\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

const SERIF = '"SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", serif';
const SANS = '"SimHei", "黑体", "Heiti SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

function style(report: OfficeReport): string {
  const [before = '', after = ''] = formatMessage(report.locale, 'office/label.page-number', { page: '\u0000' }).split('\u0000');
  return `
@page { size: A4; margin: 18mm 15mm 20mm 15mm;
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(after)}; font: 9pt ${SERIF}; color: #444; }
  @top-right { content: ${cssString(report.title)}; font: 8pt ${SERIF}; color: #777; } }
@page :first { @top-right { content: none; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10.5pt/1.55 ${SERIF}; color: #111; margin: 0; }
@media screen { body { max-width: 190mm; margin: 12mm auto; padding: 0 6mm; background: #fff; } }
h1 { font: bold 18pt/1.4 ${SANS}; text-align: center; margin: 0 0 6mm; }
h2 { font: bold 13pt/1.4 ${SANS}; margin: 7mm 0 3mm; break-after: avoid; }
h3 { font: bold 11pt/1.4 ${SANS}; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; font-size: 9pt; line-height: 1.45; }
thead { display: table-header-group; }
tr, td, th { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.6pt solid #555; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #e8ecf2; font-family: ${SANS}; font-weight: bold; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.c, th.c { text-align: center; }
table.meta { width: auto; font-size: 10pt; margin-bottom: 4mm; }
table.meta th, table.meta td { border: none; background: none; padding: 0.5mm 3mm 0.5mm 0; }
.verdict-fix { color: #b00020; font-weight: bold; }
.verdict-ok { color: #1b5e20; font-weight: bold; }
.verdict-failed, .verdict-skipped { color: #6d4c00; }
.sev-error { color: #b00020; font-weight: bold; white-space: nowrap; }
.sev-warning { color: #8a5300; white-space: nowrap; }
.sev-info { color: #37474f; white-space: nowrap; }
.unit-top { break-inside: avoid; break-after: avoid; }
section.unit.short { break-inside: avoid; }
.unit-head { break-after: avoid; }
.unit-meta { color: #333; font-size: 9.5pt; break-after: avoid; }
.place { color: #555; font-size: 8.5pt; }
.ctx { font-size: 8.5pt; color: #333; }
mark { background: #ffe28a; color: #000; padding: 0 0.3mm; }
tr.dismissed td { color: #888; text-decoration: line-through; }
tr.dismissed td.state { text-decoration: none; }
.none { color: #555; }
.notice { color: #6d4c00; }
`;
}

type T = (key: MessageKey, args?: MessageArgs) => string;

function cell(text: string, cls?: string, tag = 'td'): string {
  return `<${tag}${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</${tag}>`;
}

function summaryTable(report: OfficeReport, t: T): string {
  const head = ['no', 'unit', 'year', 'era', 'file', 'errors', 'warnings', 'verdict', 'published', 'timeliness'] as const;
  const numeric: readonly string[] = ['no', 'year', 'errors', 'warnings'];
  const rows = report.units.map((u, k) => `<tr>${[
    cell(String(k + 1), 'n'), cell(u.facts.name), cell(u.facts.year === undefined ? '' : String(u.facts.year), 'n'), cell(eraText(u, report.locale)),
    cell(fileName(u.facts.path)), cell(String(u.counts.errors), 'n'), cell(String(u.counts.warnings), 'n'),
    cell(verdictText(u.verdict, report.locale), `c verdict-${u.verdict}`), cell(publishedText(u, report.locale)), cell(timelinessText(u, report.locale)),
  ].join('')}</tr>`);
  return `<table class="summary"><colgroup><col style="width:6%"><col style="width:21%"><col style="width:7%"><col style="width:10%"><col style="width:17%"><col style="width:6%"><col style="width:6%"><col style="width:9%"><col style="width:10%"><col style="width:8%"></colgroup>
<thead><tr>${head.map((h) => cell(t(`office/label.${h}`), numeric.includes(h) ? 'n' : undefined, 'th')).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function context(f: OfficeFinding): string {
  if (!f.context) return '';
  return `<span class="ctx">${escapeHtml(f.context.before)}<mark>${escapeHtml(f.context.match)}</mark>${escapeHtml(f.context.after)}</span>`;
}

function findingsTable(u: UnitSummary, report: OfficeReport, t: T): string {
  if (u.findings.length === 0) return `<p class="none">${escapeHtml(t('office/label.no-findings'))}</p>`;
  const withState = report.baseline || u.findings.some((f) => f.decision !== undefined);
  const rows = u.findings.map((f, k) => `<tr${f.decision === 'not-a-problem' ? ' class="dismissed"' : ''}>${[
    cell(String(k + 1), 'n'),
    cell(severityText(f.severity, report.locale), `sev-${f.severity}`),
    `<td>${escapeHtml(locationText(f, report.locale))}<br><span class="place">${escapeHtml(f.place)}</span></td>`,
    `<td>${escapeHtml(f.message)}${f.other !== undefined ? `<br><span class="place">${escapeHtml(fileName(f.other))}</span>` : ''}<br><span class="place">${escapeHtml(f.rule)}</span></td>`,
    `<td>${context(f)}</td>`,
    cell(f.advice ?? ''),
    ...(withState ? [cell(stateText(f, report.locale) + (f.note !== undefined ? `${colon(report.locale)}${f.note}` : ''), 'state')] : []),
  ].join('')}</tr>`);
  const widths = withState ? [5, 7, 13, 35, 22, 10, 8] : [5, 7, 14, 38, 24, 12];
  const head = ['no', 'severity', 'location', 'message', 'context', 'advice', ...(withState ? ['state'] as const : [])] as const;
  return `<table class="findings"><colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>
<thead><tr>${head.map((h) => cell(t(`office/label.${h}`), h === 'no' ? 'n' : undefined, 'th')).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** Up to this many findings, a unit's section is not broken across pages. */
const SHORT_UNIT = 8;

function unitSection(u: UnitSummary, k: number, report: OfficeReport, t: T): string {
  const meta = [
    u.facts.year === undefined ? '' : `${t('office/label.year')}${colon(report.locale)}${u.facts.year}`,
    eraText(u, report.locale),
    `${t('office/label.file')}${colon(report.locale)}${u.facts.path}`,
    u.facts.dated ? `${t('office/label.published')}${colon(report.locale)}${publishedText(u, report.locale)}${timelinessText(u, report.locale) ? `（${timelinessText(u, report.locale)}）` : ''}` : '',
  ].filter((s) => s !== '');
  const counts = `${t('office/label.errors')} ${u.counts.errors} · ${t('office/label.warnings')} ${u.counts.warnings} · ${t('office/label.infos')} ${u.counts.infos}`;
  const notice = u.facts.failure ?? u.facts.notice;
  // A unit with few findings is kept on one page; a longer one at least keeps its heading with its details.
  return `<section class="unit${u.findings.length <= SHORT_UNIT ? ' short' : ''}">
<div class="unit-top"><h3 class="unit-head">${k + 1}. ${escapeHtml(u.facts.name)}　<span class="verdict-${u.verdict}">${escapeHtml(verdictText(u.verdict, report.locale))}</span></h3>
<p class="unit-meta">${escapeHtml(meta.join('　'))}<br>${escapeHtml(counts)}</p></div>
${notice !== undefined ? `<p class="notice">${escapeHtml(notice)}</p>` : findingsTable(u, report, t)}
</section>`;
}

function aggregateSection(report: OfficeReport, t: T, h: (key: MessageKey) => string): string {
  if (report.aggregateNotice !== undefined) return `<h2>${escapeHtml(h('office/label.aggregate'))}</h2><p class="notice">${escapeHtml(report.aggregateNotice)}</p>`;
  const a = report.aggregate;
  if (!a) return '';
  const intro = t('office/label.aggregate-parent', { parent: a.parent.name, count: a.children.length, children: a.children.map((c) => c.name).join(separator(report.locale)) });
  const notes = a.findings.filter((f) => f.rule !== 'office/aggregate-mismatch').map((f) => `<p class="notice">${escapeHtml(f.message)}</p>`).join('\n');
  const body = a.cells.length === 0
    ? `<p>${escapeHtml(t('office/label.aggregate-ok'))}</p>`
    : `<table class="aggregate"><colgroup><col style="width:6%"><col style="width:30%"><col style="width:11%"><col style="width:11%"><col style="width:42%"></colgroup>
<thead><tr>${cell(t('office/label.no'), 'n', 'th')}${cell(t('office/label.aggregate-cell'), undefined, 'th')}${cell(t('office/label.aggregate-parent-value'), 'n', 'th')}${cell(t('office/label.aggregate-sum'), 'n', 'th')}${cell(t('office/label.aggregate-children'), undefined, 'th')}</tr></thead>
<tbody>${a.cells.map((c, k) => `<tr>${cell(String(k + 1), 'n')}${cell(`${t('office/label.table', { table: c.table })}「${c.cell}」`)}${cell(String(c.parent), 'n')}${cell(`${c.sum}${c.partial ? '+' : ''}`, 'n')}${cell(c.children.map((v) => `${v.name} ${v.value ?? '—'}`).join('；'))}</tr>`).join('\n')}</tbody></table>`;
  return `<h2>${escapeHtml(h('office/label.aggregate'))}</h2><p>${escapeHtml(intro)}</p>${notes}${body}`;
}

function rosterSection(report: OfficeReport, t: T, h: (key: MessageKey) => string): string {
  const r = report.roster;
  const late = report.units.filter((u) => u.timeliness.status === 'late-national' || u.timeliness.status === 'late-local');
  if (!r && late.length === 0) return '';
  const lines: string[] = [];
  if (r) {
    lines.push(`<p>${escapeHtml(t('office/label.roster-expected', { expected: r.expected, submitted: r.submitted, missing: r.missing.length }))}</p>`);
    lines.push(`<p><b>${escapeHtml(t('office/label.roster-missing'))}${colon(report.locale)}</b>${escapeHtml(r.missing.length ? r.missing.join(separator(report.locale)) : t('office/label.none'))}</p>`);
    if (r.unlisted.length) lines.push(`<p><b>${escapeHtml(t('office/label.roster-unlisted'))}${colon(report.locale)}</b>${escapeHtml(r.unlisted.join(separator(report.locale)))}</p>`);
  }
  lines.push(`<p><b>${escapeHtml(t('office/label.roster-late'))}${colon(report.locale)}</b>${escapeHtml(late.length ? late.map((u) => `${u.facts.name}（${publishedText(u, report.locale)}，${timelinessText(u, report.locale)}）`).join(separator(report.locale)) : t('office/label.none'))}</p>`);
  return `<h2>${escapeHtml(h('office/label.roster'))}</h2>${lines.join('\n')}`;
}

function fixedSection(report: OfficeReport, t: T, h: (key: MessageKey) => string): string {
  if (!report.baseline) return '';
  const body = report.fixed.length === 0
    ? `<p class="none">${escapeHtml(t('office/label.none'))}</p>`
    : `<table class="fixed"><colgroup><col style="width:6%"><col style="width:22%"><col style="width:18%"><col style="width:54%"></colgroup>
<thead><tr>${cell(t('office/label.no'), 'n', 'th')}${cell(t('office/label.unit'), undefined, 'th')}${cell(t('office/label.location'), undefined, 'th')}${cell(t('office/label.message'), undefined, 'th')}</tr></thead>
<tbody>${report.fixed.map((e, k) => `<tr>${cell(String(k + 1), 'n')}${cell(e.unit)}${cell(e.place)}${cell(e.message)}</tr>`).join('\n')}</tbody></table>`;
  return `<h2>${escapeHtml(h('office/label.fixed'))}</h2>${body}`;
}

/** The numbered sections of the report (一、二、… in Chinese), numbered as they appear. */
function numbering(report: OfficeReport): (key: MessageKey) => string {
  let n = 0;
  return (key) => {
    n++;
    const label = formatMessage(report.locale, key);
    return report.locale === 'en' ? `${n}. ${label}` : `${toChineseNumber(n)}、${label}`;
  };
}

export function renderHtml(report: OfficeReport): string {
  const t: T = (key, args) => formatMessage(report.locale, key, args);
  const h = numbering(report);
  const { totals } = report;
  const others = totals.others > 0 ? t('office/label.overview-others', { count: totals.others }) : '';
  const overview = t('office/label.overview-text', { units: report.units.length, ok: totals.ok, fix: totals.fix, others, errors: totals.errors, warnings: totals.warnings, infos: totals.infos });
  const scope = t('office/label.scope-text', { folders: report.folders.join(separator(report.locale)), files: report.units.length, checked: totals.checked });
  return `<!DOCTYPE html>
<html lang="${report.locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(report.title)}</title>
<style>${style(report)}</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<table class="meta"><tbody>
<tr>${cell(`${t('office/label.generated')}${colon(report.locale)}`, undefined, 'th')}${cell(report.generated)}</tr>
<tr>${cell(`${t('office/label.scope')}${colon(report.locale)}`, undefined, 'th')}${cell(scope)}</tr>
<tr>${cell(`${t('office/label.tool')}${colon(report.locale)}`, undefined, 'th')}${cell(report.tool)}</tr>
</tbody></table>
<h2>${escapeHtml(t('office/label.overview'))}</h2>
<p>${escapeHtml(overview)}</p>
<h2>${escapeHtml(h('office/label.summary'))}</h2>
${summaryTable(report, t)}
<h2>${escapeHtml(h('office/label.details'))}</h2>
${report.units.map((u, k) => unitSection(u, k, report, t)).join('\n')}
${aggregateSection(report, t, h)}
${rosterSection(report, t, h)}
${fixedSection(report, t, h)}
</body>
</html>
`;
}
