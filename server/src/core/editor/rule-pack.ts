import { findRule } from '../rules';
import type { LocalRules, MonthDay, PhraseScope, RequiredPhrase } from '../rules/local-rules';
import type { SeveritySetting } from '../rules/types';

/**
 * A rule pack: a JSON file of local rules that `.govreportrc.json` names (`"pack": "规则包/示例市.json"`,
 * relative to the rc file's folder). It may set local deadlines, limits on part 一's length,
 * required phrases and per-rule severities (schemas/govreport-pack.schema.json, docs/rule-packs.md).
 * A pack is untrusted data like the rc: every value is checked, sizes are bounded, and what is
 * wrong is skipped and said in Chinese, never thrown; a pack that cannot be used at all changes
 * nothing.
 */
export interface RulePack {
  readonly local: LocalRules;
  readonly severities: Readonly<Record<string, SeveritySetting>>;
}

/** Bounds on a pack: its size, how many phrases, how long a text may be. */
export const PACK_LIMITS = { chars: 262_144, phrases: 100, alternatives: 20, phraseChars: 200, nameChars: 100, noteChars: 300, maxPartOneChars: 1_000_000 } as const;

const PACK_KEYS: readonly string[] = ['$schema', 'name', 'description', 'deadlines', 'partOne', 'phrases', 'rules'];
const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
/** The national deadlines (条例 art. 49): a local one may only be earlier. */
const NATIONAL: Readonly<Record<'department' | 'government', MonthDay>> = { department: { month: 1, day: 31 }, government: { month: 3, day: 31 } };
const DAYS_IN_MONTH: readonly number[] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Where a pack named in an rc file lies: relative to the rc file's folder, a .json file. Absolute
 * paths, URLs and other file types are refused (the rc travels with the reports; a pack elsewhere
 * on the machine would make the check differ from one computer to the next).
 */
export function packPath(rcPath: string, pack: string): { path: string } | { problem: string } {
  const p = pack.trim();
  if (!/\.json$/i.test(p)) return { problem: `pack 应为 .json 文件的相对路径，收到 ${JSON.stringify(pack)}。` };
  if (/^([\\/]|[A-Za-z]:|[a-z][a-z0-9+.-]*:)/i.test(p) || p.includes('\u0000')) return { problem: `pack 应为相对于本配置文件所在文件夹的路径，收到 ${JSON.stringify(pack)}。` };
  const cut = Math.max(rcPath.lastIndexOf('/'), rcPath.lastIndexOf('\\'));
  const folder = cut < 0 ? '.' : rcPath.slice(0, cut);
  return { path: normalisePath(`${folder}/${p.replace(/\\/g, '/')}`) };
}

/** "/a/b/../c/./d.json" → "/a/c/d.json" (pure string work, as the rc lookup does). */
function normalisePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..' && out.at(-1) !== '') out.pop();
    else out.push(part);
  }
  return out.join('/') || '/';
}

/** Reads a pack's text. `label` names the file in problems. Never throws. */
export function parseRulePack(text: string, label: string): { pack?: RulePack | undefined; problems: string[] } {
  const say = (problem: string): string => `规则包「${label}」：${problem}`;
  if (text.length > PACK_LIMITS.chars) return { problems: [say(`文件过大（超过 ${PACK_LIMITS.chars / 1024} KB），未被采用。`)] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    // Only where, never what: a pack path could point at any file, whose text must not reach a message.
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const before = at ? text.replace(/^\ufeff/, '').slice(0, Number(at[1])).split('\n') : undefined;
    const where = before ? `（第 ${before.length} 行第 ${(before.at(-1) ?? '').length + 1} 列）` : '';
    return { problems: [say(`不是有效的 JSON${where}，未被采用。`)] };
  }
  if (!isObject(raw)) return { problems: [say('应为一个 JSON 对象（{ … }），未被采用。')] };
  const problems: string[] = [];
  for (const key of Object.keys(raw)) if (!PACK_KEYS.includes(key)) problems.push(say(`未知的项「${key}」，已忽略（可用的项：${PACK_KEYS.filter((k) => k !== '$schema').join('、')}）。`));
  const name = nameOf(raw.name, label, problems, say);
  const local: { -readonly [K in keyof LocalRules]: LocalRules[K] } = { name };
  const deadlines = deadlinesOf(raw.deadlines, problems, say);
  if (deadlines) local.deadlines = deadlines;
  const partOne = partOneOf(raw.partOne, problems, say);
  if (partOne) local.partOne = partOne;
  const phrases = phrasesOf(raw.phrases, problems, say);
  if (phrases) local.phrases = phrases;
  return { pack: { local, severities: severitiesOf(raw.rules, problems, say) }, problems };
}

type Say = (problem: string) => string;

function nameOf(raw: unknown, label: string, problems: string[], say: Say): string {
  if (raw === undefined) return label;
  if (typeof raw === 'string' && raw.trim() !== '' && raw.length <= PACK_LIMITS.nameChars) return raw.trim();
  problems.push(say(`name 应为不超过 ${PACK_LIMITS.nameChars} 个字的名称，已改用文件名。`));
  return label;
}

