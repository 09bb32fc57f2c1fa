import { basisOf, byPreference, relatedOf, shownValue, whereOf } from './describe';
import { judgeTable } from './drafting';
import { tablesOf } from '../../tables/tables-of';
import type { RelationResult, TableCell } from '../../tables/types';
import type { Rule } from '../types';

/**
 * A relation of §5 (R3-1, R3-2, R3-3, R4-1…R4-3) that fails when the wrong cells cannot be named:
 * several equally small explanations (listed as candidates), or more than the search bound. Reported
 * once per total cell, with the cells added up as related locations.
 */
export const relation: Rule = {
  meta: { id: 'table/relation', title: '统计表勾稽关系不成立', category: 'table', defaultSeverity: 'error', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report, drafting }) {
    for (const table of tablesOf(model)) {
      const judged = judgeTable(table, drafting === true);
      const loc = judged.localisation;
      if (loc.kind !== 'ambiguous' && loc.kind !== 'unknown') continue;
      const failing = [...judged.failing].sort(byPreference);
      const byAnchor = new Map<TableCell, RelationResult[]>();
      for (const r of failing) {
        const [anchor] = r.lhsCells;
        if (!anchor) continue;
        byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), r]);
      }
      for (const [anchor, rels] of byAnchor) {
        const [r] = rels;
        if (!r) continue;
        const expected = r.rhs - (r.lhs - (anchor.value ?? 0));
        const cellsOf = new Set([...rels.flatMap((x) => [...x.lhsCells, ...x.rhsCells])]);
        let message = t('table/relation.fails', { where: whereOf(t, table, anchor), found: shownValue(t, anchor), basis: basisOf(t, r.relation.id), sum: expected });
        if (loc.kind === 'ambiguous') {
          const sets = loc.candidates.filter((set) => set.some((f) => cellsOf.has(f.cell)));
          const candidates = sets.map((set) => t('table/relation.candidate', {
            cells: set.map((f) => t('table/relation.candidate.cell', { row: f.cell.row.label, column: f.cell.column.label, expected: f.expected })).join(t('table/check.and')),
          })).join(t('table/relation.or'));
          if (candidates) message += t('table/relation.candidates', { candidates });
        } else {
          message += t('table/relation.unknown');
        }
        report({
          range: anchor.range,
          message,
          data: { table: table.id, relation: r.relation.id, row: anchor.row.label, column: anchor.column.label, found: anchor.status === 'ok' ? anchor.value ?? null : null, expected },
          related: relatedOf(t, r, anchor),
        });
      }
    }
  },
};
