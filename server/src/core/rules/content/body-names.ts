import type { ReportModel } from '../../model/types';
import type { OffsetRange } from '../../text/line-index';
import { normalizeLabel } from '../../text/normalize';
import { simplified } from '../../text/simplified';

/**
 * Names of government bodies, as the issuer rules read them: what kind of body a name ends with
 * (局, 委, 镇…) and the words such a body uses for itself (我局, 本镇…); the place and function of
 * a name (示例市 + 生态环境局); the body named in the 落款.
 */
export interface BodyKind {
  readonly id: string;
  /** Endings of the body's name, longest first within the kind. */
  readonly endings: readonly string[];
  /** How such a body calls itself; empty when the words are shared with others (我市 is said by every body of a city). */
  readonly selfWords: readonly string[];
}

/** In order: a longer, more specific ending is tried before a shorter one (镇人民政府 before 人民政府). */
export const BODY_KINDS: readonly BodyKind[] = [
  { id: 'street', endings: ['街道办事处', '街道办', '街道'], selfWords: ['我街道', '本街道'] },
  { id: 'town', endings: ['镇人民政府', '镇政府', '镇'], selfWords: ['我镇', '本镇'] },
  { id: 'township', endings: ['乡人民政府', '乡政府', '乡'], selfWords: ['我乡', '本乡'] },
  { id: 'office', endings: ['办公室', '办公厅'], selfWords: [] },
  { id: 'government', endings: ['人民政府', '政府', '市', '县', '区', '旗', '州', '省', '盟'], selfWords: [] },
  { id: 'bureau', endings: ['局'], selfWords: ['我局', '本局'] },
  { id: 'commission', endings: ['委员会', '管委会', '委'], selfWords: ['我委', '本委'] },
  { id: 'department', endings: ['厅'], selfWords: ['我厅', '本厅'] },
  { id: 'centre', endings: ['中心'], selfWords: ['我中心', '本中心'] },
];

/**
 * What may follow a self word when it is part of another word: 本局面, 我委托, 本乡镇, 乡村, 中心城区.
 * Such an occurrence is no self reference.
 */
export const NOT_SELF_AFTER: Readonly<Record<string, readonly string[]>> = {
  局: ['面', '势', '限', '促', '部', '长', '领导'],
  委: ['托', '屈', '婉', '曲', '员'],
  镇: ['压', '静', '定', '守', '痛'],
  乡: ['镇', '村', '土', '亲', '贤', '愁', '情', '音', '风', '间', '里', '下'],
  街道: ['办'],
  中心: ['城', '区', '镇', '工', '任', '环', '位', '地', '思', '组', '户', '村', '校'],
  厅: ['堂'],
};

/** The name as compared: simplified, NFKC, no spaces or quotes, "人民政府" as "政府". */
export function nameKey(name: string): string {
  return normalizeLabel(name).replace(/["“”()（）·\-—]/g, '').replace(/人民政府/g, '政府');
}

/** The body's name without page chrome in front ("Page 8 - 威海市文登区信访局" → "威海市文登区信访局"). */
export function cleanName(name: string): string {
  const m = /(?<![\u4e00-\u9fff（）()])[\u4e00-\u9fff（）()]+$/.exec(simplified(name).trim());
  return m ? m[0] : '';
}

export function kindOf(name: string): BodyKind | undefined {
  const n = cleanName(name);
  if (n.length < 2) return undefined;
  return BODY_KINDS.find((k) => k.endings.some((e) => n.endsWith(e) && n.length > e.length));
}

/** The place suffixes of Chinese administrative divisions, ordered as they nest. */
const PLACE_SUFFIXES = ['省', '自治区', '市', '州', '盟', '县', '区', '旗', '镇', '乡', '街道'];

export interface PlaceAndFunction {
  /** The places above it in the name: 威海市 of 威海市文登区财政局 ('' when the name starts with its own place). */
  readonly parent: string;
  /** The place's own name before its suffix: 示例 of 示例市, 文登 of 威海市文登区. */
  readonly name: string;
  /** The suffix: 市, 区, 镇… */
  readonly level: string;
  /** What the body is in that place: 生态环境局, 人民政府, 办事处. */
  readonly func: string;
}

/** The last place of a body's name and what follows it, when the function is specific (3+ characters). */
export function placeAndFunction(body: string): PlaceAndFunction | undefined {
  const n = cleanName(body);
  let best: { at: number; suffix: string } | undefined;
  for (const suffix of PLACE_SUFFIXES) {
    for (let at = n.indexOf(suffix); at >= 0; at = n.indexOf(suffix, at + 1)) {
      if (at > 0 && (!best || at > best.at)) best = { at, suffix };
    }
  }
  if (!best) return undefined;
  const func = n.slice(best.at + best.suffix.length);
  if (func.length < 3) return undefined;
  // The place's own name: back to the previous place suffix (威海市|文登|区).
  let start = 0;
  for (const suffix of PLACE_SUFFIXES) {
    const prev = n.lastIndexOf(suffix, best.at - 1);
    if (prev >= 0 && prev + suffix.length <= best.at - 1) start = Math.max(start, prev + suffix.length);
  }
  // "四平市铁东区人民政府解放街道": the street's name is 解放, not 人民政府解放.
  const own = n.slice(start, best.at);
  const name = own.replace(/^.*政府/, '');
  return name.length >= 1 ? { parent: n.slice(0, start), name, level: best.suffix, func } : undefined;
}

/** The body named in the 落款, if the lines between the content's end and the signature date name one. */
export function signatureBody(model: ReportModel): { text: string; range: OffsetRange } | undefined {
  const signature = model.dates.find((d) => d.kind === 'signature');
  if (!signature) return undefined;
  const from = model.contentEnd;
  const to = signature.date.range.start;
  if (to <= from) return undefined;
  const block = model.text.slice(from, to);
  // The last line that names something: "示例市生态环境局" (a date on its own line follows).
  let found: { text: string; range: OffsetRange } | undefined;
  let at = from;
  for (const line of block.split('\n')) {
    const m = /[\u4e00-\u9fff（）()]{2,40}/.exec(line);
    if (m) found = { text: m[0], range: { start: at + m.index, end: at + m.index + m[0].length } };
    at += line.length + 1;
  }
  if (!found) return undefined;
  return kindOf(found.text) !== undefined || /(院|所|站|队|馆|社|公司|部|署|会)$/.test(found.text) ? found : undefined;
}
