import { formatMessage } from '../i18n/messages';
import type { MessageArgs, MessageKey } from '../i18n/messages';

/**
 * A configuration problem's text. Always Chinese: the rc file and rule packs are the office's,
 * shared by everyone who opens the folder, whatever their editor's language.
 */
export function configText(key: MessageKey, args: MessageArgs = {}): string {
  return formatMessage('zh-cn', key, args);
}
