import { TABLE3_COLUMNS, tableFactsOf } from '../../cross-year/table-facts';
import type { PairRule } from '../types';
import { columnSpec, tableTemplate } from '../../format/tables';

/** Table 三: 二、上年结转 (each column) = last year's 四、结转下年度继续办理. */
export const carriedOver: PairRule = {
  pair: true,
  meta: { id: 'cross-year/carried-over', title: '上年结转与上一年度结转下年度不一致', category: 'cross-year', defaultSeverity: 'warning', fixable: true, eras: ['2019', '2021'] },
  check({ model, previous, t, report }) {
    if (previous.era.id === '2007') return;
    const now = tableFactsOf(model);
    const before = tableFactsOf(previous);
    const template = tableTemplate('三', model.era.id === '2019' ? '2019' : '2021');
    for (const column of TABLE3_COLUMNS) {
      const carried = now.cell('三', 'carried', column);
      const carryOver = before.cell('三', 'carry-over', column);
      if (!carried || !carryOver || carried.value === carryOver.value) continue;
      const at = previous.lines.positionAt(carryOver.range.start);
      const args = { column: columnSpec(template, 'carried', column)?.label ?? column, actual: carried.value, expected: carryOver.value, year: previous.year?.value ?? '', line: at.line + 1 };
      report({
        range: carried.range,
        message: t('cross-year/carried-over', args),
        data: { column, actual: carried.value, expected: carryOver.value, previousYear: previous.year?.value ?? null, previousRange: { start: carryOver.range.start, end: carryOver.range.end }, previousLine: at.line + 1 },
        fix: { title: t('cross-year/carried-over.fix', args), edits: [{ range: carried.range, newText: String(carryOver.value) }], safe: false },
      });
    }
  },
};
