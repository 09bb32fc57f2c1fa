import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import type { SafeRead } from './safe-read';

/** Why a file was not read, as a phrase to put in a sentence (no final 。). */
export function describeSkip(result: Exclude<SafeRead, { ok: true }>, locale: Locale): string {
  switch (result.reason) {
    case 'missing':
      return formatMessage(locale, 'cli/not-found').replace(/[。.]$/, '');
    case 'special':
      return formatMessage(locale, 'files/special', { kind: formatMessage(locale, `files/kind.${result.kind}`) });
    case 'too-large':
      return formatMessage(locale, 'files/too-large', { size: Math.ceil(result.size / 1024 / 1024), max: Math.floor(result.max / 1024 / 1024) });
    case 'unreadable':
      return result.code === 'EACCES' || result.code === 'EPERM' ? formatMessage(locale, 'cli/reason.permission') : formatMessage(locale, 'files/unreadable', { code: result.code });
  }
}
