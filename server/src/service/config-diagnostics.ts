import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic, Range } from 'vscode-languageserver';
import { parseRcText } from '../core/editor/options';
import { SOURCE } from './diagnostics';

/**
 * What is wrong in a `.govreportrc.json`, as diagnostics on that file (Chinese, like every
 * settings problem): an error when nothing of the file applies (not JSON, not an object), a warning
 * for each option or rule that was ignored. Placed at the JSON error's line and column, or at the
 * quoted key the problem names; else on the first line.
 */
export function rcDiagnostics(text: string): Diagnostic[] {
  const { problems, unusable } = parseRcText(text);
  return configDiagnostics(text, problems, unusable === true);
}

/**
 * Problems already found in a configuration file (a `.govreportrc.json` with the problems of the
 * rule pack it names, or the rule pack itself: editor/rule-pack.ts) as diagnostics on its text.
 */
export function configDiagnostics(text: string, problems: readonly string[], unusable: boolean): Diagnostic[] {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  return problems.map((message) => ({
    range: locate(message, lines),
    severity: unusable ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: 'config',
    message,
  }));
}

function locate(message: string, lines: readonly string[]): Range {
  const at = /第 (\d+) 行第 (\d+) 列/.exec(message);
  if (at) {
    const line = Math.min(Number(at[1]) - 1, lines.length - 1);
    const width = lines[line]?.length ?? 0;
    const character = Math.min(Number(at[2]) - 1, width);
    return { start: { line, character }, end: { line, character: Math.min(character + 1, width) } };
  }
  const key = /「([^「」]+)」/.exec(message)?.[1];
  if (key !== undefined) {
    const quoted = JSON.stringify(key);
    for (const [line, text] of lines.entries()) {
      const character = text.indexOf(quoted);
      if (character >= 0) return { start: { line, character }, end: { line, character: character + quoted.length } };
    }
  }
  return { start: { line: 0, character: 0 }, end: { line: 0, character: lines[0]?.length ?? 0 } };
}
