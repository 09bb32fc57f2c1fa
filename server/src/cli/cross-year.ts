import { addCrossYear } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { bodyKey } from '../core/cross-year/pairing';
import { parseReport } from '../core/model/parse-report';
import type { ReportModel } from '../core/model/types';
import { decodeReport } from '../core/text/decode';
import type { CliIO } from './main';

/** Analyses kept after their file was checked: a body's years usually lie side by side in a folder, so its pair is found here without reading the file again. */
const RECENT_ANALYSES = 64;

/**
 * What cross-year pairing needs of a report, as plain data (a worker thread sends it to the main
 * thread by structured clone): the body it is of and its year (cross-year/pairing.ts). Both or
 * neither matter: a report without either is never paired.
 */
export interface PairingKey {
  readonly body?: string | undefined;
  readonly year?: number | undefined;
}

export function pairingKeyOf(model: ReportModel): PairingKey {
  const year = model.year?.value;
  return year === undefined ? {} : { body: bodyKey(model), year };
}

/** Whether `previous` is the same body's report for the year before `current` (isPreviousReport on keys). */
function isPreviousKey(current: PairingKey, previous: PairingKey): boolean {
  return current.body !== undefined && current.body === previous.body && current.year !== undefined && previous.year === current.year - 1;
}

/** Compares report `current` with `previous` (an index of the run, or the report given with --previous) and adds the findings. */
export type Pair = (current: number, previous: number | 'given') => Promise<void>;

/**
 * Cross-year pairing for the CLI, found while the files are checked: each report against the same
 * body's previous year's report among the reports of this run (a folder holding 2022.md and
 * 2023.md; the first such report in the run's order wins), or given with --previous. With a single
 * report, --previous is taken as its previous report whatever the names say; with several, only
 * for the reports it is the previous year of.
 *
 * Of each report only its pairing key is kept (body and year), so memory does not grow with the
 * reports' size and pairing is one keyed lookup per report; comparing a pair is `pair`'s work (in
 * this thread from recent analyses, AnalysisPairer; or in a worker, pool-check.ts).
 */
export class CrossYearStream {
  /** The first report of each body and year (`body\0year`), by its index in the run. */
  private readonly firstOf = new Map<string, number>();
  /** Reports whose previous year has not been met yet, by the `body\0year` they wait for. */
  private readonly waiting = new Map<string, number[]>();
  private readonly pairedWithGiven = new Set<number>();
  private checked = 0;
  private lastChecked = -1;

  constructor(
    private readonly pair: Pair,
    /** The key of the report given with --previous. */
    private readonly given?: PairingKey | undefined,
  ) {}

  /** A checked report (indexes ascending, as the run's order). */
  async add(index: number, key: PairingKey): Promise<void> {
    this.checked++;
    this.lastChecked = index;
    const { body, year } = key;
    if (this.given && isPreviousKey(key, this.given)) {
      this.pairedWithGiven.add(index);
      await this.pair(index, 'given');
    } else if (body !== undefined && year !== undefined) {
      const wanted = `${body}\u0000${year - 1}`;
      const previous = this.firstOf.get(wanted);
      if (previous !== undefined) {
        await this.pair(index, previous);
      } else {
        const list = this.waiting.get(wanted);
        if (list) list.push(index);
        else this.waiting.set(wanted, [index]);
      }
    }
    if (body === undefined || year === undefined) return;
    const own = `${body}\u0000${year}`;
    if (this.firstOf.has(own)) return;
    this.firstOf.set(own, index);
    const currents = this.waiting.get(own);
    if (!currents) return;
    this.waiting.delete(own);
    for (const current of currents) await this.pair(current, index);
  }

  /** After the last report: a single report takes --previous whatever the names say. */
  async end(): Promise<void> {
    if (!this.given || this.checked !== 1 || this.pairedWithGiven.has(this.lastChecked)) return;
    await this.pair(this.lastChecked, 'given');
  }
}

/**
 * Compares pairs in this thread: the last few analyses are kept, a pair whose other half was
 * dropped is analysed again from its file (`reanalyse`).
 */
export class AnalysisPairer {
  private readonly recent = new Map<number, Analysis>();

  constructor(
    /** The report's analysis made again from its file (undefined when it can no longer be read). */
    private readonly reanalyse: (index: number) => Promise<Analysis | undefined>,
    /** Told when a report's findings grow by cross-year findings: the analysis with them. */
    private readonly update: (index: number, analysis: Analysis) => void,
    private readonly given?: ReportModel | undefined,
  ) {}

  readonly pair: Pair = async (current, previous) => {
    const previousModel = previous === 'given' ? this.given : (await this.analysisOf(previous))?.model;
    const analysis = await this.analysisOf(current);
    if (!previousModel || !analysis) return;
    const paired = addCrossYear(analysis, previousModel);
    if (paired.findings.length !== analysis.findings.length) this.update(current, paired);
  };

  /** A checked report's analysis, kept for a while. */
  remember(index: number, analysis: Analysis): void {
    this.recent.delete(index);
    this.recent.set(index, analysis);
    if (this.recent.size <= RECENT_ANALYSES) return;
    const oldest = this.recent.keys().next();
    if (oldest.done !== true) this.recent.delete(oldest.value);
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
}

/** The report given with --previous, parsed; or why it cannot be read. */
export function readPrevious(path: string, io: Pick<CliIO, 'readFile'>, locale: Locale): { model: ReportModel } | { failure: string } {
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
