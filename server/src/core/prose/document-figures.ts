import type { FigureKind } from './figure-kinds';
import type { TextBefore } from './prefix-words';
import { anyOf, optional, wholeOf } from './words';

/**
 * Which figure of table 二 a clause names before a count of documents (件, 个, 部, 份): 规章 and
 * 行政规范性文件 made, in force or repealed by this body.
 */

/** Documents of other bodies (各部门, 所属…), and work on documents that is not making them (审核, 备案, 清理…). */
const OTHER_BODIES = ['各部门', '各乡', '各街道', '各单位', '各级', '所属', '下属', '县直', '市直', '区直'];
const OTHER_WORK = ['指导', '督促', '审核', '审查', '备案', '清理', '合法性', '征求', '起草', '修订', '修改', '解读', '评估', '报送', '会签', '联合'];
const NOT_THIS_BODYS_MAKING: readonly string[] = [...OTHER_BODIES, ...OTHER_WORK];

const THIS_BODY_OR_YEAR = anyOf(['本机关', '我局', '我委', '我办', '本单位', '全年', '本年度', '本年']);
const ISSUER = anyOf(['政府', '部门']);
/** The document type, captured: 规章, 行政规范性文件 or 规范性文件. */
const DOCUMENT_TYPE = `(${anyOf(['规章', '行政规范性文件', '规范性文件'])})`;
const ISSUED = wholeOf(optional(THIS_BODY_OR_YEAR), optional('新'), anyOf(['制发', '制定', '出台', '印发', '制作']), optional('并公开'), optional('的'), optional(ISSUER), DOCUMENT_TYPE);
const IN_FORCE = wholeOf(anyOf(['现行有效', '现行']), optional('的'), optional(ISSUER), DOCUMENT_TYPE);
const IN_FORCE_AFTER = wholeOf(optional(ISSUER), DOCUMENT_TYPE, '现行有效', optional('的'));
const REPEALED = wholeOf(optional(anyOf(['本年度', '本年'])), '废止', optional('的'), optional(ISSUER), DOCUMENT_TYPE);

type DocumentFigure = readonly [rules: FigureKind, normative: FigureKind];
const FIGURES: readonly (readonly [RegExp, DocumentFigure])[] = [
  [ISSUED, ['rules-issued', 'normative-issued']],
  [IN_FORCE, ['rules-in-force', 'normative-in-force']],
  [IN_FORCE_AFTER, ['rules-in-force', 'normative-in-force']],
  [REPEALED, ['rules-repealed', 'normative-repealed']],
];

/**
 * The character every document type holds (规章, 行政规范性文件, 规范性文件): a clause without it
 * names no document figure and is not read further (issue 17).
 */
export const DOCUMENT_NAME_CHARACTERS: readonly string[] = ['规'];

/** The figure of table 二 named by `clause` before a count of documents, or undefined. */
export function documentFigureNamed(clause: string, sentenceBefore: TextBefore): FigureKind | undefined {
  if (!DOCUMENT_NAME_CHARACTERS.some((c) => clause.includes(c))) return undefined;
  if (sentenceBefore.contains(NOT_THIS_BODYS_MAKING)) return undefined;
  for (const [pattern, [rules, normative]] of FIGURES) {
    const type = pattern.exec(clause)?.[1];
    if (type !== undefined) return type === '规章' ? rules : normative;
  }
  return undefined;
}
