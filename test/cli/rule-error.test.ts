import assert from 'node:assert/strict';
import { main } from '../../server/src/cli/main';
import { memoryIO } from '../support/memory-io';
import { CLEAN_2021 } from '../support/reports';
import { withThrowingRule } from '../support/throwing-rule';

describe('govreport check: a rule that throws', () => {
  it('is one runner/rule-error finding naming the rule in data, said on stderr too, and the other rules still run', async () => {
    const io = memoryIO({ 'r.md': CLEAN_2021.replace('## 六、其他需要报告的事项', '## 六、其他事项') });
    const code = await withThrowingRule('table/relation', '模拟的缺陷', () => main(['check', '--format', 'json', 'r.md'], io));
    assert.equal(code, 0);
    const out = JSON.parse(io.out()) as { files: { findings: { rule: string; severity: string; data?: Record<string, unknown> }[] }[] };
    const findings = out.files[0]?.findings ?? [];
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.data]), [
      ['runner/rule-error', 'info', { rule: 'table/relation', error: '模拟的缺陷' }],
      ['structure/heading-variant', 'warning', { section: 6 }],
    ]);
    assert.equal(io.err(), 'govreport：r.md：规则 table/relation 检查时出错（检查器的缺陷），该规则的结果已跳过：模拟的缺陷。请把报告和这条提示反馈给维护者。\n');
  });

  it('says nothing on stderr when no rule throws', async () => {
    const io = memoryIO({ 'r.md': CLEAN_2021 });
    assert.equal(await main(['check', 'r.md'], io), 0);
    assert.equal(io.err(), '');
  });
});
