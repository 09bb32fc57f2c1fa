import { strict as assert } from 'node:assert';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { rcDiagnostics } from '../../server/src/service/config-diagnostics';
import { nth } from '../support/nth';
import { range } from './support';

describe('service: rcDiagnostics', () => {
  it('warns at the quoted key a problem names, else on the first line', () => {
    const text = '{\n  "rules": { "table/nope": "error" },\n  "era": "1999"\n}\n';
    assert.deepEqual(rcDiagnostics(text).map((d) => [d.range, d.severity, d.code, d.source, d.message]), [
      [range(0, 0, 0, 1), DiagnosticSeverity.Warning, 'config', 'govreport', 'era 只能是 auto、2007、2019 或 2021，收到 "1999"。'],
      // "table/nope" is quoted on line 1 from character 13 to 25.
      [range(1, 13, 1, 25), DiagnosticSeverity.Warning, 'config', 'govreport', '未知规则「table/nope」。'],
    ]);
  });

  it('is one error when nothing of the file applies', () => {
    const [d] = rcDiagnostics('[1, 2]\n');
    assert.deepEqual([d?.severity, d?.message, d?.range], [DiagnosticSeverity.Error, '配置应为一个 JSON 对象（{ … }），整个文件未被采用。', range(0, 0, 0, 6)]);
    const broken = rcDiagnostics('{\n  "era": \n}');
    assert.equal(broken.length, 1);
    assert.equal(broken[0]?.severity, DiagnosticSeverity.Error);
    assert.match(nth(broken, 0).message as string, /^\.govreportrc\.json 不是有效的 JSON，整个文件未被采用/);
  });

  it('is nothing for a good file', () => {
    assert.deepEqual(rcDiagnostics('\ufeff{ "era": "2021", "rules": { "table/relation": "warning" } }'), []);
  });
});
