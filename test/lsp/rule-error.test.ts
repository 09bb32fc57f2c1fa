import { strict as assert } from 'node:assert';
import { CLEAN_2021 } from '../support/reports';
import { withThrowingRule } from '../support/throwing-rule';
import { startLsp } from './harness';

describe('language server: a rule that throws', () => {
  it('shows one runner/rule-error diagnostic linked to its doc, logs the rule by id, and keeps the other diagnostics', async () => {
    const lsp = await startLsp();
    const logged: string[] = [];
    lsp.client.onNotification('window/logMessage', (p: { type: number; message: string }) => { if (p.type === 1) logged.push(p.message); });
    try {
      const uri = 'file:///w/2023.md';
      const diagnostics = await withThrowingRule('table/relation', '模拟的缺陷', async () => {
        await lsp.open(uri, CLEAN_2021.replace('## 六、其他需要报告的事项', '## 六、其他事项'));
        return lsp.diagnostics(uri);
      });
      assert.deepEqual(diagnostics.map((d) => [d.code, d.codeDescription?.href, d.message]), [
        ['runner/rule-error', 'file:///ext/docs/rules/runner/rule-error.md', '规则 table/relation 检查时出错，已跳过：模拟的缺陷'],
        ['structure/heading-variant', 'file:///ext/docs/rules/structure/heading-variant.md', '第六部分标题「其他事项」不是规范写法，应为「六、其他需要报告的事项」。'],
      ]);
      // The log line is written once the analysis is made; the diagnostics answer came after it.
      assert.deepEqual(logged, [`govreport: rule table/relation failed on ${uri} (version 1): 模拟的缺陷`]);
    } finally {
      lsp.dispose();
    }
  });
});
