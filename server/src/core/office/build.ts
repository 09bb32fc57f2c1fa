import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/messages';
import { isoDate } from '../text/dates';
import { compareAggregate } from './aggregate';
import type { AggregateChild, AggregateResult } from './aggregate';
import { applySidecar } from './decisions';
import type { Sidecar, SidecarEntry } from './decisions';
import { DEFAULT_SIMILARITY } from '../editor/office-options';
import type { OfficeOptions } from '../editor/office-options';
import { matchRoster, nameScore, normaliseUnitName } from './roster';
import type { RosterEntry } from './roster';
import { sameFiguresAsLastYear, siblingCopies } from './similarity';
import { lateFinding, timelinessOf } from './timeliness';
import type { Timeliness } from './timeliness';
import type { Day, OfficeFinding, UnitFacts } from './types';

/**
 * The 校验报告 as data: the summary model every renderer (HTML, .xlsx, .docx, the editor's view)
 * reads. Pure: the units' facts, the options, the roster and the sidecar in; the report out.
 */
export type Verdict = 'ok' | 'fix' | 'failed' | 'skipped';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface UnitSummary {
  readonly facts: UnitFacts;
  /** The check's findings, then the office's (aggregate, copying, local deadline), each with its state and decision. */
  readonly findings: readonly OfficeFinding[];
  /** Findings marked 不是问题 are not counted. */
  readonly counts: Counts;
  readonly verdict: Verdict;
  readonly timeliness: Timeliness;
}

export interface RosterSummary {
  readonly expected: number;
  readonly submitted: number;
  readonly missing: readonly string[];
  /** Units whose reports are not on the roster (display names). */
  readonly unlisted: readonly string[];
}

export interface OfficeReport {
  readonly locale: Locale;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly generated: string;
  readonly folders: readonly string[];
  readonly tool: string;
  readonly units: readonly UnitSummary[];
  readonly totals: Counts & { readonly ok: number; readonly fix: number; readonly others: number; readonly checked: number };
  readonly aggregate?: AggregateResult;
  /** Why no aggregate check was made although one was configured. */
  readonly aggregateNotice?: string;
  readonly roster?: RosterSummary;
  /** Findings of the last recorded check no longer found. */
  readonly fixed: readonly SidecarEntry[];
  /** Whether a sidecar was read (states shown). */
  readonly baseline: boolean;
}

export interface OfficeInput {
  readonly units: readonly UnitFacts[];
  readonly options: OfficeOptions;
  readonly roster?: readonly RosterEntry[];
  readonly sidecar?: Sidecar;
  readonly folders: readonly string[];
  readonly generated: Day;
  readonly tool: string;
  readonly locale: Locale;
}

