import type { Locale } from '../i18n/messages';
import { findRule } from '../rules';
import { DIRECTIVE_PROBLEM } from './disable-comments';
import type { SeveritySetting } from '../rules/types';
import { isEraId } from '../format/eras';
import type { EraId, ReportLevel } from '../format/eras';
import type { FilePatterns } from './detect';
import { compileGlob, GLOB_LIMITS } from './glob';
import type { GlobProblem } from './glob';
import { formatMessage } from '../i18n/messages';
import type { MessageKey } from '../i18n/messages';
import { normaliseOfficeOptions } from './office-options';
import { configText } from './config-text';
import type { OfficeOptions } from './office-options';
import type { LocalRules } from '../rules/local-rules';

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
  /** The editor checks as the user types (default) or only when the document is saved (markdownlint's `run: onSave`). */
  readonly run?: 'onType' | 'onSave' | undefined;
  /** While a document is being edited, findings on the line being typed wait until the user is done with it. */
  readonly focusMode?: boolean | undefined;
  /** A rule pack's path as the rc file names it (relative to that file's folder: docs/rule-packs.md). */
  readonly pack?: string | undefined;
  /** The local rules of that pack, once read (rc-lookup.ts reads it beside the rc file). */
  readonly local?: LocalRules | undefined;
}

export type PartialOptions = { -readonly [K in keyof GovreportOptions]?: GovreportOptions[K] };

export const DEFAULT_OPTIONS: GovreportOptions = { enable: true, severities: {}, files: {} };

export const RC_FILE_NAME = '.govreportrc.json';

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
const KEYS: readonly string[] = ['enable', 'era', 'level', 'locale', 'rules', 'files', 'office', 'run', 'focusMode', 'pack'];
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
  if (!isObject(raw)) return { options, problems: [configText('config/rc.not-object')], unusable: true };
  for (const key of Object.keys(raw)) if (!KEYS.includes(key) && !IGNORED_KEYS.includes(key)) problems.push(configText('config/rc.unknown-key', { key, keys: KEYS.join('、') }));
  if (raw.enable !== undefined) {
    if (typeof raw.enable === 'boolean') options.enable = raw.enable;
    else problems.push(configText('config/rc.enable'));
  }
  if (raw.era !== undefined && raw.era !== null && raw.era !== 'auto') {
    if (isEraId(raw.era)) options.era = raw.era;
    else problems.push(configText('config/rc.era', { got: JSON.stringify(raw.era) }));
  }
  if (raw.level !== undefined && raw.level !== null && raw.level !== 'auto') {
    if (raw.level === 'department' || raw.level === 'government') options.level = raw.level;
    else problems.push(configText('config/rc.level', { got: JSON.stringify(raw.level) }));
  }
  if (raw.locale !== undefined && raw.locale !== null && raw.locale !== 'auto') {
    if (raw.locale === 'zh-cn' || raw.locale === 'en') options.locale = raw.locale;
    else problems.push(configText('config/rc.locale', { got: JSON.stringify(raw.locale) }));
  }
  if (raw.run !== undefined && raw.run !== null) {
    if (raw.run === 'onType' || raw.run === 'onSave') options.run = raw.run;
    else problems.push(configText('config/rc.run', { got: JSON.stringify(raw.run) }));
  }
  if (raw.focusMode !== undefined && raw.focusMode !== null) {
    if (typeof raw.focusMode === 'boolean') options.focusMode = raw.focusMode;
    else problems.push(configText('config/rc.focus-mode'));
  }
  if (raw.rules !== undefined && raw.rules !== null) {
    const rules = severitiesOf(raw.rules);
    if (rules.severities) options.severities = rules.severities;
    problems.push(...rules.problems);
  }
  if (raw.files !== undefined && raw.files !== null) {
    const files = filePatternsOf(raw.files);
    if (files.files) options.files = files.files;
    problems.push(...files.problems);
  }
  if (raw.pack !== undefined && raw.pack !== null) {
    if (typeof raw.pack === 'string' && raw.pack.trim() !== '') options.pack = raw.pack.trim();
    else problems.push(configText('config/rc.pack'));
  }
  if (raw.office !== undefined && raw.office !== null) {
    const office = normaliseOfficeOptions(raw.office);
    options.office = office.office;
    problems.push(...office.problems);
  }
  return { options, problems };
}

/** The `rules` object: a severity per known rule id; anything else a problem. */
function severitiesOf(raw: unknown): { severities?: Record<string, SeveritySetting>; problems: string[] } {
  if (!isObject(raw)) return { problems: [configText('config/rc.rules')] };
  const problems: string[] = [];
  const severities: Record<string, SeveritySetting> = {};
  for (const [id, value] of Object.entries(raw)) {
    // Besides the rules, the warnings on disable comments can be set (as ESLint's unused-directive reporting).
    if (!findRule(id) && id !== DIRECTIVE_PROBLEM) problems.push(configText('config/rc.unknown-rule', { id }));
    else if (typeof value !== 'string' || !SEVERITIES.includes(value)) problems.push(configText('config/rc.severity', { id }));
    else severities[id] = value as SeveritySetting;
  }
  return { severities, problems };
}

