/**
 * Re-renders the Markdown tables of a report as PDF-extracted text: data rows become "label
 * numbers…" lines, header cells are split one character per line (as PDF-to-text does with the
 * vertical header cells of the standard tables), merged-cell markers disappear.
 */
export function pdfLayout(markdown: string): string {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) { out.push(line); continue; }
    const cells = line.split('|').slice(1, -1).map((c) => c.trim()).filter((c) => c !== '' && c !== '<' && c !== '^' && !/^-+$/.test(c));
    if (cells.length === 0) continue;
    if (cells.some((c) => /^-?\d+(\.\d+)?$/.test(c))) {
      out.push(cells.join(' '));
      continue;
    }
    for (const c of cells) {
      if (c.length <= 8) out.push(...Array.from(c));
      else out.push(c);
    }
  }
  return out.join('\n');
}