export function countFindings(findings: readonly OfficeFinding[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.decision === 'not-a-problem') continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** 需整改 when an error is left (not marked 不是问题); 无法检查 / 未检查 for files without a check. */
export function verdictOf(facts: UnitFacts, counts: Counts): Verdict {
  if (facts.failure !== undefined) return 'failed';
  if (facts.notice !== undefined) return 'skipped';
  return counts.errors > 0 ? 'fix' : 'ok';
}

export function buildOfficeReport(input: OfficeInput): OfficeReport {
  const { units, options, locale } = input;
  const checked = units.map((u, k) => ({ u, k })).filter(({ u }) => u.failure === undefined && u.notice === undefined);
  const extra = new Map<number, OfficeFinding[]>();
  const add = (k: number, fs: readonly OfficeFinding[]): void => { if (fs.length > 0) extra.set(k, [...(extra.get(k) ?? []), ...fs]); };

  // Copying: siblings' text and last year's figures.
  const threshold = options.similarity === false ? undefined : options.similarity ?? DEFAULT_SIMILARITY;
  const checkedUnits = checked.map(({ u }) => u);
  /** Findings of the `at`-th checked unit, filed under its index among all units. */
  const addChecked = (at: number, fs: readonly OfficeFinding[]): void => { const c = checked[at]; if (c) add(c.k, fs); };
  if (threshold !== undefined) for (const [at, fs] of siblingCopies(checkedUnits, threshold, locale)) addChecked(at, fs);
  for (const [at, fs] of sameFiguresAsLastYear(checkedUnits, locale)) addChecked(at, fs);

  // Deadlines.
  const timed = units.map((facts) => ({ facts, timeliness: timelinessOf(facts, options.deadlines) }));
  for (const [k, { facts, timeliness }] of timed.entries()) { const f = lateFinding(facts, timeliness, locale); if (f) add(k, [f]); }

  const { aggregate, aggregateNotice, parentIndex } = aggregateOf(input, checked);
  if (aggregate && parentIndex !== undefined) add(parentIndex, aggregate.findings);
  const roster = rosterSummary(input.roster, checked);

  const merged = timed.map(({ facts, timeliness }, k) => ({ facts, timeliness, findings: [...facts.findings, ...(extra.get(k) ?? [])] }));
  const applied = applySidecar(merged, input.sidecar);
  const summaries = applied.units.map(({ facts, timeliness, findings }): UnitSummary => {
    const counts = countFindings(findings);
    return { facts, findings, counts, verdict: verdictOf(facts, counts), timeliness };
  });
  const sum = (f: (c: Counts) => number): number => summaries.reduce((s, u) => s + f(u.counts), 0);
  const years = checked.map(({ u }) => u.year).filter((y): y is number => y !== undefined);
  const year = mostCommon(years);
  const name = options.name ?? (aggregate ? aggregate.parent.name : '');
  return {
    locale,
    title: year !== undefined ? formatMessage(locale, 'office/title', { name, year }) : formatMessage(locale, 'office/title.no-year', { name }),
    generated: isoDate(input.generated),
    folders: input.folders,
    tool: input.tool,
    units: summaries,
    totals: {
      errors: sum((c) => c.errors), warnings: sum((c) => c.warnings), infos: sum((c) => c.infos),
      ok: summaries.filter((s) => s.verdict === 'ok').length, fix: summaries.filter((s) => s.verdict === 'fix').length,
      others: summaries.filter((s) => s.verdict === 'failed' || s.verdict === 'skipped').length, checked: checked.length,
    },
    ...(aggregate ? { aggregate } : {}), ...(aggregateNotice !== undefined ? { aggregateNotice } : {}), ...(roster ? { roster } : {}),
    fixed: applied.fixed, baseline: input.sidecar !== undefined,
  };
}

/** A unit with its index among all units. */
interface Indexed { readonly u: UnitFacts; readonly k: number }

/**
 * The aggregate (汇总) check: the parent report (configured, or the roster's aggregate entry)
 * against its children's; a notice when the parent is named but not found. `parentIndex` is where
 * the aggregate's findings are filed.
 */
function aggregateOf(input: OfficeInput, checked: readonly Indexed[]): { aggregate?: AggregateResult; aggregateNotice?: string; parentIndex?: number } {
  const { options, locale } = input;
  const parentName = options.aggregate?.parent ?? input.roster?.find((e) => e.aggregate)?.name;
  if (parentName === undefined) return {};
  const parent = bestMatch(parentName, checked);
  if (parent === undefined) return { aggregateNotice: formatMessage(locale, 'office/aggregate-no-parent', { name: parentName }) };
  const pool = checked.filter((c) => c.k !== parent.k && (parent.u.year === undefined || c.u.year === undefined || c.u.year === parent.u.year));
  // Children: as configured, else the roster without the parent's own entry, else every other report of the year.
  const names = options.aggregate?.children ?? input.roster?.filter((e) => !e.aggregate && nameScore(e.name, parent.u) < 3 && normaliseUnitName(e.name) !== normaliseUnitName(parentName)).map((e) => e.name);
  const children: AggregateChild[] = names
    ? matchChildren(names, pool.map((c) => c.u))
    : pool.map((c) => ({ name: c.u.name, facts: c.u }));
  return { aggregate: compareAggregate(parent.u, children, locale), parentIndex: parent.k };
}

/** Who submitted, who is missing and which reports are not on the roster; undefined without a roster. */
function rosterSummary(roster: readonly RosterEntry[] | undefined, checked: readonly Indexed[]): RosterSummary | undefined {
  if (!roster || roster.length === 0) return undefined;
  const m = matchRoster(roster, checked.map(({ u }) => u));
  return {
    expected: roster.length, submitted: m.matched.size,
    missing: m.missing.map((e) => e.name),
    unlisted: m.unlisted.flatMap((at) => checked[at]?.u.name ?? []),
  };
}

/** The unit a configured name means: the best name score, unique. */
function bestMatch<T extends { readonly u: UnitFacts }>(name: string, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  let tie = false;
  for (const candidate of candidates) {
    const s = nameScore(name, candidate.u);
    if (s > bestScore) { best = candidate; bestScore = s; tie = false; } else if (s === bestScore && s > 0) tie = true;
  }
  return tie && bestScore < 3 ? undefined : best;
}

function matchChildren(names: readonly string[], units: readonly UnitFacts[]): AggregateChild[] {
  const entries = names.map((name) => ({ name }));
  const m = matchRoster(entries, units);
  return entries.map((e) => {
    const k = m.matched.get(e);
    const facts = k === undefined ? undefined : units[k];
    return facts ? { name: e.name, facts } : { name: e.name };
  });
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, c] of counts) if (best === undefined || c > (counts.get(best) ?? 0) || (c === counts.get(best) && v > best)) best = v;
  return best;
}
