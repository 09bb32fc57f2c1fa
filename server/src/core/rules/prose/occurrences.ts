import type { MessageArgs, MessageKey } from '../../i18n/messages';
import type { OffsetRange } from '../../text/line-index';
import type { RelatedLocation, Report, RuleContext, TextEdit } from '../types';

/**
 * One careless slip of the text (a doubled word, a half-width comma, an unclosed 《): where it is,
 * the message arguments, and the edit that fixes it (none when the right text cannot be known).
 */
export interface Slip {
  readonly range: OffsetRange;
  readonly args: MessageArgs;
  /** One edit, not a list: a page converted as a whole has tens of thousands of slips, and each object counts (issue 17). */
  readonly edit?: TextEdit;
}

/** Up to this many slips of one rule are reported one by one; more are one finding with the rest as related locations. */
export const MAX_SEPARATE = 5;
const MAX_RELATED = 50;

export interface SlipMessages {
  /** One slip. */
  readonly one: MessageKey;
  /** Many: the first, with {count} and the first slip's arguments. */
  readonly many: MessageKey;
  /** A related location of the many. */
  readonly another: MessageKey;
  /** The fix title (when the slips have edits). */
  readonly fix?: MessageKey;
  /** The fix title of the many (all at once). */
  readonly fixAll?: MessageKey;
}

/** What a slip of one code unit is, given that unit: its message arguments and the replacement. */
export interface UnitSlip {
  readonly args: MessageArgs;
  readonly newText: string;
}

/**
 * Slips of one code unit each whose arguments and replacement follow from the unit (a half-width
 * mark): kept as their positions only, in the order pushed. reportSlips makes Slip objects of the
 * few it lists and the edits once, for the fix: a page converted as a whole has tens of thousands,
 * and three objects per slip made while scanning were most of that rule's time (issue 17).
 */
export class UnitSlips {
  private readonly positions: number[] = [];

  constructor(private readonly text: string, private readonly slipOf: (unit: string) => UnitSlip) {}

  get length(): number {
    return this.positions.length;
  }

  push(at: number): void {
    this.positions.push(at);
  }

  /** The slip at `index` as a Slip object. */
  at(index: number): Slip | undefined {
    const at = this.positions[index];
    if (at === undefined) return undefined;
    const { args, newText } = this.slipOf(this.text.charAt(at));
    const range = { start: at, end: at + 1 };
    return { range, args, edit: { range, newText } };
  }

  /** Every slip's edit, in order. */
  edits(): TextEdit[] {
    const out: TextEdit[] = [];
    for (const at of this.positions) out.push({ range: { start: at, end: at + 1 }, newText: this.slipOf(this.text.charAt(at)).newText });
    return out;
  }
}

/**
 * Reports slips so that one cause never gives dozens of findings: a few are reported where they
 * are; a text full of them (a page converted with half-width punctuation) gets one finding at the
 * first, listing the others.
 */
export function reportSlips(context: Pick<RuleContext, 't' | 'report'>, slips: readonly Slip[] | UnitSlips, messages: SlipMessages, safe: boolean): void {
  const { t, report } = context;
  const at = slips instanceof UnitSlips ? (i: number) => slips.at(i) : (i: number) => slips[i];
  const first = at(0);
  if (!first) return;
  if (slips.length <= MAX_SEPARATE) {
    for (let i = 0; i < slips.length; i++) {
      const s = at(i);
      if (!s) continue;
      const finding: Report = { range: s.range, message: t(messages.one, s.args), data: { ...s.args } };
      report(s.edit && messages.fix ? { ...finding, fix: { title: t(messages.fix, s.args), edits: [s.edit], safe } } : finding);
    }
    return;
  }
  const edits = slips instanceof UnitSlips ? slips.edits() : editsOf(slips);
  const args = { ...first.args, count: slips.length };
  const related: RelatedLocation[] = [];
  for (let i = 1; i <= MAX_RELATED; i++) {
    const s = at(i);
    if (!s) break;
    related.push({ range: s.range, message: t(messages.another, s.args) });
  }
  const finding: Report = { range: first.range, message: t(messages.many, args), data: { ...args }, related };
  report(edits.length > 0 && messages.fixAll ? { ...finding, fix: { title: t(messages.fixAll, args), edits, safe } } : finding);
}

/** The slips' edits, in order. A loop, not flatMap: a page converted as a whole has tens of thousands of slips (issue 17). */
function editsOf(slips: readonly Slip[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const s of slips) if (s.edit) edits.push(s.edit);
  return edits;
}

/** The UTF-16 units of `chars` (BMP characters) as a one-class pattern for positionsOfUnits. */
export function unitClass(chars: string): RegExp {
  return new RegExp(`[${chars.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
}

/**
 * Where any unit of `units` (unitClass) stands in `text` from `from` on: the ascending positions.
 * Found by `test`, which makes no match object (a match per mark was 3 % of a long report's check,
 * issue 17), every match one unit long, so it ends right before lastIndex: twice as fast as a
 * table read per unit (27 against 14 µs for the typical report's brackets, measured).
 */
export function positionsOfUnits(units: RegExp, text: string, from: number): number[] {
  const out: number[] = [];
  units.lastIndex = from;
  while (units.test(text)) out.push(units.lastIndex - 1);
  return out;
}

/** The index of the first of the ascending `positions` at or after `at` (binary search). */
export function firstAtOrAfter(positions: readonly number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((positions[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
