/**
 * Local rules: what a rule pack (a JSON file named by `.govreportrc.json`'s `pack`) adds to the
 * national format for one place — a 市 that wants reports by 1月26日, part 一 under 3,000
 * characters, certain phrases. The pack is read and validated by `editor/rule-pack.ts`; the rules
 * that use it (date/local-deadline, content/part-one-length, content/required-phrase) do nothing
 * without one. Per-rule severities of a pack go into the ordinary severities.
 */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** Where a required phrase must stand: a part (1–6), the preamble, or anywhere in the report. */
export type PhraseScope = 1 | 2 | 3 | 4 | 5 | 6 | 'preamble' | 'any';

export interface RequiredPhrase {
  /** Any one of these satisfies the requirement (compared after simplification, spaces ignored). */
  readonly anyOf: readonly string[];
  readonly scope: PhraseScope;
  /** Why the place requires it, shown in the message ("市政务公开办要求写明…"). */
  readonly note?: string | undefined;
}

export interface LocalRules {
  /** The pack's name, shown in messages ("示例市2024年度年报编制要求"). */
  readonly name: string;
  /** Local publication deadlines (the year after the report's), stricter than the national ones. */
  readonly deadlines?: { readonly department?: MonthDay | undefined; readonly government?: MonthDay | undefined } | undefined;
  /** Limits on the length of part 一 in characters (spaces, tables and Markdown marks not counted). */
  readonly partOne?: { readonly maxChars?: number | undefined; readonly minChars?: number | undefined } | undefined;
  readonly phrases?: readonly RequiredPhrase[] | undefined;
}
