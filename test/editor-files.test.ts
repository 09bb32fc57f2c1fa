import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedFiles } from '../scripts/gen-editor-files';
import { nth } from './support/nth';

const ROOT = join(__dirname, '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('editor files: manifest, nls, schema, snippets', () => {
  it('are in sync with the core (run `npm run gen:editor` after adding a rule or changing the spec)', () => {
    for (const [path, content] of Object.entries(expectedFiles())) assert.equal(read(path), content, `${path} is out of date: run npm run gen:editor`);
  });

  it('localise every %key% of package.json in English and Chinese', () => {
    const keys = [...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((m) => nth(m, 1));
    const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const zh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
    for (const k of keys) {
      assert.ok(k in en, `package.nls.json lacks ${k}`);
      assert.match(zh[k] ?? '', /[\u4e00-\u9fff]/, `package.nls.zh-cn.json: ${k} should be Chinese`);
    }
  });

  it('declares the commands the client registers, with Chinese titles', () => {
    const pkg = JSON.parse(read('package.json')) as { contributes: { commands: { command: string; title: string }[] } };
    const zh = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;
    const client = read('client/src/activate.ts');
    const declared = pkg.contributes.commands;
    for (const c of declared) assert.ok(client.includes(`'${c.command}'`), `${c.command} is not registered`);
    const titles = declared.map((c) => zh[c.title.slice(1, -1)]);
    for (const title of ['新建年度报告', '检查工作区内全部年报', '修正全部可自动修正的问题', '显示规则说明', '重启语言服务器']) assert.ok(titles.includes(title), title);
  });

  it('ships snippets for the skeletons and every part heading', () => {
    const snippets = JSON.parse(read('snippets/govreport.code-snippets')) as Record<string, { body: string[] } | undefined>;
    assert.ok(snippets['年度报告框架（2021年格式）']?.body.join('\n').includes('## 六、其他需要报告的事项'));
    assert.ok(snippets['年度报告框架（2019年格式）']?.body.join('\n').includes('国办公开办函〔2019〕60号'));
    assert.ok(snippets['四、政府信息公开行政复议、行政诉讼情况']);
  });
});
