import { EN } from './en';
import { ZH_CN } from './zh-cn';

export type MessageKey = keyof typeof ZH_CN;
export type MessageArgs = Readonly<Record<string, string | number>>;
/** Chinese is the primary language; English is the fallback for editors running in English. */
export type Locale = 'zh-cn' | 'en';

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { 'zh-cn': ZH_CN, en: EN };

/** The message for `key` in `locale`, with {placeholders} filled in (one not given stays as written). */
export function formatMessage(locale: Locale, key: MessageKey, args: MessageArgs = {}): string {
  const template = CATALOGUES[locale][key];
  if (!template.includes('{')) return template;
  const parts = partsOf(template);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    out += (name in args ? String(args[name]) : `{${name}}`) + (parts[i + 1] ?? '');
  }
  return out;
}

/**
 * Each template split once at its {placeholders}: text at even indexes, placeholder names at odd
 * ones (issue 17: a regex replace with a callback per message was 1 % of the typical check).
 * The catalogues are fixed, so the cache is bounded by their size.
 */
const TEMPLATE_PARTS = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}

/** zh-cn for any Chinese locale tag, en for the rest. */
export function localeFrom(tag: string | undefined): Locale {
  return tag && /^zh/i.test(tag) ? 'zh-cn' : tag ? 'en' : 'zh-cn';
}
