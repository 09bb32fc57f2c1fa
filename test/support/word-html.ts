/**
 * A report in Markdown rewritten as the HTML Word saves and government sites publish: the whole
 * body on one line, every paragraph a `<p class=MsoNormal>` whose text is cut into `<span>` runs
 * (the numeral of a heading in a run of its own), `&nbsp;` after headings, tables as
 * `<table class=MsoNormalTable>` with each cell's text in a paragraph. Our own rewriting of our own
 * example texts (no published page is copied).
 */
export function wordHtml(markdown: string): string {
  const out: string[] = ['<html><head><meta charset="utf-8"><title>政府信息公开</title><style>p.MsoNormal{margin:0}</style></head><body><div class=WordSection1>'];
  let table: string[][] | undefined;
  const flush = (): void => {
    if (!table) return;
    out.push('<table class=MsoNormalTable border=1 cellspacing=0>');
    for (const row of table) out.push(`<tr>${row.map((c) => `<td valign=top><p class=MsoNormal align=center><span style='font-family:仿宋'>${c === '' ? '&nbsp;' : escape(c)}</span></p></td>`).join('')}</tr>`);
    out.push('</table>');
    table = undefined;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('|')) {
      if (/^\|[-| ]+\|$/.test(line)) continue;
      table ??= [];
      table.push(line.slice(1, -1).split('|').map((c) => c.trim()));
      continue;
    }
    flush();
    if (line === '') continue;
    const text = line.replace(/^#+\s*/, '');
    const heading = /^([一二三四五六七八九十]+、)(.*)$/.exec(text);
    if (heading) {
      out.push(`<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:黑体'>${escape(heading[1] ?? '')}</span></b><b><span style='font-family:黑体'>${escape(heading[2] ?? '')}</span></b><span lang=EN-US>&nbsp;<o:p></o:p></span></p>`);
    } else {
      const half = Math.floor(text.length / 2);
      out.push(`<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋'>${escape(text.slice(0, half))}</span><span style='font-family:仿宋'>${escape(text.slice(half))}</span></p>`);
    }
  }
  flush();
  out.push('</div></body></html>');
  return out.join('');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;');
}
