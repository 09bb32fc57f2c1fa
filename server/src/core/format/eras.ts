/**
 * The three regulatory eras (format spec §0): which reports follow which rules.
 * `2007`: reports for 2008–2018 (2007 条例, six content items, no fixed tables);
 * `2019`: reports for 2019–2020 (2019 条例, format 试行 of 国办公开办函〔2019〕60号);
 * `2021`: reports for 2021 on (国办公开办函〔2021〕30号).
 */
export type EraId = '2007' | '2019' | '2021';

export interface EraInfo {
  readonly id: EraId;
  readonly firstYear: number;
  readonly lastYear: number | undefined;
  /** The legal basis, for hovers and rule docs. */
  readonly basis: string;
}

export const ERAS: Readonly<Record<EraId, EraInfo>> = {
  '2007': { id: '2007', firstYear: 2008, lastYear: 2018, basis: '《中华人民共和国政府信息公开条例》（国务院令第492号）第三十一条、第三十二条' },
  '2019': { id: '2019', firstYear: 2019, lastYear: 2020, basis: '《中华人民共和国政府信息公开条例》（国务院令第711号）第四十九条、第五十条；国办公开办函〔2019〕60号' },
  '2021': { id: '2021', firstYear: 2021, lastYear: undefined, basis: '《中华人民共和国政府信息公开条例》第四十九条、第五十条；国办公开办函〔2021〕30号' },
};

/** The era whose rules apply to a report for `year`. Years before 2008 follow the 2007 条例 too. */
export function eraForYear(year: number): EraId {
  if (year >= 2021) return '2021';
  if (year >= 2019) return '2019';
  return '2007';
}

export function isEraId(value: unknown): value is EraId {
  return value === '2007' || value === '2019' || value === '2021';
}

/** Who publishes the report: a department (部门) or a people's government (its aggregate report). */
export type ReportLevel = 'department' | 'government';

/**
 * The legal publication deadline for a report of `year` (format spec §7): 31 March of the next
 * year under the 2007 条例; from 2019 reports on, 31 January for departments and 31 March for a
 * government's aggregate report. When the level is unknown the later date applies (be lenient).
 */
export function publicationDeadline(year: number, level: ReportLevel | undefined): { year: number; month: number; day: number } {
  if (year >= 2019 && level === 'department') return { year: year + 1, month: 1, day: 31 };
  return { year: year + 1, month: 3, day: 31 };
}
