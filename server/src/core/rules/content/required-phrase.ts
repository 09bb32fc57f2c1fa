import type { ReportModel } from '../../model/types';
import type { OffsetRange } from '../../text/line-index';
import { simplified } from '../../text/simplified';
import type { PhraseScope } from '../local-rules';
import type { Rule, RuleContext } from '../types';
import { isComplete, isLastComplete, sectionPart } from './part-text';

/**
 * Phrases a rule pack requires (`phrases`): a 市 that wants 政务公开工作要点 named in part 一, the
 * 人大代表建议和政协提案办理结果公开 in part 六. Each requirement is met by any one of its literal
 * phrases, compared with white space ignored and traditional characters simplified (no pattern of
 * the pack is ever compiled). Reported at the part's heading (the title for the opening or the
 * whole report); a part that is missing or cut off is not judged (structure rules say so).
 */
export const requiredPhrase: Rule = {
  meta: { id: 'content/required-phrase', title: '缺少本地要求写明的内容', category: 'content', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report, local }) {
    for (const phrase of local?.phrases ?? []) {
      const place = placeOf(model, phrase.scope);
      if (!place) continue;
      const text = squeeze(model.text.slice(place.range.start, place.range.end));
      if (phrase.anyOf.some((p) => text.includes(squeeze(p)))) continue;
      const args = { where: whereOf(t, phrase.scope), phrase: phrase.anyOf.join(t('content/required-phrase.or')), note: phrase.note ?? '', pack: local?.name ?? '' };
      report({
        range: place.at,
        message: t(phrase.note === undefined ? 'content/required-phrase' : 'content/required-phrase.note', args),
        data: { phrase: [...phrase.anyOf], scope: phrase.scope },
      });
    }
  },
};

/** White space (line breaks inside a phrase, ideographic spaces) ignored, traditional characters simplified. */
const squeeze = (s: string): string => simplified(s).replace(/[\s\u3000]/g, '');

/** The text a requirement is looked for in, and where it is reported; undefined when it cannot be judged. */
function placeOf(model: ReportModel, scope: PhraseScope): { range: OffsetRange; at: OffsetRange } | undefined {
  const top = model.title?.range ?? { start: 0, end: 0 };
  if (scope === 'any') return model.cutOff ? undefined : { range: { start: 0, end: model.text.length }, at: top };
  if (scope === 'preamble') return model.parts.length > 0 ? { range: model.preamble, at: top } : undefined;
  // The 2007 条例's six items are not the six parts: a numbered requirement is about the 2019 format.
  if (model.era.id === '2007') return undefined;
  const part = sectionPart(model, scope);
  if (!part || !(scope === 6 ? isLastComplete(model, part) : isComplete(model, part))) return undefined;
  return { range: { start: part.part.heading.range.start, end: part.part.body.end }, at: part.part.heading.range };
}

function whereOf(t: RuleContext['t'], scope: PhraseScope): string {
  if (scope === 'any') return t('content/required-phrase.anywhere');
  if (scope === 'preamble') return t('content/required-phrase.preamble');
  return t('content/required-phrase.part', { numeral: '一二三四五六'.charAt(scope - 1) });
}
