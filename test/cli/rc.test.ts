import assert from 'node:assert/strict';
import { main } from '../../server/src/cli/main';
import { memoryIO } from '../support/memory-io';
import { nth } from '../support/nth';

const REPORT = '# 示例局2022年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n\n## 四、政府信息公开行政复议和行政诉讼情况\n\n无。\n';
const rules = (io: { out(): string }): string[] => nth((JSON.parse(io.out()) as { files: { findings: { rule: string }[] }[] }).files, 0).findings.map((f) => f.rule);

describe('govreport check: .govreportrc.json and disable comments', () => {
  it('reads .govreportrc.json from the checked file’s folder upward (nearer wins), relative to cwd', async () => {
    const files = {
      '/w/.govreportrc.json': JSON.stringify({ rules: { 'structure/missing-part': 'off', 'structure/heading-variant': 'off' } }),
      '/w/r/.govreportrc.json': JSON.stringify({ rules: { 'structure/heading-variant': 'error' } }),
      'r/a.md': REPORT,
    };
    const io = { ...memoryIO(files), cwd: '/w' };
    assert.equal(await main(['check', '--format', 'json', 'r/a.md'], io), 1);
    const found = rules(io);
    assert.ok(!found.includes('structure/missing-part'));
    assert.ok(found.includes('structure/heading-variant'));
  });

  it('honours inline disable comments', async () => {
    const io = memoryIO({ 'a.md': REPORT.replace('## 四、', '<!-- govreport-disable-next-line structure/heading-variant 原因：沿用上年标题 -->\n## 四、') });
    await main(['check', '--format', 'json', 'a.md'], io);
    assert.ok(!rules(io).includes('structure/heading-variant'));
  });

  it('says what is wrong in a .govreportrc.json on stderr, once, in Chinese, and applies the rest (exit code unchanged)', async () => {
    const files = {
      '/w/.govreportrc.json': JSON.stringify({ rule: {}, rules: { 'structure/heading-variant': 'off', 'structure/no-such-rule': 'off', 'structure/missing-part': 'loud' } }),
      'a.md': REPORT,
      'b.md': REPORT,
    };
    const io = { ...memoryIO(files), cwd: '/w' };
    assert.equal(await main(['check', '--format', 'json', 'a.md', 'b.md'], io), 1);
    assert.equal(io.err(), [
      'govreport：配置文件 /w/.govreportrc.json：未知选项「rule」，已忽略（可用的选项：enable、era、level、locale、rules、files、office、run、focusMode、pack）。',
      'govreport：配置文件 /w/.govreportrc.json：未知规则「structure/no-such-rule」。',
      'govreport：配置文件 /w/.govreportrc.json：规则「structure/missing-part」的级别只能是 off、info、warning 或 error。',
      '',
    ].join('\n'));
    assert.ok(!rules(io).includes('structure/heading-variant'), 'the valid part applies');
  });

  it('checks without a .govreportrc.json that is not JSON, says where it breaks, and exits with 2', async () => {
    const io = { ...memoryIO({ '/w/.govreportrc.json': '{\n  "rules": { "structure/heading-variant": "off", }\n}\n', 'a.md': REPORT }), cwd: '/w' };
    assert.equal(await main(['check', 'a.md'], io), 2);
    assert.match(io.err(), /^govreport：配置文件 \/w\/\.govreportrc\.json：\.govreportrc\.json 不是有效的 JSON（第 2 行第 \d+ 列），整个文件未被采用：/);
    assert.match(io.out(), /structure\/heading-variant/, 'checked with the defaults');
  });
});
