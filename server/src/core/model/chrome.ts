/**
 * Page chrome: what a web page, a PDF export or a CMS adds around a report (navigation, print
 * buttons, attachment lists, page numbers). It is never part of the report's content, so it is
 * never a heading, a part body or a signature.
 */
const CHROME_LINE = new RegExp(
  [
    '^[|\\s]*$',
    '^(上一篇|下一篇|附件下载|相关链接|相关附件|相关阅读|相关文章|责任编辑|分享到|扫一扫|打印本页|关闭本页|关闭窗口|返回顶部|【打印|【关闭)',
    '^.{0,12}(扫描|扫码).{0,12}二维码',
    '^更多精彩内容',
    '^(您当前的位置|当前位置)',
    '^(浏览次数|点击数|点击率|阅读次数|字体)[:：]',
    '\\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar)\\s*\\|?$',
    '^[-—–]\\s*\\d+\\s*[-—–]$',
    '^第\\s*\\d+\\s*页(\\s*(?:[/／,，]\\s*)?共\\s*\\d+\\s*页)?$',
    '^!\\[.*\\]\\(.*\\)\\s*\\|?$',
  ].join('|'),
  'i',
);

/** Whether a whole line is page chrome (not report content). */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  // Chrome is a short line of its own; a long line that merely ends with "扫描二维码…" is content.
  return t.length <= MAX_CHROME_LINE && CHROME_LINE.test(t);
}

const MAX_CHROME_LINE = 100;

/** Chrome that pages append at the end of a line of content ("…2017年2月23日 | 下一篇:"). */
// eslint-disable-next-line regexp/no-super-linear-move -- searched only in a line's last TRAILING_CHROME_WINDOW characters (below): bounded
const TRAILING_CHROME = /(?:[\s\u3000]*(?:\||(?:上一篇|下一篇)[:：]?|【[^】\n]{1,6}】|打印本页|关闭本页|关闭窗口|返回顶部))+[\s\u3000]*$/;

/** Page chrome at a line end is short; looking further back would make the search quadratic in a long run of "|" or spaces. */
const TRAILING_CHROME_WINDOW = 400;

/** The length of `line` without the page chrome appended to its end. */
export function withoutTrailingChrome(line: string): string {
  if (line.length <= TRAILING_CHROME_WINDOW) return line.replace(TRAILING_CHROME, '');
  const cut = line.length - TRAILING_CHROME_WINDOW;
  return line.slice(0, cut) + line.slice(cut).replace(TRAILING_CHROME, '');
}
