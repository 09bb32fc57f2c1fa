import { addCrossYear } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { bodyKey, isPreviousReport } from '../core/cross-year/pairing';
import { parseReport } from '../core/model/parse-report';
import type { ReportModel } from '../core/model/types';
import { decodeReport } from '../core/text/decode';
import type { CliIO } from './main';

/** Analyses kept after their file was checked: a body's years usually lie side by side in a folder, so its pair is found here without reading the file again. */
const RECENT_ANALYSES = 64;

/**
 * Cross-year findings for the CLI, found while the files are checked: each report against the same
 * body's previous year's report among the reports of this run (a folder holding 2022.md and
 * 2023.md; the first such report in the run's order wins), or given with --previous. With a single
 * report, --previous is taken as its previous report whatever the names say; with several, only
 * for the reports it is the previous year of.
 *
 * Of each report only its body and year are kept (and the last few analyses): a pair whose other
 * half was dropped is analysed again from its file (`reanalyse`). So memory does not grow with the
 * reports' size, and pairing is one keyed lookup per report.
 */
export class CrossYearStream {
  /** The first report of each body and year (`body\0year`), by its index in the run. */
  private readonly firstOf = new Map<string, number>();
  /** Reports whose previous year has not been met yet, by the `body\0year` they wait for. */
  private readonly waiting = new Map<string, number[]>();
  private readonly recent = new Map<number, Analysis>();
  private readonly pairedWithGiven = new Set<number>();
  private checked = 0;
  private lastChecked = -1;

  constructor(
    /** The report's analysis made again from its file (undefined when it can no longer be read). */
    private readonly reanalyse: (index: number) => Promise<Analysis | undefined>,
    /** Told when a report's findings grow by cross-year findings: the analysis with them. */
    private readonly update: (index: number, analysis: Analysis) => void,
    private readonly given?: ReportModel | undefined,
  ) {}

  /** A checked report (indexes ascending, as the run's order). */
  async add(index: number, analysis: Analysis): Promise<void> {
    this.checked++;
    this.lastChecked = index;
    this.remember(index, analysis);
    const { model } = analysis;
    const year = model.year?.value;
    const key = year === undefined ? undefined : bodyKey(model);
    if (this.given && isPreviousReport(model, this.given)) {
      this.pairedWithGiven.add(index);
      this.pair(index, analysis, this.given);
    } else if (key !== undefined && year !== undefined) {
      const wanted = `${key}\u0000${year - 1}`;
      const previous = this.firstOf.get(wanted);
      if (previous !== undefined) {
        const previousModel = (await this.analysisOf(previous))?.model;
        if (previousModel) this.pair(index, analysis, previousModel);
      } else {
        const list = this.waiting.get(wanted);
        if (list) list.push(index);
        else this.waiting.set(wanted, [index]);
      }
    }
    if (key === undefined || year === undefined) return;
    const own = `${key}\u0000${year}`;
    if (this.firstOf.has(own)) return;
    this.firstOf.set(own, index);
    const currents = this.waiting.get(own);
    if (!currents) return;
    this.waiting.delete(own);
    for (const current of currents) {
      const currentAnalysis = await this.analysisOf(current);
      if (currentAnalysis) this.pair(current, currentAnalysis, model);
    }
  }

  /** After the last report: a single report takes --previous whatever the names say. */
  async end(): Promise<void> {
    if (!this.given || this.checked !== 1 || this.pairedWithGiven.has(this.lastChecked)) return;
    const analysis = await this.analysisOf(this.lastChecked);
    if (analysis) this.pair(this.lastChecked, analysis, this.given);
  }

  private pair(index: number, analysis: Analysis, previous: ReportModel): void {
    const paired = addCrossYear(analysis, previous);
    if (paired.findings.length !== analysis.findings.length) this.update(index, paired);
  }

  private async analysisOf(index: number): Promise<Analysis | undefined> {
    const kept = this.recent.get(index);
    if (kept) {
      this.remember(index, kept);
      return kept;
    }
    const again = await this.reanalyse(index);
    if (again) this.remember(index, again);
    return again;
  }

  private remember(index: number, analysis: Analysis): void {
    this.recent.delete(index);
    this.recent.set(index, analysis);
    if (this.recent.size <= RECENT_ANALYSES) return;
    const oldest = this.recent.keys().next();
    if (oldest.done !== true) this.recent.delete(oldest.value);
  }
}

/** The report given with --previous, parsed; or why it cannot be read. */
export function readPrevious(path: string, io: CliIO, locale: Locale): { model: ReportModel } | { failure: string } {
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
