import { findRule } from '../rules';
import type { LocalRules, PhraseScope, RequiredPhrase } from '../rules/local-rules';
import type { SeveritySetting } from '../rules/types';
import { parseMonthDay } from './office-options';
import type { MonthDay } from './office-options';
import { jsonErrorOf } from './options';

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
  if (!/\.json$/i.test(p)) return { problem: `「pack」应为规则包 .json 文件的相对路径，收到 ${JSON.stringify(pack)}，未被采用。` };
  // A leading separator, or a drive letter or URL scheme ("C:", "file:", "https:").
  if (/^([\\/]|[a-z][a-z0-9+.-]*:)/i.test(p) || p.includes('\u0000')) return { problem: `「pack」应为相对于本配置文件所在文件夹的路径，收到 ${JSON.stringify(pack)}，未被采用。` };
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
  if (text.length > PACK_LIMITS.chars) return { problems: [`规则包过大（超过 ${PACK_LIMITS.chars / 1024} KB），整个文件未被采用。`], unusable: true };
  const json = text.replace(/^\ufeff/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const { where, what } = jsonErrorOf(json, error);
    return { problems: [`规则包不是有效的 JSON${where}，整个文件未被采用：${what}`], unusable: true };
  }
  if (!isObject(raw)) return { problems: ['规则包应为一个 JSON 对象（{ … }），整个文件未被采用。'], unusable: true };
  const problems: Problems = [];
  for (const key of Object.keys(raw)) if (!PACK_KEYS.includes(key) && key !== '$schema') problems.push(`未知的项「${key}」，已忽略（可用的项：${PACK_KEYS.join('、')}）。`);
  if (raw.description !== undefined && typeof raw.description !== 'string') problems.push('「description」应为文字说明，已忽略。');
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
  problems.push(`「name」应为不超过 ${PACK_LIMITS.nameChars} 个字的名称，已改用文件名。`);
  return label;
}

function later(a: MonthDay, b: MonthDay): boolean {
  return a.month > b.month || (a.month === b.month && a.day > b.day);
}

function deadlinesOf(raw: unknown, problems: Problems): LocalRules['deadlines'] {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) { problems.push('「deadlines」应为 { "department": "01-20", "government": "03-15" }，已忽略。'); return undefined; }
  const out: { department?: MonthDay; government?: MonthDay } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'department' && key !== 'government') { problems.push(`deadlines 中未知的主体「${key}」，已忽略（只能是 department 或 government）。`); continue; }
    const day = typeof value === 'string' ? parseMonthDay(value) : undefined;
    const national = NATIONAL[key];
    if (!day) problems.push(`deadlines 中「${key}」应为“月-日”，如 "01-20"，收到 ${JSON.stringify(value)}，已忽略。`);
    else if (later(day, national)) problems.push(`deadlines 中「${key}」（${day.month}月${day.day}日）晚于法定期限（${national.month}月${national.day}日），已忽略：本地要求只能更早。`);
    else out[key] = day;
  }
  return out.department ?? out.government ? out : undefined;
}

function partOneOf(raw: unknown, problems: Problems): LocalRules['partOne'] {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) { problems.push('「partOne」应为 { "minChars": 800, "maxChars": 5000 }，已忽略。'); return undefined; }
  const out: { maxChars?: number; minChars?: number } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'maxChars' && key !== 'minChars') { problems.push(`partOne 中未知的项「${key}」，已忽略（只能是 minChars 或 maxChars）。`); continue; }
    if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= PACK_LIMITS.partOneChars) out[key] = value;
    else problems.push(`partOne 中「${key}」应为 1 至 ${PACK_LIMITS.partOneChars} 的整数（字数），收到 ${JSON.stringify(value)}，已忽略。`);
  }
  if (out.maxChars !== undefined && out.minChars !== undefined && out.minChars > out.maxChars) {
    problems.push(`partOne 中「minChars」（${out.minChars}）大于 maxChars（${out.maxChars}），已忽略 minChars。`);
    delete out.minChars;
  }
  return out.maxChars ?? out.minChars ? out : undefined;
}

function phrasesOf(raw: unknown, problems: Problems): RequiredPhrase[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) { problems.push('「phrases」应为列表：[{ "anyOf": ["…"], "part": 1 }]，已忽略。'); return undefined; }
  if (raw.length > PACK_LIMITS.phrases) problems.push(`「phrases」最多 ${PACK_LIMITS.phrases} 项，其余已忽略。`);
  const out: RequiredPhrase[] = [];
  for (const [i, entry] of raw.slice(0, PACK_LIMITS.phrases).entries()) {
    const phrase = phraseOf(entry, `「phrases」第 ${i + 1} 项`, problems);
    if (phrase) out.push(phrase);
  }
  return out.length > 0 ? out : undefined;
}

function phraseOf(entry: unknown, at: string, problems: Problems): RequiredPhrase | undefined {
  if (!isObject(entry)) { problems.push(`${at}应为 { "anyOf": ["…"], "part": 1 }，已忽略此项。`); return undefined; }
  for (const key of Object.keys(entry)) if (!PHRASE_KEYS.includes(key)) problems.push(`${at}中未知的项「${key}」，已忽略（可用的项：${PHRASE_KEYS.join('、')}）。`);
  const list: unknown = typeof entry.anyOf === 'string' ? [entry.anyOf] : entry.anyOf;
  const texts = Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p.trim() !== '' && p.length <= PACK_LIMITS.phraseChars).map((p) => p.trim()) : [];
  if (!Array.isArray(list) || texts.length === 0 || texts.length !== list.length || texts.length > PACK_LIMITS.alternatives) {
    problems.push(`${at}的「anyOf」应为 1 至 ${PACK_LIMITS.alternatives} 个不超过 ${PACK_LIMITS.phraseChars} 字的短语，已忽略此项。`);
    return undefined;
  }
  const scope = entry.part ?? 'any';
  const known = SCOPES.find((s) => s === scope);
  if (known === undefined) { problems.push(`${at}的「part」只能是 1 至 6、"preamble" 或 "any"，收到 ${JSON.stringify(entry.part)}，已忽略此项。`); return undefined; }
  if (entry.note === undefined) return { anyOf: texts, scope: known };
  if (typeof entry.note === 'string' && entry.note.trim() !== '' && entry.note.length <= PACK_LIMITS.noteChars) return { anyOf: texts, scope: known, note: entry.note.trim() };
  problems.push(`${at}的「note」应为不超过 ${PACK_LIMITS.noteChars} 字的说明，已忽略 note。`);
  return { anyOf: texts, scope: known };
}

function severitiesOf(raw: unknown, problems: Problems): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  if (raw === undefined) return out;
  if (!isObject(raw)) { problems.push('「rules」应为「规则 → 级别」的对象，已忽略。'); return out; }
  for (const [id, value] of Object.entries(raw)) {
    if (!findRule(id)) problems.push(`未知规则「${id}」，已忽略。`);
    else if (typeof value !== 'string' || !SEVERITIES.includes(value)) problems.push(`规则「${id}」的级别只能是 off、info、warning 或 error，已忽略。`);
    else out[id] = value as SeveritySetting;
  }
  return out;
}