/** "01-26", "1-26", "1月26日" → {month: 1, day: 26}. */
function monthDay(text: string): MonthDay | undefined {
  const m = /^\s*(\d{1,2})\s*(?:-|\/|月)\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!m) return undefined;
  const [month, day] = [Number(m[1]), Number(m[2])];
  const max = DAYS_IN_MONTH[month - 1];
  return max !== undefined && day >= 1 && day <= max ? { month, day } : undefined;
}

function deadlinesOf(raw: unknown, problems: string[], say: Say): LocalRules['deadlines'] {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) { problems.push(say('deadlines 应为 { "department": "01-26", "government": "03-20" }。')); return undefined; }
  const out: { department?: MonthDay; government?: MonthDay } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'department' && key !== 'government') { problems.push(say(`deadlines 中未知的主体「${key}」（只能是 department 或 government）。`)); continue; }
    const day = typeof value === 'string' ? monthDay(value) : undefined;
    const national = NATIONAL[key];
    if (!day) problems.push(say(`deadlines.${key} 应为“月-日”，如 "01-26"，收到 ${JSON.stringify(value)}。`));
    else if (day.month > national.month || (day.month === national.month && day.day > national.day)) problems.push(say(`deadlines.${key}（${day.month}月${day.day}日）晚于法定期限（${national.month}月${national.day}日），已忽略：本地要求只能更早。`));
    else out[key] = day;
  }
  return out.department ?? out.government ? out : undefined;
}

function partOneOf(raw: unknown, problems: string[], say: Say): LocalRules['partOne'] {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) { problems.push(say('partOne 应为 { "maxChars": 3000 }。')); return undefined; }
  const out: { maxChars?: number; minChars?: number } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'maxChars' && key !== 'minChars') { problems.push(say(`partOne 中未知的项「${key}」（只能是 maxChars 或 minChars）。`)); continue; }
    if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= PACK_LIMITS.maxPartOneChars) out[key] = value;
    else problems.push(say(`partOne.${key} 应为正整数（字数），收到 ${JSON.stringify(value)}。`));
  }
  if (out.maxChars !== undefined && out.minChars !== undefined && out.minChars > out.maxChars) {
    problems.push(say(`partOne.minChars（${out.minChars}）大于 maxChars（${out.maxChars}），已忽略 minChars。`));
    delete out.minChars;
  }
  return out.maxChars ?? out.minChars ? out : undefined;
}

const SCOPES: readonly PhraseScope[] = [1, 2, 3, 4, 5, 6, 'preamble', 'any'];

function phrasesOf(raw: unknown, problems: string[], say: Say): RequiredPhrase[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) { problems.push(say('phrases 应为列表：[{ "anyOf": ["…"], "part": 6 }]。')); return undefined; }
  if (raw.length > PACK_LIMITS.phrases) problems.push(say(`phrases 最多 ${PACK_LIMITS.phrases} 项，其余已忽略。`));
  const out: RequiredPhrase[] = [];
  for (const [i, entry] of raw.slice(0, PACK_LIMITS.phrases).entries()) {
    const at = `phrases 第 ${i + 1} 项`;
    if (!isObject(entry)) { problems.push(say(`${at}应为 { "anyOf": ["…"], "part": 6 }。`)); continue; }
    for (const key of Object.keys(entry)) if (!['anyOf', 'part', 'note'].includes(key)) problems.push(say(`${at}中未知的项「${key}」（可用的项：anyOf、part、note）。`));
    const list = typeof entry.anyOf === 'string' ? [entry.anyOf] : entry.anyOf;
    const texts = Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p.trim() !== '' && p.length <= PACK_LIMITS.phraseChars).map((p) => p.trim()) : [];
    if (!Array.isArray(list) || texts.length === 0 || texts.length !== list.length || texts.length > PACK_LIMITS.alternatives) {
      problems.push(say(`${at}的 anyOf 应为 1 至 ${PACK_LIMITS.alternatives} 个不超过 ${PACK_LIMITS.phraseChars} 字的短语，已忽略此项。`));
      continue;
    }
    const scope = entry.part ?? 'any';
    if (!SCOPES.includes(scope as PhraseScope)) { problems.push(say(`${at}的 part 只能是 1 至 6、"preamble" 或 "any"，收到 ${JSON.stringify(entry.part)}，已忽略此项。`)); continue; }
    let note: string | undefined;
    if (entry.note !== undefined) {
      if (typeof entry.note === 'string' && entry.note.trim() !== '' && entry.note.length <= PACK_LIMITS.noteChars) note = entry.note.trim();
      else problems.push(say(`${at}的 note 应为不超过 ${PACK_LIMITS.noteChars} 字的说明，已忽略 note。`));
    }
    out.push({ anyOf: texts, scope: scope as PhraseScope, ...(note === undefined ? {} : { note }) });
  }
  return out.length > 0 ? out : undefined;
}

function severitiesOf(raw: unknown, problems: string[], say: Say): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  if (raw === undefined) return out;
  if (!isObject(raw)) { problems.push(say('rules 应为「规则 → 级别」的对象。')); return out; }
  for (const [id, value] of Object.entries(raw)) {
    if (!findRule(id)) problems.push(say(`未知规则「${id}」。`));
    else if (typeof value !== 'string' || !SEVERITIES.includes(value)) problems.push(say(`规则「${id}」的级别只能是 off、info、warning 或 error。`));
    else out[id] = value as SeveritySetting;
  }
  return out;
}
