import { EN } from './en';
import { ZH_CN } from './zh-cn';

export type MessageKey = keyof typeof ZH_CN;
export type MessageArgs = Readonly<Record<string, string | number>>;
/** Chinese is the primary language; English is the fallback for editors running in English. */
export type Locale = 'zh-cn' | 'en';

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { 'zh-cn': ZH_CN, en: EN };

/** The message for `key` in `locale`, with {placeholders} filled in. */
export function formatMessage(locale: Locale, key: MessageKey, args: MessageArgs = {}): string {
  const template = CATALOGUES[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** zh-cn for any Chinese locale tag, en for the rest. */
export function localeFrom(tag: string | undefined): Locale {
  return tag && /^zh/i.test(tag) ? 'zh-cn' : tag ? 'en' : 'zh-cn';
}
