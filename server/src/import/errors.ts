import { formatMessage } from '../core/i18n/messages';
import type { Locale, MessageArgs, MessageKey } from '../core/i18n/messages';

/** Why a file could not be imported, as a catalogue message (said in Chinese first; exit code 2 in the CLI). */
export class ImportError extends Error {
  constructor(readonly key: MessageKey, readonly args: MessageArgs = {}) {
    super(key);
  }

  render(locale: Locale): string {
    return formatMessage(locale, this.key, this.args);
  }
}

/** Text of an XML part: UTF-8, or UTF-16 when it starts with a byte-order mark. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
