import { strict as assert } from 'node:assert';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { configDiagnostics, rcDiagnostics } from '../../server/src/service/config-diagnostics';
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
    // The engine names no position for an unexpected token: it is found, and said in Chinese.
    assert.equal(nth(broken, 0).message, '.govreportrc.json 不是有效的 JSON（第 3 行第 1 列），整个文件未被采用：此处的「}」不符合 JSON 语法（值应为用双引号括起的文字、数字、true、false、null、对象或数组）。');
    assert.deepEqual(nth(broken, 0).range, range(2, 0, 2, 1));
  });

  it('says where and what in Chinese for each kind of broken JSON', () => {
    const said = (text: string) => nth(rcDiagnostics(text), 0).message;
    assert.equal(said('{"era": "2021",}'), '.govreportrc.json 不是有效的 JSON（第 1 行第 16 列），整个文件未被采用：此处应为用双引号括起的选项名；JSON 不允许最后一项后面多一个逗号，也不允许不带引号的名称。');
    assert.equal(said('{\n  "era": "2021"\n  "level": "department"}'), '.govreportrc.json 不是有效的 JSON（第 3 行第 3 列），整个文件未被采用：上一项后面缺少逗号「,」，或缺少右花括号「}」。');
    assert.equal(said('{"era": "2021'), '.govreportrc.json 不是有效的 JSON（第 1 行第 14 列），整个文件未被采用：字符串缺少结尾的双引号「"」。');
    assert.equal(said(''), '.govreportrc.json 不是有效的 JSON（第 1 行第 1 列），整个文件未被采用：文件在此处意外结束：缺少右括号或结尾的引号。');
  });

  it('is nothing for a good file', () => {
    assert.deepEqual(rcDiagnostics('\ufeff{ "era": "2021", "rules": { "table/relation": "warning" } }'), []);
  });
});

describe('service: configDiagnostics', () => {
  // A rule pack's text and the problems its reader gave, as the server publishes them on the pack file.
  const PACK = '{\n  "name": "某市",\n  "colour": "red",\n  "phrases": []\n}\n';

  it('places a problem at the key it quotes, else on the first line; warnings when the rest applies', () => {
    const problems = ['未知的项「colour」，已忽略（可用的项：name、description、deadlines、partOne、phrases、rules）。', '「phrases」最多 100 项，其余已忽略。', '规则包过大'];
    assert.deepEqual(configDiagnostics(PACK, problems, false).map((d) => [d.range, d.severity, d.code, d.source]), [
      [range(2, 2, 2, 10), DiagnosticSeverity.Warning, 'config', 'govreport'],
      [range(3, 2, 3, 11), DiagnosticSeverity.Warning, 'config', 'govreport'],
      [range(0, 0, 0, 1), DiagnosticSeverity.Warning, 'config', 'govreport'],
    ]);
  });

  it('is an error at the line and column a JSON problem names when nothing of the file applies', () => {
    const [d] = configDiagnostics('\ufeff{\n  "name": \n}\n', ['规则包不是有效的 JSON（第 3 行第 1 列），整个文件未被采用：…'], true);
    assert.deepEqual([d?.severity, d?.range], [DiagnosticSeverity.Error, range(2, 0, 2, 1)]);
  });
});
