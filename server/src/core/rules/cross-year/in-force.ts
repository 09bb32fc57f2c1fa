import { tableFactsOf } from '../../cross-year/table-facts';
import type { PairRule } from '../types';

/** 2021 table 二 （一）: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数. */
export const inForce: PairRule = {
  pair: true,
  meta: { id: 'cross-year/in-force', title: '现行有效件数与上一年度不衔接', category: 'cross-year', defaultSeverity: 'warning', fixable: false, eras: ['2021'] },
  check({ model, previous, t, report }) {
    if (previous.era.id !== '2021') return;
    const now = tableFactsOf(model);
    const before = tableFactsOf(previous);
    for (const row of ['rules', 'normative']) {
      const inForceNow = now.cell('二', row, 'in-force');
      const issued = now.cell('二', row, 'issued');
      const repealed = now.cell('二', row, 'repealed');
      const inForceBefore = before.cell('二', row, 'in-force');
      if (!inForceNow || !issued || !repealed || !inForceBefore) continue;
      const expected = inForceBefore.value + issued.value - repealed.value;
      if (expected === inForceNow.value) continue;
      const args = { row: inForceNow.rowLabel, actual: inForceNow.value, previous: inForceBefore.value, issued: issued.value, repealed: repealed.value, expected, year: previous.year?.value ?? '' };
      report({
        range: inForceNow.range,
        message: t('cross-year/in-force', args),
        data: { row, actual: inForceNow.value, expected, previousInForce: inForceBefore.value, issued: issued.value, repealed: repealed.value, previousYear: previous.year?.value ?? null, previousRange: { start: inForceBefore.range.start, end: inForceBefore.range.end } },
        related: [
          { range: issued.range, message: t('cross-year/in-force.issued', args) },
          { range: repealed.range, message: t('cross-year/in-force.repealed', args) },
        ],
      });
    }
  },
};
