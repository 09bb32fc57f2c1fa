import { findRule } from '../rules';
import type { LocalRules, PhraseScope, RequiredPhrase } from '../rules/local-rules';
import type { SeveritySetting } from '../rules/types';
import { later, parseMonthDay } from './office-options';
import type { MonthDay } from './office-options';
import { jsonErrorOf } from './options';
import { configText } from './config-text';

/**
 * A rule pack: a JSON file of local rules that `.govreportrc.json` names (`"pack":
 * "packs/示例市.govreport-pack.json"`, relative to the rc file's folder). It may set local
 * deadlines, limits on part 一's length, required phrases and per-rule severities
 * (schemas/govreport-pack.schema.json, docs/rule-packs.md). A pack is untrusted data like the rc:
 * every value is checked, sizes are bounded, phrases are literal strings (nothing of a pack is
 * compiled into a regular expression), and what is wrong is skipped and said in Chinese, never
 * thrown; a pack that cannot be used at all changes nothing.
 */
export interface RulePack {
  readonly local: LocalRules;
  readonly severities: Readonly<Record<string, SeveritySetting>>;
}

/** What reading a pack's text gave: the pack (absent when nothing of it applies) and what was wrong. */
export interface PackReading {
  readonly pack?: RulePack | undefined;
  readonly problems: readonly string[];
  /** Nothing of the file applies (not JSON, not an object, too large). */
  readonly unusable: boolean;
}

/** Bounds on a pack: its size, how many phrases, how long a text may be. */
export const PACK_LIMITS = { chars: 262_144, phrases: 100, alternatives: 20, phraseChars: 200, nameChars: 100, noteChars: 300, partOneChars: 1_000_000 } as const;

const PACK_KEYS: readonly string[] = ['name', 'description', 'deadlines', 'partOne', 'phrases', 'rules'];
const PHRASE_KEYS: readonly string[] = ['anyOf', 'part', 'note'];
const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
const SCOPES: readonly PhraseScope[] = [1, 2, 3, 4, 5, 6, 'preamble', 'any'];
/** The national deadlines (条例 art. 49 and 50): a local one may only be earlier. */
const NATIONAL: Readonly<Record<'department' | 'government', MonthDay>> = { department: { month: 1, day: 31 }, government: { month: 3, day: 31 } };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Where a pack named in an rc file lies: relative to the rc file's folder, a .json file, the path
 * normalised ('..' resolved). Absolute paths, URLs and other file types are refused; whether the
 * result stays inside the workspace is the caller's check (it knows the boundary).
 */
export function packPath(rcPath: string, pack: string): { path: string } | { problem: string } {
  const p = pack.trim();
  if (!/\.json$/i.test(p)) return { problem: configText('config/pack.path-type', { got: JSON.stringify(pack) }) };
  // A leading separator, or a drive letter or URL scheme ("C:", "file:", "https:").
  if (/^([\\/]|[a-z][a-z0-9+.-]*:)/i.test(p) || p.includes('\u0000')) return { problem: configText('config/pack.path-relative', { got: JSON.stringify(pack) }) };
  const cut = Math.max(rcPath.lastIndexOf('/'), rcPath.lastIndexOf('\\'));
  const folder = cut < 0 ? '.' : rcPath.slice(0, cut);
  return { path: normalisePath(`${folder}/${p.replace(/\\/g, '/')}`) };
}

/** "/a/b/../c/./d.json" → "/a/c/d.json" (pure string work, as the rc lookup does). */
function normalisePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split(/[\\/]/)) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..' && out.at(-1) !== '') out.pop();
    else if (part === '..' && out.at(-1) === '') continue;
    else out.push(part);
  }
  return out.join('/') || '/';
}

type Problems = string[];

/** Reads a pack's text; `label` names the pack in messages when it has no name. Never throws. */
export function parseRulePack(text: string, label: string): PackReading {
  if (text.length > PACK_LIMITS.chars) return { problems: [configText('config/pack.too-large', { kb: PACK_LIMITS.chars / 1024 })], unusable: true };
  const json = text.replace(/^\ufeff/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const { where, what } = jsonErrorOf(json, error);
    return { problems: [configText('config/pack.json', { where, what })], unusable: true };
  }
  if (!isObject(raw)) return { problems: [configText('config/pack.not-object')], unusable: true };
  const problems: Problems = [];
  for (const key of Object.keys(raw)) if (!PACK_KEYS.includes(key) && key !== '$schema') problems.push(configText('config/pack.unknown-key', { key, keys: PACK_KEYS.join('、') }));
  if (raw.description !== undefined && typeof raw.description !== 'string') problems.push(configText('config/pack.description'));
  const local: { -readonly [K in keyof LocalRules]: LocalRules[K] } = { name: nameOf(raw.name, label, problems) };
  const deadlines = deadlinesOf(raw.deadlines, problems);
  if (deadlines) local.deadlines = deadlines;
  const partOne = partOneOf(raw.partOne, problems);
  if (partOne) local.partOne = partOne;
  const phrases = phrasesOf(raw.phrases, problems);
  if (phrases) local.phrases = phrases;
  return { pack: { local, severities: severitiesOf(raw.rules, problems) }, problems, unusable: false };
}

