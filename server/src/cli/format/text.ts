import type { FileResult } from '../results';

/** `path:line:col  severity  rule  message`, 1-based, then a summary line in Chinese. */
export function formatText(results: readonly FileResult[]): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    if (r.failure || r.notice) out.push(`${r.path}:1:1  ${r.failure ? 'error' : 'info'}  file  ${r.failure ?? r.notice}`);
    for (const f of r.findings) {
      const p = r.lines!.positionAt(f.range.start);
      out.push(`${r.path}:${p.line + 1}:${p.character + 1}  ${f.severity}  ${f.rule}  ${f.message}`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const failed = results.filter((r) => r.failure).length;
  const skipped = results.filter((r) => r.notice).length;
  const notes = [failed ? `${failed} 个无法检查` : '', skipped ? `${skipped} 个已跳过` : ''].filter((n) => n !== '').join('，');
  out.push(`共检查 ${results.length - failed - skipped} 个文件${notes ? `（${notes}）` : ''}：${errors} 个错误，${warnings} 个警告，${infos} 条提示。`);
  return `${out.join('\n')}\n`;
}
