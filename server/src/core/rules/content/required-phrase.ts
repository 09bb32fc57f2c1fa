import type { ReportModel } from '../../model/types';
import type { OffsetRange } from '../../text/line-index';
import { simplified } from '../../text/simplified';
import type { PhraseScope } from '../local-rules';
import type { Rule, RuleContext } from '../types';
import { isComplete, isLastComplete, sectionPart } from './part-text';

/**
 * Phrases a rule pack requires (`phrases`): 人大代表建议和政协提案办理结果公开情况 in part 六, the
 * download address in the preamble… Each requirement is met by any one of its phrases, compared
 * with spaces ignored and traditional characters simplified. Reported at the part's heading (the
 * title for the preamble or the whole report); a part that is missing or cut off is not judged.
 */
export const requiredPhrase: Rule = {
  meta: { id: 'content/required-phrase', title: '缺少本地要求的内容', category: 'content', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report, local }) {
    for (const phrase of local?.phrases ?? []) {
      const place = scopeOf(model, phrase.scope);
      if (!place) continue;
      const text = squeeze(model.text.slice(place.range.start, place.range.end));
      if (phrase.anyOf.some((p) => text.includes(squeeze(p)))) continue;
      report({
        range: place.at,
        message: t(phrase.note === undefined ? 'content/required-phrase' : 'content/required-phrase.note', { where: whereOf(t, phrase.scope), phrase: phrase.anyOf.join(t('content/required-phrase.or')), note: phrase.note ?? '', pack: local?.name ?? '' }),
        data: { phrase: [...phrase.anyOf], ...(typeof phrase.scope === 'number' ? { section: phrase.scope } : {}) },
      });
    }
  },
};

const squeeze = (s: string): string => simplified(s).replace(/[\s\u3000]/g, '');

/** The text a requirement is looked for in, and where to report it; undefined when it cannot be judged. */
function scopeOf(model: ReportModel, scope: PhraseScope): { range: OffsetRange; at: OffsetRange } | undefined {
  const top = model.title?.range ?? { start: 0, end: 0 };
  if (scope === 'any') return model.cutOff ? undefined : { range: { start: 0, end: model.text.length }, at: top };
  if (scope === 'preamble') return model.parts.length > 0 ? { range: model.preamble, at: top } : undefined;
  const part = sectionPart(model, scope);
  if (!part || !(scope === 6 ? isLastComplete(model, part) : isComplete(model, part))) return undefined;
  return { range: { start: part.part.heading.range.start, end: part.part.body.end }, at: part.part.heading.range };
}

function whereOf(t: RuleContext['t'], scope: PhraseScope): string {
  if (scope === 'any') return t('content/required-phrase.anywhere');
  if (scope === 'preamble') return t('content/required-phrase.preamble');
  return t('content/required-phrase.part', { numeral: '一二三四五六'.charAt(scope - 1) });
}

