import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Produced } from './provenance';

/**
 * LibreOffice conversions, headless, as an office clerk's "另存为" makes them: HTML → .docx, and
 * .docx → HTML, PDF, .doc and text. Each conversion runs in a temporary folder (LibreOffice names
 * its output after its input) with a private profile, so runs do not share state.
 */

export const SOFFICE = process.env.SOFFICE ?? 'soffice';
const PROFILE = pathToFileURL(join(tmpdir(), 'govreport-samples-lo-profile')).href;

function soffice(dir: string, input: string, output: string, filter: string, infilter?: string): string {
  const work = mkdtempSync(join(tmpdir(), 'govreport-lo-'));
  try {
    const args = ['-env:UserInstallation=' + PROFILE, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', filter, '--outdir', work, join(dir, input)];
    execFileSync(SOFFICE, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const ext = filter.split(':')[0];
    renameSync(join(work, `${basename(input, extname(input))}.${ext}`), join(dir, output));
    const shown = ['soffice', '--headless', ...(infilter ? [`--infilter="${infilter}"`] : []), '--convert-to', `"${filter}"`, input].join(' ');
    return `${shown} (output renamed to ${output})`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Our HTML report opened in Writer and saved as Word 2007+ (lo.docx). */
export function htmlToDocx(dir: string, source: string, version: string): Produced {
  const command = soffice(dir, source, 'lo.docx', 'docx:MS Word 2007 XML', 'HTML (StarWriter)');
  return { file: 'lo.docx', origin: source, tool: `LibreOffice ${version}`, command };
}

/** A .docx saved by Writer as HTML, PDF, Word 97 (.doc) and UTF-8 text. */
export function docxLayouts(dir: string, docx: string, version: string): Produced[] {
  const tool = `LibreOffice ${version}`;
  const out: Produced[] = [];
  const conversions: readonly (readonly [string, string])[] = [
    ['lo-docx.html', 'html'],
    ['lo-docx.pdf', 'pdf'],
    ['lo-docx.doc', 'doc:MS Word 97'],
    ['lo-docx.txt', 'txt:Text (encoded):UTF8'],
  ];
  for (const [file, filter] of conversions) out.push({ file, origin: docx, tool, command: soffice(dir, docx, file, filter) });
  return out;
}

/**
 * Our HTML report opened in Calc (its web-page import puts every table's cells in the sheet's cells,
 * merged cells as one cell and blanks) and saved as tab-separated UTF-8 text: what a clerk pastes
 * from a spreadsheet (Excel and Calc copy cells as tab-separated rows, a cell with a line break in
 * double quotes).
 */
export function calcTsv(dir: string, source: string, version: string): Produced {
  // Tokens: tab, '"', UTF-8, from line 1, -, -, text cells quoted only when they must be (as Excel's copy), cells as shown.
  const command = soffice(dir, source, 'calc-tsv.txt', 'csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false', 'calc_HTML_WebQuery');
  return { file: 'calc-tsv.txt', origin: source, tool: `LibreOffice ${version}`, command };
}

/** pandoc reading the .docx as a Word-to-Markdown converter does. */
export function pandocDocx(dir: string, docx: string, version: string): Produced {
  execFileSync('pandoc', ['-f', 'docx', '-t', 'gfm', '-o', join(dir, 'pandoc-docx-gfm.md'), join(dir, docx)]);
  return { file: 'pandoc-docx-gfm.md', origin: docx, tool: `pandoc ${version}`, command: `pandoc -f docx -t gfm -o pandoc-docx-gfm.md ${docx}` };
}

/** pandoc writing the .docx as reStructuredText: grid tables whose narrow columns wrap labels and numbers over many lines. */
export function pandocDocxRst(dir: string, docx: string, version: string): Produced {
  execFileSync('pandoc', ['-f', 'docx', '-t', 'rst', '-o', join(dir, 'pandoc-docx-rst.txt'), join(dir, docx)]);
  return { file: 'pandoc-docx-rst.txt', origin: docx, tool: `pandoc ${version}`, command: `pandoc -f docx -t rst -o pandoc-docx-rst.txt ${docx}` };
}
