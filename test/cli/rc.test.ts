import assert from 'node:assert/strict';
import { main } from '../../server/src/cli/main';
import { memoryIO } from '../support/memory-io';

const REPORT = '# 示例局2022年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n\n## 四、政府信息公开行政复议和行政诉讼情况\n\n无。\n';
const rules = (io: { out(): string }): string[] => (JSON.parse(io.out()).files[0].findings as { rule: string }[]).map((f) => f.rule);

describe('govreport check: .govreportrc.json and disable comments', () => {
  it('reads .govreportrc.json from the checked file’s folder upward (nearer wins), relative to cwd', () => {
    const files = {
      '/w/.govreportrc.json': JSON.stringify({ rules: { 'structure/missing-part': 'off', 'structure/heading-variant': 'off' } }),
      '/w/r/.govreportrc.json': JSON.stringify({ rules: { 'structure/heading-variant': 'error' } }),
      'r/a.md': REPORT,
    };
    const io = { ...memoryIO(files), cwd: '/w' };
    assert.equal(main(['check', '--format', 'json', 'r/a.md'], io), 1);
    const found = rules(io);
    assert.ok(!found.includes('structure/missing-part'));
    assert.ok(found.includes('structure/heading-variant'));
  });

  it('honours inline disable comments', () => {
    const io = memoryIO({ 'a.md': REPORT.replace('## 四、', '<!-- govreport-disable-next-line structure/heading-variant 原因：沿用上年标题 -->\n## 四、') });
    main(['check', '--format', 'json', 'a.md'], io);
    assert.ok(!rules(io).includes('structure/heading-variant'));
  });
});