/** The `files` object: patterns compiled within the glob limits, each mapped to true/false; the rest problems. */
function filePatternsOf(raw: unknown): { files?: Record<string, boolean>; problems: string[] } {
  if (!isObject(raw)) return { problems: [configText('config/rc.files')] };
  const problems: string[] = [];
  const files: Record<string, boolean> = {};
  const entries = Object.entries(raw);
  if (entries.length > GLOB_LIMITS.maxPatterns) problems.push(formatMessage('zh-cn', 'config/too-many-patterns', { count: entries.length, max: GLOB_LIMITS.maxPatterns }));
  for (const [glob, value] of entries.slice(0, GLOB_LIMITS.maxPatterns)) {
    const compiled = compileGlob(glob);
    if ('problem' in compiled) problems.push(patternProblem(glob, compiled.problem));
    else if (typeof value === 'boolean') files[glob] = value;
    else problems.push(configText('config/rc.files-value', { glob }));
  }
  return { files, problems };
}

/** A pattern that is not used, said with the pattern (cut to 60 characters) and the reason. */
function patternProblem(pattern: string, problem: GlobProblem): string {
  const shown = pattern.length > 60 ? `${pattern.slice(0, 60)}…` : pattern;
  const reason = problem.kind === 'empty' ? formatMessage('zh-cn', 'config/pattern.empty')
    : problem.kind === 'too-long' ? formatMessage('zh-cn', 'config/pattern.too-long', { length: problem.length, max: problem.max })
    : problem.kind === 'too-many-wildcards' ? formatMessage('zh-cn', 'config/pattern.too-many-wildcards', { count: problem.count, max: problem.max })
    : problem.kind === 'too-many-globstars' ? formatMessage('zh-cn', 'config/pattern.too-many-globstars', { count: problem.count, max: problem.max })
    : problem.kind === 'too-many-alternatives' ? formatMessage('zh-cn', 'config/pattern.too-many-alternatives', { max: problem.max })
    : formatMessage('zh-cn', 'config/pattern.invalid', { detail: problem.detail });
  return formatMessage('zh-cn', 'config/pattern', { pattern: shown, reason });
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
    const { where, what } = jsonErrorOf(json, error);
    return { options: {}, problems: [configText('config/rc.json', { file: RC_FILE_NAME, where, what })], unusable: true };
  }
  return normaliseOptions(raw);
}

/** Where JSON.parse failed on `json` ("（第 3 行第 5 列）") and why, in Chinese: for the rc file and rule packs alike. */
export function jsonErrorOf(json: string, error: unknown): { where: string; what: string } {
  const { offset, what } = describeJsonError(json, error instanceof Error ? error.message : String(error));
  const before = json.slice(0, offset).split('\n');
  return { where: formatMessage('zh-cn', 'config/json.where', { line: before.length, column: (before.at(-1) ?? '').length + 1 }), what };
}

/** What the JavaScript engine says of broken JSON (English), and what we say (Chinese). */
const JSON_ERRORS: readonly { readonly says: string; readonly key: MessageKey }[] = [
  { says: 'property name', key: 'config/json.property-name' },
  { says: "Expected ',' or '}'", key: 'config/json.comma-or-brace' },
  { says: "Expected ',' or ']'", key: 'config/json.comma-or-bracket' },
  { says: 'Unterminated string', key: 'config/json.unterminated-string' },
  { says: 'Bad control character', key: 'config/json.control-character' },
  { says: 'after JSON', key: 'config/json.trailing' },
  { says: 'end of JSON input', key: 'config/json.end' },
];

/**
 * Where JSON.parse failed (an offset into `json`) and why, in Chinese. The engine names the
 * position in most messages but not in all ("Unexpected token"): then it is the end of the
 * longest prefix that can still begin a valid JSON text, found by halving (the file is small).
 */
function describeJsonError(json: string, detail: string): { offset: number; what: string } {
  const said = /position (\d+)/.exec(detail);
  let offset = said ? Number(said[1]) : -1;
  if (offset < 0) {
    const viable = (n: number): boolean => {
      try {
        JSON.parse(json.slice(0, n));
        return true;
      } catch (e) {
        const m = e instanceof Error ? e.message : '';
        const at = /position (\d+)/.exec(m);
        return m.includes('end of JSON input') || (at !== null && Number(at[1]) >= n);
      }
    };
    let [lo, hi] = [0, json.length];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (viable(mid)) lo = mid;
      else hi = mid - 1;
    }
    offset = Math.min(lo, json.length);
  }
  const known = JSON_ERRORS.find((e) => detail.includes(e.says));
  const char = json.charAt(offset);
  const what = known ? formatMessage('zh-cn', known.key) : formatMessage('zh-cn', 'config/json.unexpected', { char: char === '' ? configText('config/json.end-of-file') : char });
  return { offset, what };
}

function optional<K extends 'run' | 'focusMode' | 'pack' | 'local'>(key: K, value: GovreportOptions[K]): Partial<Pick<GovreportOptions, K>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Pick<GovreportOptions, K>>);
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
      // Editor-only options appear only when set, so the options stay as they were without them.
      ...optional('run', l.run ?? out.run),
      ...optional('focusMode', l.focusMode ?? out.focusMode),
      // A nearer rc's pack replaces a farther one's whole, even one that could not be used (packs are not merged).
      ...optional('pack', l.pack ?? out.pack),
      ...optional('local', l.pack === undefined ? out.local : l.local),
      office: l.office ? { ...out.office, ...l.office } : out.office,
    };
  }
  return out;
}
