import { strict as assert } from 'node:assert';
import { DEFAULT_OPTIONS } from '../../server/src/core/editor/options';
import type { GovreportOptions } from '../../server/src/core/editor/options';
import { workspaceOfficeReport } from '../../server/src/service/office';
import type { WorkspaceFile } from '../../server/src/service/office';
import { analysed, SMALL } from './support';

/** Two units of a workspace: SMALL (four parts missing: 需整改) and a text that is not a report (skipped). */
const options: GovreportOptions = { ...DEFAULT_OPTIONS, office: { roster: ['某县司法局', '某县财政局'] } };
const files: WorkspaceFile[] = [
  { uri: 'file:///ws/a.md', path: 'a.md', analysis: analysed(SMALL), options },
  { uri: 'file:///ws/notes.md', path: 'notes.md', analysis: analysed('购物清单\n\n牛奶\n', { decide: { enable: true, files: {} } }), options },
];

describe('service: workspaceOfficeReport', () => {
  const report = workspaceOfficeReport({ files, pool: [], folders: ['ws'], locale: 'zh-cn', readText: () => undefined, firstFolder: '/ws', version: '1.2.3', today: new Date(2026, 1, 3) });

  it('summarises the checked reports only, with their verdicts', () => {
    assert.deepEqual(report.units.map((u) => [u.facts.path, u.facts.name, u.verdict]), [['a.md', '某县司法局', 'fix']]);
    // SMALL: parts 三 to 六 missing, and part 二 has no table: five errors.
    assert.equal(report.units[0]?.counts.errors, 5);
    assert.deepEqual([report.totals.fix, report.totals.ok], [1, 0]);
  });

  it('reads the roster from the first file’s office options and says who has not submitted', () => {
    assert.deepEqual(report.roster && { expected: report.roster.expected, missing: report.roster.missing }, { expected: 2, missing: ['某县财政局'] });
  });

  it('dates and signs the report as asked', () => {
    assert.equal(report.generated, '2026-02-03');
    assert.equal(report.tool, 'govreport 1.2.3');
  });
});
