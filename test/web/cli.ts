// What the offline page tests compare with: the CLI's findings for the same files, one line each.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface CliFinding { rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
export interface CliFile { path: string; findings: CliFinding[]; error?: string; notice?: string }

/** The CLI's findings for these files checked together (cross-year pairing among them), by file name. */
export function cliFindings(files: readonly string[]): Map<string, string[]> {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...files], { encoding: 'utf8' });
  const json = JSON.parse(r.stdout) as { files: CliFile[] };
  return new Map(json.files.map((f) => [basename(f.path), f.findings.map((x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.rule} ${x.severity} ${x.message}`)]));
}

/** Run in the page (any browser): the shown report's findings (list items' data and message text), in the CLI's shape. */
export function PAGE_FINDINGS(): string[] {
  return [...document.querySelectorAll('li.finding')].map((li) => `${li.getAttribute('data-start') ?? ''}-${li.getAttribute('data-end') ?? ''} ${li.getAttribute('data-rule') ?? ''} ${li.getAttribute('data-severity') ?? ''} ${li.querySelector('.message')?.textContent ?? ''}`);
}
