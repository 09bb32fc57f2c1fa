import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/messages';
import { folderOf } from '../editor/rc-lookup';
import { hashHex } from './hash';
import type { OfficeFinding, UnitFacts } from './types';

/**
 * 雷同 (copying), two kinds:
 * - a unit's prose largely the same as a sibling's report (same folder, same year): the share of
 *   its own prose (characters) in sentences that also stand in the sibling's report, at least three
 *   sentences. Sentences that many units share (set phrases, a template every unit filled in) are
 *   not evidence and are left out of both sides: a sentence counts only when at most max(2, 20 %)
 *   of the folder's reports have it.
 * - table figures the same as last year's report of the same body: most non-zero cells unchanged.
 */
const MIN_SENTENCES = 5;
/** Fewer shared sentences than this are not a copy, whatever the share. */
const MIN_SHARED = 3;
const SAME_FIGURES_MIN_CELLS = 8;
const SAME_FIGURES_SHARE = 0.9;
/** 现行有效件数 and 上一年项目数量 carry over from year to year by design. */
const CARRIED_COLUMNS: readonly string[] = ['in-force', 'prev-items'];

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function id(rule: string, unit: UnitFacts, other: UnitFacts): string {
  return `${rule}:${hashHex(`${rule}|${unit.body ?? unit.path}@${unit.year ?? ''}|${other.body ?? other.path}`)}`;
}

/** A unit of a folder's group, with its index in `units` (findings are returned by index). */
interface Member {
  readonly unit: UnitFacts;
  readonly k: number;
}

/** Copy findings per unit (by index in `units`). */
export function siblingCopies(units: readonly UnitFacts[], threshold: number, locale: Locale): Map<number, OfficeFinding[]> {
  const out = new Map<number, OfficeFinding[]>();
  const groups = new Map<string, Member[]>();
  units.forEach((unit, k) => {
    if (unit.sentences.length < MIN_SENTENCES) return;
    const key = `${folderOf(unit.path)}\u0000${unit.year ?? ''}`;
    const list = groups.get(key);
    if (list) list.push({ unit, k });
    else groups.set(key, [{ unit, k }]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const holders = new Map<number, Member[]>();
    for (const member of members) {
      for (const h of new Set(member.unit.sentences.map((s) => s.hash))) {
        const list = holders.get(h);
        if (list) list.push(member);
        else holders.set(h, [member]);
      }
    }
    const formulaAbove = Math.max(2, Math.ceil(members.length * 0.2));
    for (const { unit, k } of members) {
      // The unit's own text: its sentences without the folder's set phrases.
      let total = 0;
      let own = 0;
      const shared = new Map<Member, { chars: number; count: number; first: { line: number; column: number } }>();
      for (const s of unit.sentences) {
        const list = holders.get(s.hash);
        if (!list || list.length > formulaAbove) continue;
        total += s.length;
        own++;
        for (const other of list) {
          if (other.k === k) continue;
          const entry = shared.get(other);
          if (entry) { entry.chars += s.length; entry.count++; } else shared.set(other, { chars: s.length, count: 1, first: { line: s.line, column: s.column } });
        }
      }
      let best: { other: Member; chars: number; count: number; first: { line: number; column: number } } | undefined;
      for (const [other, e] of shared) if (!best || e.chars > best.chars) best = { other, ...e };
      if (!best || best.count < MIN_SHARED || best.chars / total < threshold) continue;
      const other = best.other.unit;
      const share = best.chars / total;
      const finding: OfficeFinding = {
        rule: 'office/similar-text', severity: 'warning',
        message: formatMessage(locale, 'office/similar-text', { other: other.name, share: percent(share), repeated: best.count, sentences: own }),
        line: best.first.line, column: best.first.column, place: formatMessage(locale, 'office/place.text'), other: other.path,
        fingerprint: id('office/similar-text', unit, other),
      };
      out.set(k, [...(out.get(k) ?? []), finding]);
    }
  }
  return out;
}

/** Same-figures findings per unit (by index): this year's tables against last year's report of the same body among `units`. */
export function sameFiguresAsLastYear(units: readonly UnitFacts[], locale: Locale): Map<number, OfficeFinding[]> {
  const out = new Map<number, OfficeFinding[]>();
  const byBodyYear = new Map<string, UnitFacts>();
  for (const u of units) {
    const key = u.body !== undefined && u.year !== undefined ? `${u.body}\u0000${u.year}` : undefined;
    if (key !== undefined && !byBodyYear.has(key)) byBodyYear.set(key, u);
  }
  units.forEach((unit, k) => {
    if (unit.body === undefined || unit.year === undefined) return;
    const previous = byBodyYear.get(`${unit.body}\u0000${unit.year - 1}`);
    if (previous === undefined) return;
    let count = 0;
    let same = 0;
    let first: { line: number; column: number } | undefined;
    for (const [key, cell] of Object.entries(unit.cells)) {
      if (CARRIED_COLUMNS.includes(key.split('/')[2] ?? '')) continue;
      const before = previous.cells[key];
      if (before === undefined || (cell.value === 0 && before.value === 0)) continue;
      count++;
      if (before.value === cell.value) same++;
      if (!first || cell.line < first.line) first = { line: cell.line, column: cell.column };
    }
    if (count < SAME_FIGURES_MIN_CELLS || same / count < SAME_FIGURES_SHARE || !first) return;
    out.set(k, [{
      rule: 'office/same-figures', severity: 'warning',
      message: formatMessage(locale, 'office/same-figures', { previousYear: previous.year ?? unit.year - 1, count, same, share: percent(same / count) }),
      line: first.line, column: first.column, place: formatMessage(locale, 'office/place.tables'), other: previous.path,
      fingerprint: id('office/same-figures', unit, previous),
    }]);
  });
  return out;
}
