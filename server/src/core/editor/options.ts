import type { Locale } from '../i18n/messages';
import { findRule } from '../rules';
import type { SeveritySetting } from '../rules/types';
import { isEraId } from '../format/eras';
import type { EraId, ReportLevel } from '../format/eras';
import type { FilePatterns } from './detect';
import { normaliseOfficeOptions } from './office-options';
import type { OfficeOptions } from './office-options';

/**
 * The user's options, from VS Code settings (`govreport.*`) or a `.govreportrc.json`; both have the
 * same shape: { enable, era, level, rules: {id: severity}, files: {glob: boolean} }.
 * One normaliser for both, so the editor and the CLI read them alike.
 */
export interface GovreportOptions {
  readonly enable: boolean;
  readonly era?: EraId | undefined;
  readonly level?: ReportLevel | undefined;
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly files: FilePatterns;
  /** The language of messages; the editor's display language when unset. */
  readonly locale?: Locale | undefined;
  /** The reviewing office's options (roster, aggregate, local deadlines): `govreport report`. */
  readonly office?: OfficeOptions | undefined;
}

export type PartialOptions = { -readonly [K in keyof GovreportOptions]?: GovreportOptions[K] };

export const DEFAULT_OPTIONS: GovreportOptions = { enable: true, severities: {}, files: {} };

export const RC_FILE_NAME = '.govreportrc.json';

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
const KEYS: readonly string[] = ['enable', 'era', 'level', 'locale', 'rules', 'files', 'office'];
/** Accepted without effect: the JSON schema reference; VS Code's `govreport.trace.server` (language client log). */
const IGNORED_KEYS: readonly string[] = ['$schema', 'trace'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads raw settings (already-parsed JSON) into options. Never throws: what is wrong is skipped and
 * described in `problems` (Chinese). `auto` / null / absent leave a key unset.
 */
export function normaliseOptions(raw: unknown): { options: PartialOptions; problems: string[]; unusable?: boolean | undefined } {
  const options: PartialOptions = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { options, problems };
  if (!isObject(raw)) return { options, problems: ['配置应为一个 JSON 对象（{ … }），整个文件未被采用。'], unusable: true };
  for (const key of Object.keys(raw)) if (!KEYS.includes(key) && !IGNORED_KEYS.includes(key)) problems.push(`未知选项「${key}」，已忽略（可用的选项：${KEYS.join('、')}）。`);
  if (raw.enable !== undefined) {
    if (typeof raw.enable === 'boolean') options.enable = raw.enable;
    else problems.push('enable 应为 true 或 false。');
  }
  if (raw.era !== undefined && raw.era !== null && raw.era !== 'auto') {
    if (isEraId(raw.era)) options.era = raw.era;
    else problems.push(`era 只能是 auto、2007、2019 或 2021，收到 ${JSON.stringify(raw.era)}。`);
  }
  if (raw.level !== undefined && raw.level !== null && raw.level !== 'auto') {
    if (raw.level === 'department' || raw.level === 'government') options.level = raw.level;
    else problems.push(`level 只能是 auto、department 或 government，收到 ${JSON.stringify(raw.level)}。`);
  }
  if (raw.locale !== undefined && raw.locale !== null && raw.locale !== 'auto') {
    if (raw.locale === 'zh-cn' || raw.locale === 'en') options.locale = raw.locale;
    else problems.push(`locale 只能是 auto、zh-cn 或 en，收到 ${JSON.stringify(raw.locale)}。`);
  }
  if (raw.rules !== undefined && raw.rules !== null) {
    if (!isObject(raw.rules)) problems.push('rules 应为「规则 → 级别」的对象。');
    else {
      const severities: Record<string, SeveritySetting> = {};
      for (const [id, value] of Object.entries(raw.rules)) {
        if (!findRule(id)) problems.push(`未知规则「${id}」。`);
        else if (typeof value !== 'string' || !SEVERITIES.includes(value)) problems.push(`规则「${id}」的级别只能是 off、info、warning 或 error。`);
        else severities[id] = value as SeveritySetting;
      }
      options.severities = severities;
    }
  }
  if (raw.files !== undefined && raw.files !== null) {
    if (!isObject(raw.files)) problems.push('files 应为「文件模式 → true/false」的对象。');
    else {
      const files: Record<string, boolean> = {};
      for (const [glob, value] of Object.entries(raw.files)) {
        if (typeof value === 'boolean') files[glob] = value;
        else problems.push(`files 中「${glob}」的值应为 true 或 false。`);
      }
      options.files = files;
    }
  }
  if (raw.office !== undefined && raw.office !== null) {
    const office = normaliseOfficeOptions(raw.office);
    options.office = office.office;
    problems.push(...office.problems);
  }
  return { options, problems };
}

/**
 * Parses the text of a `.govreportrc.json`. `unusable`: nothing of the file applies (not JSON, not
 * an object); otherwise what is wrong is skipped and the rest applies.
 */
export function parseRcText(text: string): { options: PartialOptions; problems: string[]; unusable?: boolean | undefined } {
  let raw: unknown;
  const json = text.replace(/^\ufeff/, '');
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(detail);
    const before = at ? json.slice(0, Number(at[1])).split('\n') : undefined;
    const where = before ? `（第 ${before.length} 行第 ${(before.at(-1) ?? '').length + 1} 列）` : '';
    return { options: {}, problems: [`${RC_FILE_NAME} 不是有效的 JSON${where}，整个文件未被采用：${detail}`], unusable: true };
  }
  return normaliseOptions(raw);
}

/** Later layers win key by key; rule severities and file patterns are merged. */
export function mergeOptions(base: GovreportOptions, ...layers: readonly PartialOptions[]): GovreportOptions {
  let out = base;
  for (const l of layers) {
    out = {
      enable: l.enable ?? out.enable,
      era: l.era ?? out.era,
      level: l.level ?? out.level,
      severities: { ...out.severities, ...l.severities },
      files: { ...out.files, ...l.files },
      locale: l.locale ?? out.locale,
      office: l.office ? { ...out.office, ...l.office } : out.office,
    };
  }
  return out;
}
