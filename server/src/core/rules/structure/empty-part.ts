import { sectionsOf } from '../../model/sections-of';
import { isChromeLine } from '../../model/chrome';
import type { Rule } from '../types';

const NOTHING = /^[无暂无略。.\s]*$/;

/** The text of a part without headings' decoration, blank lines and page chrome. */
function contentOf(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => !isChromeLine(line))
    .join('')
    .replace(/[\s\u3000#*|>_-]/g, '');
}

/** A character that contentOf keeps and that is not 无/暂无/略 or a full stop. */
const SUBSTANTIVE = /[^\s\u3000#*|>_\-无暂略。.]/g;

/**
 * Whether the part has real content: a character other than 无/暂无/略 on a line that is not page
 * chrome. The usual answer, found at the first such character without building contentOf.
 */
function hasSubstance(text: string): boolean {
  SUBSTANTIVE.lastIndex = 0;
  for (let m = SUBSTANTIVE.exec(text); m; m = SUBSTANTIVE.exec(text)) {
    let start = m.index;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    let end = m.index;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (!isChromeLine(text.slice(start, end))) return true;
    SUBSTANTIVE.lastIndex = end;
  }
  return false;
}

/** A part needs content; only 六 may say 无/暂无. Parts that need a table are left to structure/missing-table. */
export const emptyPart: Rule = {
  meta: { id: 'structure/empty-part', title: '部分没有内容', category: 'structure', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const { part, section } of sectionsOf(model)) {
      if (!section || section.requiresTable) continue;
      const body = model.text.slice(part.body.start, part.body.end);
      if (hasSubstance(body)) continue;
      const content = contentOf(body);
      const args = { numeral: section.numeral, title: part.heading.title, content };
      if (content === '') {
        report({ range: part.heading.range, message: t('structure/empty-part', args), data: { section: section.number } });
      } else if (!section.mayBeNone && NOTHING.test(content) && /无|略/.test(content)) {
        report({ range: part.heading.range, message: t('structure/empty-part.none', args), data: { section: section.number } });
      }
    }
  },
};
