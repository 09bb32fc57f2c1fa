import { configText } from './config-text';
/**
 * The reviewing office's options, the `office` object of `.govreportrc.json`: who is expected
 * (roster), which report aggregates which (汇总), local deadlines stricter than the national ones,
 * and the share of shared text that counts as copying. One normaliser, like the other options:
 * never throws, says in Chinese what it skipped.
 */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

export interface OfficeOptions {
  /** The office's area or name for the report title ("XX县"). */
  readonly name?: string;
  /** Units expected: names given inline, or a .csv/.xlsx file (relative to the rc file's folder). */
  readonly roster?: readonly string[] | { readonly file: string };
  /** The aggregate report (汇总) and the units it adds up; children default to the roster, else every other unit. */
  readonly aggregate?: { readonly parent: string; readonly children?: readonly string[] };
  /** Local publication deadlines (month-day of the year after the report year). */
  readonly deadlines?: { readonly department?: MonthDay; readonly government?: MonthDay };
  /** Share of a unit's prose found in a sibling's report from which it is reported as copied (0.5 by default); false: off. */
  readonly similarity?: number | false;
}

export const DEFAULT_SIMILARITY = 0.5;

const OFFICE_KEYS: readonly string[] = ['name', 'roster', 'aggregate', 'deadlines', 'similarity'];
const LEVEL_KEYS: readonly string[] = ['department', 'government'];
/** The national deadlines (条例 art. 49 and 50): a local one may only be earlier. */
const NATIONAL: Readonly<Record<string, MonthDay>> = { department: { month: 1, day: 31 }, government: { month: 3, day: 31 } };
const DAYS_IN_MONTH: readonly number[] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNameList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
}

/** "01-26", "1-26", "1月26日" → {month: 1, day: 26}; undefined when not a real day of the year. */
export function parseMonthDay(text: string): MonthDay | undefined {
  const m = /^(\d{1,2})\s*(?:-|\/|月)\s*(\d{1,2})(?:\s*日)?$/.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const max = DAYS_IN_MONTH[month - 1];
  return max !== undefined && day >= 1 && day <= max ? { month, day } : undefined;
}

/** Whether month-day `a` falls after `b` in the same year. */
export function later(a: MonthDay, b: MonthDay): boolean {
  return a.month > b.month || (a.month === b.month && a.day > b.day);
}

/** Reads the `office` object (already-parsed JSON); what is wrong is skipped and said in `problems`. */
export function normaliseOfficeOptions(raw: unknown): { office: OfficeOptions; problems: string[] } {
  const problems: string[] = [];
  if (!isObject(raw)) return { office: {}, problems: [configText('config/office.not-object')] };
  for (const key of Object.keys(raw)) if (!OFFICE_KEYS.includes(key)) problems.push(configText('config/office.unknown-key', { key, keys: OFFICE_KEYS.join('、') }));
  let name: string | undefined;
  if (raw.name !== undefined) {
    if (typeof raw.name === 'string' && raw.name.trim() !== '') name = raw.name.trim();
    else problems.push(configText('config/office.name'));
  }
  let roster: OfficeOptions['roster'];
  if (raw.roster !== undefined) {
    if (isNameList(raw.roster)) roster = raw.roster.map((s) => s.trim());
    else if (typeof raw.roster === 'string' && /\.(csv|xlsx)$/i.test(raw.roster.trim())) roster = { file: raw.roster.trim() };
    else problems.push(configText('config/office.roster'));
  }
  let aggregate: OfficeOptions['aggregate'];
  if (raw.aggregate !== undefined) {
    const a = raw.aggregate;
    if (!isObject(a) || typeof a.parent !== 'string' || a.parent.trim() === '') problems.push(configText('config/office.aggregate'));
    else if (a.children !== undefined && !isNameList(a.children)) problems.push(configText('config/office.aggregate-children'));
    else {
      for (const key of Object.keys(a)) if (key !== 'parent' && key !== 'children') problems.push(configText('config/office.aggregate-unknown-key', { key }));
      aggregate = a.children === undefined ? { parent: a.parent.trim() } : { parent: a.parent.trim(), children: a.children.map((s) => s.trim()) };
    }
  }
  let deadlines: { department?: MonthDay; government?: MonthDay } | undefined;
  if (raw.deadlines !== undefined) {
    if (!isObject(raw.deadlines)) problems.push(configText('config/office.deadlines'));
    else {
      deadlines = {};
      for (const [key, value] of Object.entries(raw.deadlines)) {
        const national = NATIONAL[key];
        if (!LEVEL_KEYS.includes(key) || national === undefined) { problems.push(configText('config/office.deadline-unknown-level', { key })); continue; }
        const day = typeof value === 'string' ? parseMonthDay(value) : undefined;
        if (!day) problems.push(configText('config/office.deadline-format', { key, got: JSON.stringify(value) }));
        else if (later(day, national)) problems.push(configText('config/office.deadline-late', { key, month: day.month, day: day.day, nationalMonth: national.month, nationalDay: national.day }));
        else deadlines[key as 'department' | 'government'] = day;
      }
    }
  }
  let similarity: number | false | undefined;
  if (raw.similarity !== undefined) {
    if (raw.similarity === false) similarity = false;
    else if (typeof raw.similarity === 'number' && raw.similarity > 0 && raw.similarity <= 1) similarity = raw.similarity;
    else problems.push(configText('config/office.similarity'));
  }
  const office: { -readonly [K in keyof OfficeOptions]: OfficeOptions[K] } = {};
  if (name !== undefined) office.name = name;
  if (roster !== undefined) office.roster = roster;
  if (aggregate !== undefined) office.aggregate = aggregate;
  if (deadlines !== undefined) office.deadlines = deadlines;
  if (similarity !== undefined) office.similarity = similarity;
  return { office, problems };
}
