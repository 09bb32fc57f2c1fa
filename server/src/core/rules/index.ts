import { afterDeadline } from './date/after-deadline';
import { beforePeriodEnd } from './date/before-period-end';
import { yearMismatch } from './date/year-mismatch';
import { missingItem } from './content/missing-item';
import { placeholder } from './content/placeholder';
import { carriedOver } from './cross-year/carried-over';
import { inForce } from './cross-year/in-force';
import { repeatedText } from './cross-year/repeated-text';
import { breakdownSum } from './prose/breakdown-sum';
import { percentage } from './prose/percentage';
import { tableMismatch } from './prose/table-mismatch';
import { duplicatePart } from './structure/duplicate-part';
import { emptyPart } from './structure/empty-part';
import { headingVariant } from './structure/heading-variant';
import { missingPart } from './structure/missing-part';
import { missingTable } from './structure/missing-table';
import { partNumbering } from './structure/part-numbering';
import { partOrder } from './structure/part-order';
import { preambleParts } from './structure/preamble-parts';
import { textCutOff } from './structure/text-cut-off';
import { unknownHeading } from './structure/unknown-heading';
import { cellValue } from './table/cell-value';
import { extraRow } from './table/extra-row';
import { missingColumn } from './table/missing-column';
import { missingRow } from './table/missing-row';
import { outdatedTemplate } from './table/outdated-template';
import { pendingTotal } from './table/pending-total';
import { relation } from './table/relation';
import { softCheck } from './table/soft-check';
import { wrongCell } from './table/wrong-cell';
import { unreadable } from './table/unreadable';
import { unfilled } from './table/unfilled';
import { labelVariant } from './table/label-variant';
import { claimsAllHandled } from './prose/claims-all-handled';
import { claimsNoFees } from './prose/claims-no-fees';
import { claimsAllUpheld } from './prose/claims-all-upheld';
import { claimsNoApplications } from './prose/claims-no-applications';
import { claimsNoCases } from './prose/claims-no-cases';
import { signatureIssuer } from './content/signature-issuer';
import { doubledWord } from './prose/doubled-word';
import { halfWidthPunctuation } from './prose/half-width-punctuation';
import { unbalancedBrackets } from './prose/unbalanced-brackets';
import { malformedDate } from './date/malformed-date';
import { partOneTopics } from './content/part-one-topics';
import { problemsAndMeasures } from './content/problems-and-measures';
import { feeStatement } from './content/fee-statement';
import { issuerMissing } from './content/issuer-missing';
import { repeatedProblems } from './cross-year/repeated-problems';
import { issuerMismatch } from './content/issuer-mismatch';
import { titleYear } from './date/title-year';
import { missingAttachment } from './structure/missing-attachment';
import { emptyTable } from './structure/empty-table';
import { localDeadline } from './date/local-deadline';
import { partOneLength } from './content/part-one-length';
import { requiredPhrase } from './content/required-phrase';
import { isPairRule } from './types';
import type { AnyRule, PairRule, Rule } from './types';

/**
 * The one registry: every rule, in a fixed order (bundling rules out scanning folders; the order
 * keeps output deterministic). The rules over two reports (`pair: true`, category cross-year) come
 * last; they run only when the previous year's report is given (core/analyze.ts `addCrossYear`).
 */
export const RULES: readonly AnyRule[] = [
  missingPart,
  duplicatePart,
  partOrder,
  partNumbering,
  headingVariant,
  unknownHeading,
  emptyPart,
  missingTable,
  preambleParts,
  textCutOff,
  missingItem,
  yearMismatch,
  beforePeriodEnd,
  afterDeadline,
  breakdownSum,
  percentage,
  tableMismatch,
  outdatedTemplate,
  missingRow,
  missingColumn,
  extraRow,
  cellValue,
  wrongCell,
  relation,
  softCheck,
  unreadable,
  unfilled,
  labelVariant,
  pendingTotal,
  placeholder,
  // What reviewers cite (issue 15): statements against the tables, content the 2021 format
  // requires, the issuing body, careless text.
  claimsAllHandled,
  claimsNoFees,
  claimsAllUpheld,
  claimsNoApplications,
  claimsNoCases,
  signatureIssuer,
  doubledWord,
  halfWidthPunctuation,
  unbalancedBrackets,
  malformedDate,
  partOneTopics,
  problemsAndMeasures,
  feeStatement,
  issuerMissing,
  issuerMismatch,
  titleYear,
  missingAttachment,
  emptyTable,
  localDeadline,
  partOneLength,
  requiredPhrase,
  carriedOver,
  inForce,
  repeatedText,
  repeatedProblems,
];

/** The rules over one report, in registry order. */
export const REPORT_RULES: readonly Rule[] = RULES.filter((r): r is Rule => !isPairRule(r));

/** The rules over this year's and the previous year's report, in registry order. */
export const PAIR_RULES: readonly PairRule[] = RULES.filter(isPairRule);

/** A rule by id. */
export function findRule(id: string): AnyRule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
