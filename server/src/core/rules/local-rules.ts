/**
 * Local rules: what a rule pack (a JSON file named by `.govreportrc.json`'s `pack`) adds to the
 * national format for one place — a 省 that wants departments' reports by 1月20日, a 市 that caps
 * part 一 or requires certain words in it. The pack is read and validated by
 * `editor/rule-pack.ts`; the rules that use it (date/local-deadline, content/part-one-length,
 * content/required-phrase) do nothing without one. A pack's per-rule severities go into the
 * ordinary severities.
 */

/** A day of the year after the report's (the shape of editor/office-options.ts MonthDay, which rules may not import). */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** Where a required phrase must stand: a part (1–6), the text before part 一, or anywhere in the report. */
export type PhraseScope = 1 | 2 | 3 | 4 | 5 | 6 | 'preamble' | 'any';

export interface RequiredPhrase {
  /** Any one of these literal strings satisfies the requirement (compared after simplification, spaces ignored). */
  readonly anyOf: readonly string[];
  readonly scope: PhraseScope;
  /** What the local 通报 or notice requires, shown in the message ("市政务公开办要求写明…"). */
  readonly note?: string | undefined;
}

export interface LocalRules {
  /** The pack's name, shown in messages ("示例市2024年度年报编制要求"). */
  readonly name: string;
  /** Local publication deadlines (month and day of the year after the report's), earlier than the national ones. */
  readonly deadlines?: { readonly department?: MonthDay | undefined; readonly government?: MonthDay | undefined } | undefined;
  /** Limits on the length of part 一 in characters (spaces, tables and Markdown marks not counted). */
  readonly partOne?: { readonly maxChars?: number | undefined; readonly minChars?: number | undefined } | undefined;
  readonly phrases?: readonly RequiredPhrase[] | undefined;
}