function nameOf(raw: unknown, label: string, problems: Problems): string {
  if (raw === undefined) return label;
  if (typeof raw === 'string' && raw.trim() !== '' && raw.length <= PACK_LIMITS.nameChars) return raw.trim();
  problems.push(configText('config/pack.name', { max: PACK_LIMITS.nameChars }));
  return label;
}

function deadlinesOf(raw: unknown, problems: Problems): LocalRules['deadlines'] {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) { problems.push(configText('config/pack.deadlines')); return undefined; }
  const out: { department?: MonthDay; government?: MonthDay } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'department' && key !== 'government') { problems.push(configText('config/pack.deadline-unknown-level', { key })); continue; }
    const day = typeof value === 'string' ? parseMonthDay(value) : undefined;
    const national = NATIONAL[key];
    if (!day) problems.push(configText('config/pack.deadline-format', { key, got: JSON.stringify(value) }));
    else if (later(day, national)) problems.push(configText('config/pack.deadline-late', { key, month: day.month, day: day.day, nationalMonth: national.month, nationalDay: national.day }));
    else out[key] = day;
  }
  return out.department ?? out.government ? out : undefined;
}

function partOneOf(raw: unknown, problems: Problems): LocalRules['partOne'] {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) { problems.push(configText('config/pack.part-one')); return undefined; }
  const out: { maxChars?: number; minChars?: number } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'maxChars' && key !== 'minChars') { problems.push(configText('config/pack.part-one-unknown-key', { key })); continue; }
    if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= PACK_LIMITS.partOneChars) out[key] = value;
    else problems.push(configText('config/pack.part-one-value', { key, max: PACK_LIMITS.partOneChars, got: JSON.stringify(value) }));
  }
  if (out.maxChars !== undefined && out.minChars !== undefined && out.minChars > out.maxChars) {
    problems.push(configText('config/pack.part-one-min-max', { min: out.minChars, max: out.maxChars }));
    delete out.minChars;
  }
  return out.maxChars ?? out.minChars ? out : undefined;
}

function phrasesOf(raw: unknown, problems: Problems): RequiredPhrase[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) { problems.push(configText('config/pack.phrases')); return undefined; }
  if (raw.length > PACK_LIMITS.phrases) problems.push(configText('config/pack.phrases-too-many', { max: PACK_LIMITS.phrases }));
  const out: RequiredPhrase[] = [];
  for (const [i, entry] of raw.slice(0, PACK_LIMITS.phrases).entries()) {
    const phrase = phraseOf(entry, configText('config/pack.phrase-at', { n: i + 1 }), problems);
    if (phrase) out.push(phrase);
  }
  return out.length > 0 ? out : undefined;
}

function phraseOf(entry: unknown, at: string, problems: Problems): RequiredPhrase | undefined {
  if (!isObject(entry)) { problems.push(configText('config/pack.phrase', { at })); return undefined; }
  for (const key of Object.keys(entry)) if (!PHRASE_KEYS.includes(key)) problems.push(configText('config/pack.phrase-unknown-key', { at, key, keys: PHRASE_KEYS.join('、') }));
  const list: unknown = typeof entry.anyOf === 'string' ? [entry.anyOf] : entry.anyOf;
  const texts = Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p.trim() !== '' && p.length <= PACK_LIMITS.phraseChars).map((p) => p.trim()) : [];
  if (!Array.isArray(list) || texts.length === 0 || texts.length !== list.length || texts.length > PACK_LIMITS.alternatives) {
    problems.push(configText('config/pack.phrase-any-of', { at, max: PACK_LIMITS.alternatives, chars: PACK_LIMITS.phraseChars }));
    return undefined;
  }
  const scope = entry.part ?? 'any';
  const known = SCOPES.find((s) => s === scope);
  if (known === undefined) { problems.push(configText('config/pack.phrase-part', { at, got: JSON.stringify(entry.part) })); return undefined; }
  if (entry.note === undefined) return { anyOf: texts, scope: known };
  if (typeof entry.note === 'string' && entry.note.trim() !== '' && entry.note.length <= PACK_LIMITS.noteChars) return { anyOf: texts, scope: known, note: entry.note.trim() };
  problems.push(configText('config/pack.phrase-note', { at, max: PACK_LIMITS.noteChars }));
  return { anyOf: texts, scope: known };
}

function severitiesOf(raw: unknown, problems: Problems): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  if (raw === undefined) return out;
  if (!isObject(raw)) { problems.push(configText('config/pack.rules')); return out; }
  for (const [id, value] of Object.entries(raw)) {
    if (!findRule(id)) problems.push(configText('config/pack.unknown-rule', { id }));
    else if (typeof value !== 'string' || !SEVERITIES.includes(value)) problems.push(configText('config/pack.severity', { id }));
    else out[id] = value as SeveritySetting;
  }
  return out;
}
