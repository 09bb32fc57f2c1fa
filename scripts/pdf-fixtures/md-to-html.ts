/**
 * Renders a report written in our Markdown (paragraphs, `# title`, tables with `<`/`^` for merged
 * cells) as a web page the way government sites publish it: bordered tables with colspan and
 * rowspan, the official narrow group-label column of table 三 (printed one character per line),
 * header rows in <thead> (repeated by a browser when the table breaks across pages), SimSun or a
 * TrueType CJK font in its place (as on the offices' Windows machines; the CFF-based Noto fonts
 * would be embedded as Type 3, ten times larger). Used only to
 * make the PDF fixtures of test/fixtures/pdf (index.ts).
 */

const NUMERIC = /^-?[\d.]+$/;

/** Markdown table lines → rows of cells ('<' covered from the left, '^' from above); the delimiter row dropped. */
export function parseMarkdownTable(lines: readonly string[]): string[][] {
  return lines
    .filter((l) => !/^\|(\s*-+\s*\|)+\s*$/.test(l))
    .map((l) => l.replace(/^\|\s?/, '').replace(/\s?\|$/, '').split(' | ').map((c) => c.trim()));
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface HtmlOptions {
  /** Table 三's official column widths: a narrow group column, so that 三、本年度办理结果 prints one character per line. */
  readonly narrowGroupColumn?: boolean;
  /** A page header (the title) and footer ("- N -") as LibreOffice reads them from HTML. */
  readonly libreOfficeChrome?: boolean;
  /** HTML put in place of table 三 (a picture of it). */
  readonly replaceTable3?: string;
}

function tableHtml(rows: readonly (readonly string[])[], options: HtmlOptions): string {
  const width = Math.max(...rows.map((r) => r.length));
  const at = (r: number, c: number): string | undefined => rows[r]?.[c];
  // Rows above the first row of numbers are the header when the table has a header block (三, 四).
  const firstValues = rows.findIndex((r) => r.some((c) => NUMERIC.test(c)));
  const thead = firstValues >= 2 && !(rows[0]?.[0] ?? '').startsWith('第二十条') ? firstValues : 0;
  const out = ['<table class="report-table" border="1" cellspacing="0" cellpadding="4">'];
  if (options.narrowGroupColumn && width === 10) out.push('<colgroup><col style="width:1.3em"><col style="width:6em"><col><col span="7" style="width:3.4em"></colgroup>');
  out.push(thead > 0 ? '<thead>' : '<tbody>');
  rows.forEach((_, r) => {
    if (thead > 0 && r === thead) out.push('</thead><tbody>');
    out.push('<tr>');
    for (let c = 0; c < width; c++) {
      const text = at(r, c) ?? '';
      if (text === '<' || text === '^') continue;
      let colspan = 1;
      while (at(r, c + colspan) === '<') colspan++;
      let rowspan = 1;
      while (at(r + rowspan, c) === '^') rowspan++;
      const spans = `${colspan > 1 ? ` colspan="${String(colspan)}"` : ''}${rowspan > 1 ? ` rowspan="${String(rowspan)}"` : ''}`;
      out.push(`<td${spans}>${escapeHtml(text)}</td>`);
    }
    out.push('</tr>');
  });
  out.push('</tbody></table>');
  return out.join('\n');
}

const CSS = `
body { font-family: "SimSun", "WenQuanYi Micro Hei", sans-serif; font-size: 12pt; line-height: 1.6; margin: 0; }
h1 { font-size: 18pt; font-weight: normal; text-align: center; margin: 0 0 1em; }
p { text-indent: 2em; margin: 0 0 0.3em; text-align: justify; }
p.part { font-weight: normal; }
p.sign { text-align: right; text-indent: 0; }
table.report-table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 10.5pt; line-height: 1.3; }
table.report-table td { border: 1px solid #000; padding: 3px 4px; text-align: center; vertical-align: middle; }
`;

export function markdownToHtml(markdown: string, options: HtmlOptions = {}): string {
  const blocks = markdown.replace(/\r\n/g, '\n').trim().split(/\n{2,}/);
  const body: string[] = [];
  let title = '';
  const signStart = blocks.length - 2;
  blocks.forEach((block, i) => {
    const lines = block.split('\n');
    if ((lines[0] ?? '').startsWith('|')) {
      const rows = parseMarkdownTable(lines);
      const isTable3 = rows.some((r) => r.some((c) => c.includes('本年新收')));
      body.push(isTable3 && options.replaceTable3 !== undefined ? options.replaceTable3 : tableHtml(rows, options));
      return;
    }
    if (block.startsWith('# ')) {
      title = block.slice(2);
      body.push(`<h1>${escapeHtml(title)}</h1>`);
      return;
    }
    for (const line of lines) {
      const cls = /^[一二三四五六]、/.test(line) ? ' class="part"' : i >= signStart ? ' class="sign"' : '';
      body.push(`<p${cls}>${escapeHtml(line)}</p>`);
    }
  });
  const chrome = options.libreOfficeChrome
    ? [`<div title="header"><p style="text-align:center;text-indent:0">${escapeHtml(title)}</p></div>`,
      '<div title="footer"><p style="text-align:center;text-indent:0">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>']
    : [];
  return ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">', `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style></head><body>`, ...chrome, ...body, '</body></html>', ''].join('\n');
}
