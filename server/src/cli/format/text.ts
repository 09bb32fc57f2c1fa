import { formatMessage } from '../../core/i18n/messages';
import type { Locale } from '../../core/i18n/messages';
import { positionIn } from '../results';
import { terminalSafe } from './escape';
import type { FileResult } from '../results';

/** `path:line:col  severity  rule  message`, 1-based, then a summary line; each finding one line, with nothing a terminal would run (terminalSafe). */
export function formatText(results: readonly FileResult[], locale: Locale): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    if (r.failure || r.notice) out.push(terminalSafe(`${r.path}:1:1  ${r.failure ? 'error' : 'info'}  file  ${r.failure ?? r.notice ?? ''}`));
    for (const f of r.findings) {
      const p = positionIn(r, f.range.start);
      // A Word or PDF file: the place in the original (表三第5行第2列, 第3段, 第4页), after the line of its rendering.
      const source = f.rule.startsWith('runner/') ? undefined : r.source?.(f.range);
      const where = source ? formatMessage(locale, 'cli/source', { location: source.label }) : '';
      out.push(terminalSafe(`${r.path}:${p.line + 1}:${p.character + 1}  ${f.severity}  ${f.rule}  ${f.message}${where}`));
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const failed = results.filter((r) => r.failure).length;
  const skipped = results.filter((r) => r.notice).length;
  const notes = [
    failed ? formatMessage(locale, 'cli/summary.failed', { count: failed }) : '',
    skipped ? formatMessage(locale, 'cli/summary.skipped', { count: skipped }) : '',
  ].filter((n) => n !== '').join(formatMessage(locale, 'cli/summary.separator'));
  out.push(formatMessage(locale, 'cli/summary', {
    checked: results.length - failed - skipped,
    notes: notes ? formatMessage(locale, 'cli/summary.notes', { notes }) : '',
    errors, warnings, infos,
  }));
  return `${out.join('\n')}\n`;
}
