/**
 * Minimal PDFs written byte by byte, for what no office tool makes on purpose: fonts that are not
 * embedded and encoded with the GB character maps (UniGB-UCS2-H, GBK-EUC-H, as older Chinese
 * producers write them), a page tree claiming 100,000 pages, damaged files.
 */

/** A PDF from its objects (bodies of objects 1…n, as Latin-1 strings): header, objects, cross-reference table, trailer. */
export function buildPdf(objects: readonly string[], root = 1): Uint8Array {
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${String(i + 1)} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${String(objects.length + 1)} /Root ${String(root)} 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return Uint8Array.from(out, (ch) => ch.charCodeAt(0) & 0xff);
}

function stream(content: string): string {
  return `<< /Length ${String(content.length)} >>\nstream\n${content}\nendstream`;
}

function hex(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** UTF-16BE code units of a BMP string. */
export function ucs2(text: string): number[] {
  return Array.from(text).flatMap((ch) => { const c = ch.charCodeAt(0); return [c >> 8, c & 0xff]; });
}

let gbk: Map<string, number[]> | undefined;

/** GBK bytes of a string (by decoding every two-byte code with the runtime's GBK decoder). */
export function gbkBytes(text: string): number[] {
  if (!gbk) {
    gbk = new Map();
    const decoder = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(hi, lo));
        if (ch.length === 1 && !gbk.has(ch)) gbk.set(ch, [hi, lo]);
      }
    }
  }
  const table = gbk;
  return Array.from(text).flatMap((ch) => table.get(ch) ?? [ch.charCodeAt(0) & 0x7f]);
}

/**
 * One A4 page of lines in SimSun, not embedded, with a Chinese predefined character map:
 * `encoding` is UniGB-UCS2-H (the text as UTF-16) or GBK-EUC-H (the text in GBK).
 */
export function gbFontPdf(lines: readonly string[], encoding: 'UniGB-UCS2-H' | 'GBK-EUC-H'): Uint8Array {
  const encode = encoding === 'UniGB-UCS2-H' ? ucs2 : gbkBytes;
  const text = lines.map((line, i) => `BT /F1 12 Tf 72 ${String(760 - i * 20)} Td <${hex(encode(line))}> Tj ET`).join('\n');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(text),
    `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /${encoding} /DescendantFonts [6 0 R] >>`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 50 >>',
  ]);
}

/** `count` empty pages (a real page tree: pdf.js checks a claimed count against the pages it finds). */
export function emptyPagesPdf(count: number): Uint8Array {
  const kids = Array.from({ length: count }, (_, i) => `${String(i + 3)} 0 R`).join(' ');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${String(count)} >>`,
    ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ]);
}

/** `count` pages that are each one picture (a grey 2×2 image over the page) and no text: a scan. */
export function scannedPdf(count: number): Uint8Array {
  const pages = Array.from({ length: count }, (_, i) => `${String(3 + 2 * i)} 0 R`).join(' ');
  const image = `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0080\u0080\u0080\u0080\nendstream`;
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${pages}] /Count ${String(count)} >>`];
  for (let i = 0; i < count; i++) {
    const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 ${String(3 + 2 * count)} 0 R >> >> /Contents ${String(4 + 2 * i)} 0 R >>`);
    objects.push(stream(content));
  }
  objects.push(image);
  return buildPdf(objects);
}
