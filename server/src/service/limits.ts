import type { Locale } from '../core/i18n/messages';
import type { Finding } from '../core/rules/types';

/**
 * What the editor does not check: a document longer than MAX_CHECKED_LENGTH characters (about 1.5 MB of Chinese text, 50 times
 * the longest real report; the check is linear, about 35 µs per KB, but a 10 MB file on every keystroke is not a report being written) and a
 * binary document (NUL bytes or many control characters near the start). Either gets one clear
 * information diagnostic (`runner/not-checked`) instead of a slow or meaningless check.
 */
export const MAX_CHECKED_LENGTH = 500_000;

export const NOT_CHECKED_RULE = 'runner/not-checked';

/** Kept here rather than in the rule catalogues: this is the editor's notice, not a rule's finding. */
const MESSAGES: Record<Locale, { tooLarge: string; binary: string }> = {
  'zh-cn': {
    tooLarge: '文档过大（{size}字符），超过编辑器内检查的上限（{limit}字符），未检查。可在终端运行 govreport check 检查该文件。',
    binary: '文档含有二进制内容（如 NUL 字符），不是文本报告，未检查。请先另存为 .txt 或 .md。',
  },
  en: {
    tooLarge: 'The document is too large ({size} characters; the limit in the editor is {limit}) and was not checked. Run govreport check on it in a terminal.',
    binary: 'The document has binary content (such as NUL characters); it is not a text report and was not checked. Save it as .txt or .md first.',
  },
};

export type NotChecked = 'too-large' | 'binary';

/** Why a document is not checked, or undefined when it is checked as usual. Looks at the first 8 K characters only for binary content. */
export function notCheckedReason(text: string): NotChecked | undefined {
  if (text.length > MAX_CHECKED_LENGTH) return 'too-large';
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'binary';
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > n / 10 ? 'binary' : undefined;
}


/** The one finding that says so, at the start of the document. */
export function notCheckedFinding(reason: NotChecked, length: number, locale: Locale): Finding {
  const m = MESSAGES[locale];
  const message = reason === 'binary' ? m.binary : m.tooLarge.replace('{size}', length.toLocaleString('en-US')).replace('{limit}', MAX_CHECKED_LENGTH.toLocaleString('en-US'));
  return { rule: NOT_CHECKED_RULE, severity: 'info', message, range: { start: 0, end: 0 } };
}
