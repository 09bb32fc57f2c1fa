import { addCrossYear } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { isPreviousReport, pairConsecutiveYears } from '../core/cross-year/pairing';
import { parseReport } from '../core/model/parse-report';
import type { ReportModel } from '../core/model/types';
import type { CheckCommand } from './args';
import { decodeReport } from '../core/text/decode';
import type { CliIO } from './main';
import type { FileResult } from './results';

/**
 * Cross-year findings for the CLI: each checked report against the same body's previous year's
 * report, found among the reports of this run (a folder holding 2022.md and 2023.md) or given
 * with --previous. With a single report, --previous is taken as its previous report whatever the
 * names say; with several, only for the reports it is the previous year of.
 */
export function withCrossYear(results: readonly FileResult[], analyses: ReadonlyMap<string, Analysis>, command: Pick<CheckCommand, 'locale' | 'previous'>, io: CliIO): FileResult[] {
  const checked = results.flatMap((result) => {
    const analysis = analyses.get(result.path);
    return analysis ? [{ result, analysis, model: analysis.model }] : [];
  });
  const pairs = pairConsecutiveYears(checked.map((c) => c.model));
  let given: ReportModel | undefined;
  const out: FileResult[] = [];
  if (command.previous !== undefined) {
    const read = readPrevious(command.previous, io, command.locale);
    if ('failure' in read) out.push({ path: command.previous, findings: [], failure: read.failure });
    else given = read.model;
  }
  const indexOf = new Map(checked.map((c, k) => [c.result, k]));
  for (const r of results) {
    const k = indexOf.get(r) ?? -1;
    const own = checked[k];
    if (!own) { out.push(r); continue; }
    // pairs[k] is the index of the paired report, -1 when none (checked[-1] is undefined).
    const previous = given && (checked.length === 1 || isPreviousReport(own.model, given)) ? given : checked[pairs[k] ?? -1]?.model;
    if (!previous) { out.push(r); continue; }
    out.push({ ...r, findings: addCrossYear(own.analysis, previous).findings });
  }
  return out;
}

function readPrevious(path: string, io: CliIO, locale: Locale): { model: ReportModel } | { failure: string } {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch {
    return { failure: formatMessage(locale, 'cli/previous-unreadable') };
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return { failure: formatMessage(locale, 'cli/previous-not-text') };
  return { model: parseReport(decoded.text) };
}
