import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { RULES } from '../../server/src/core/rules';
import { corpusText } from '../support/check';
import { applyTextEdits, startLsp } from './harness';
import type { Lsp } from './harness';
import { defined, nth } from '../support/nth';

const DRAFT = readFileSync(join(__dirname, '..', 'fixtures', 'editor', 'draft-2021.md'), 'utf8');
const URI = 'file:///work/reports/draft.md';

async function actionsAt(lsp: Lsp, uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return lsp.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only } });
}

function byRule(diagnostics: Diagnostic[], rule: string): Diagnostic {
  const d = diagnostics.find((x) => x.code === rule);
  assert.ok(d, `no diagnostic ${rule} in ${diagnostics.map((x) => x.code).join(', ')}`);
  return d;
}

let lsp: Lsp;

/** A fresh server for each test of the suite that calls it. */
function freshServer(): void {
  beforeEach(async () => { lsp = await startLsp(); });
  afterEach(() => { lsp.dispose(); });
}

describe('language server over LSP: diagnostics', () => {
  freshServer();
  it('reports findings with the rule id as code, a doc link, Chinese messages and the fix in data', async () => {
    await lsp.open(URI, DRAFT);
    const ds = await lsp.diagnostics(URI);
    assert.deepEqual(ds.map((d) => d.code).sort(), ['structure/heading-variant', 'structure/missing-part', 'structure/part-numbering', 'table/wrong-cell']);
    const variant = byRule(ds, 'structure/heading-variant');
    assert.equal(variant.source, 'govreport');
    assert.equal(variant.codeDescription?.href, 'file:///ext/docs/rules/structure/heading-variant.md');
    assert.match(variant.message as string, /不是规范写法/);
    assert.equal(nth(DRAFT.split('\n'), variant.range.start.line).slice(variant.range.start.character, variant.range.end.character), '政府信息公开行政复议和行政诉讼情况');
    assert.ok((variant.data as { fix?: unknown }).fix);
    assert.equal(byRule(ds, 'structure/missing-part').severity, 1);
  });

  it('speaks Chinese when VS Code runs in English (issue 13: Chinese first whatever the display language)', async () => {
    const en = await startLsp({ locale: 'en' });
    await en.open(URI, DRAFT);
    assert.match(byRule(await en.diagnostics(URI), 'structure/heading-variant').message as string, /不是规范写法/);
    en.dispose();
  });

  it('speaks English when govreport.locale says so', async () => {
    const en = await startLsp({ locale: 'zh-cn', settings: { locale: 'en' } });
    await en.open(URI, DRAFT);
    assert.match(byRule(await en.diagnostics(URI), 'structure/heading-variant').message as string, /not the standard wording/);
    en.dispose();
  });

  it('checks seed 001 (plain text, untitled) and follows edits version by version', async () => {
    const uri = 'untitled:Untitled-1';
    await lsp.open(uri, corpusText('seeds/001_4d29bfef72dd56db.txt'), 'plaintext');
    const first = await lsp.diagnostics(uri);
    assert.ok(first.some((d) => d.code === 'structure/heading-variant'));
    await lsp.change(uri, lsp.text(uri).replace('四、政府信息公开行政复议和行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况'));
    assert.ok(!(await lsp.diagnostics(uri)).some((d) => d.code === 'structure/heading-variant'));
  });

  it('stays quiet on Markdown that is not a report', async () => {
    await lsp.open('file:///work/README.md', '# 项目说明\n\n一、安装\n\n运行 npm ci。\n');
    assert.deepEqual(await lsp.diagnostics('file:///work/README.md'), []);
  });

  it('honours disable comments', async () => {
    await lsp.open(URI, DRAFT.replace('## 四、', '<!-- govreport-disable-next-line structure/heading-variant 原因：沿用上年标题 -->\n## 四、'));
    assert.ok(!(await lsp.diagnostics(URI)).some((d) => d.code === 'structure/heading-variant'));
  });
});

describe('language server over LSP: fixes as code actions', () => {
  freshServer();
  it('sets a non-standard heading to the standard title', async () => {
    await lsp.open(URI, DRAFT);
    const d = byRule(await lsp.diagnostics(URI), 'structure/heading-variant');
    const fix = defined((await actionsAt(lsp, URI, d)).find((a) => a.isPreferred));
    assert.match(fix.title, /改为规范标题/);
    await lsp.apply(defined(fix.edit));
    assert.match(lsp.text(URI), /\n## 四、政府信息公开行政复议、行政诉讼情况\n/);
  });

  it('sets a wrong cell to its computed value, with the added cells as related locations', async () => {
    await lsp.open(URI, DRAFT);
    const d = byRule(await lsp.diagnostics(URI), 'table/wrong-cell');
    assert.ok((d.relatedInformation ?? []).length > 0);
    const fix = defined((await actionsAt(lsp, URI, d)).find((a) => a.title === '改为 3'));
    await lsp.apply(defined(fix.edit));
    assert.match(lsp.text(URI), /\| （七）总计 \| 3 \|/);
    assert.ok(!(await lsp.diagnostics(URI)).some((x) => x.code === 'table/wrong-cell'));
  });

  it('renumbers a part', async () => {
    await lsp.open(URI, DRAFT);
    const d = byRule(await lsp.diagnostics(URI), 'structure/part-numbering');
    await lsp.apply(defined(defined((await actionsAt(lsp, URI, d)).find((a) => a.isPreferred)).edit));
    assert.match(lsp.text(URI), /\n## 六、其他需要报告的事项\n/);
  });

  it('inserts a missing part at its place with its standard title', async () => {
    await lsp.open(URI, DRAFT);
    const d = byRule(await lsp.diagnostics(URI), 'structure/missing-part');
    const fix = defined((await actionsAt(lsp, URI, d)).find((a) => a.title.includes('插入第五部分')));
    await lsp.apply(defined(fix.edit));
    const text = lsp.text(URI);
    assert.ok(text.indexOf('## 五、存在的主要问题及改进情况') > text.indexOf('## 四、'));
    assert.ok(text.indexOf('## 五、存在的主要问题及改进情况') < text.indexOf('其他需要报告的事项'));
    assert.ok(!(await lsp.diagnostics(URI)).some((x) => x.code === 'structure/missing-part'));
  });

  it('inserts a missing 二 with the era’s standard table of zeros', async () => {
    const text = DRAFT.replace(/## 二、主动公开政府信息情况\n\n[\s\S]*?\n\n## 三/, '## 三');
    await lsp.open(URI, text);
    const d = defined((await lsp.diagnostics(URI)).find((x) => x.code === 'structure/missing-part' && (x.message as string).includes('第二部分')));
    await lsp.apply(defined(defined((await actionsAt(lsp, URI, d)).find((a) => a.title.includes('插入第二部分'))).edit));
    assert.match(lsp.text(URI), /## 二、主动公开政府信息情况\n\n\| 第二十条第（一）项 \| \| \| \|\n\|---\|---\|---\|---\|\n\| 信息内容 \| 本年制发件数/);
    const codes = (await lsp.diagnostics(URI)).map((x) => x.code);
    // Edited and unsaved, the draft's total left at 0 is a pending total (a hint), saved it is a wrong cell.
    assert.ok(!codes.some((c) => String(c).startsWith('table/') && c !== 'table/pending-total'), codes.join());
  });
});

describe('language server over LSP: disable comments, rule docs, fix-all, stale fixes', () => {
  freshServer();
  it('inserts a disable comment with a reason, which silences the finding', async () => {
    await lsp.open(URI, DRAFT);
    const d = byRule(await lsp.diagnostics(URI), 'structure/heading-variant');
    const action = defined((await actionsAt(lsp, URI, d)).find((a) => a.title.includes('停用')));
    await lsp.apply(defined(action.edit));
    assert.match(lsp.text(URI), /<!-- govreport-disable-next-line structure\/heading-variant 原因：请填写原因 -->\n## 四、/);
    assert.ok(!(await lsp.diagnostics(URI)).some((x) => x.code === 'structure/heading-variant'));
  });

  it('offers the rule documentation', async () => {
    await lsp.open(URI, DRAFT);
    const d = byRule(await lsp.diagnostics(URI), 'structure/heading-variant');
    const doc = defined((await actionsAt(lsp, URI, d)).find((a) => a.command?.command === 'govreport.showRuleDoc'));
    assert.deepEqual(defined(doc.command).arguments, ['structure/heading-variant']);
  });

  it('source.fixAll.govreport applies every safe fix and nothing else', async () => {
    await lsp.open(URI, DRAFT);
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(nth(actions, 0).kind, 'source.fixAll.govreport');
    await lsp.apply(defined(nth(actions, 0).edit));
    const left = (await lsp.diagnostics(URI)).map((d) => d.code);
    // Unsaved after the edit, the 0 total is a pending total; saved, the same cell is a wrong cell again.
    assert.deepEqual(left.sort(), ['structure/missing-part', 'table/pending-total'], 'unsafe fixes (a part inserted, a number changed) are left to the user');
    await lsp.save(URI);
    assert.deepEqual((await lsp.diagnostics(URI)).map((d) => d.code).sort(), ['structure/missing-part', 'table/wrong-cell'], 'saved: judged as a whole');
  });

  it('refuses a stale fix (versioned edit)', async () => {
    await lsp.open(URI, DRAFT);
    const d = byRule(await lsp.diagnostics(URI), 'structure/heading-variant');
    const fix = defined((await actionsAt(lsp, URI, d)).find((a) => a.isPreferred));
    await lsp.change(URI, `${DRAFT}\n`);
    await assert.rejects(lsp.apply(defined(fix.edit)), /stale/);
  });
});

describe('language server over LSP: outline and folding', () => {
  freshServer();
  it('lists the six parts, the missing one shown as such, with items and tables as children', async () => {
    await lsp.open(URI, DRAFT);
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.deepEqual(symbols.map((s) => s.name), [
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议和行政诉讼情况', '（缺少）五、存在的主要问题及改进情况', '五、其他需要报告的事项',
    ]);
    assert.deepEqual(defined(nth(symbols, 0).children).map((c) => c.name), ['（一）主动公开', '（二）依申请公开']);
    assert.match(nth(nth(symbols, 1).children ?? [], 0).name, /^统计表：主动公开政府信息情况表/);
    assert.equal(nth(symbols, 3).detail, '四、政府信息公开行政复议、行政诉讼情况');
    for (const s of symbols) {
      assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line);
    }
  });

  it('lists the six parts of seed 001', async () => {
    await lsp.open('file:///seed/001.txt', corpusText('seeds/001_4d29bfef72dd56db.txt'), 'plaintext');
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///seed/001.txt' } });
    assert.deepEqual(symbols.map((s) => s.name.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、']);
    assert.equal(defined(nth(symbols, 0).children).length, 5);
  });

  it('folds by part, item and table', async () => {
    await lsp.open(URI, DRAFT);
    const ranges = await lsp.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
    const lines = DRAFT.split('\n');
    const starts = ranges.map((r) => lines[r.startLine]);
    assert.ok(starts.includes('## 一、总体情况'));
    assert.ok(starts.includes('（一）主动公开'));
    assert.ok(ranges.some((r) => r.kind === 'region' && lines[r.startLine]?.startsWith('| 第二十条第（一）项')));
    const part2 = defined(ranges.find((r) => lines[r.startLine] === '## 二、主动公开政府信息情况'));
    assert.equal(lines[part2.endLine], '| 行政事业性收费 | 0 | | |');
  });
});

describe('language server over LSP: hover and completion', () => {
  freshServer();
  it('shows on a heading what the format requires, escaped', async () => {
    await lsp.open(URI, DRAFT);
    const line = DRAFT.split('\n').indexOf('## 四、政府信息公开行政复议和行政诉讼情况');
    const h = await lsp.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 6 } });
    const value = (h.contents as MarkupContent).value;
    assert.match(value, /格式要求：固定表格：行政复议/);
    assert.match(value, /标准标题为「四、政府信息公开行政复议、行政诉讼情况」/);
    assert.match(value, /2021年格式/);
  });

  it('never passes document text through as Markdown', async () => {
    const text = DRAFT.replace('## 一、总体情况', '## 一、总体情况[点我](command:x)');
    await lsp.open(URI, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('## 一、'));
    const h = await lsp.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 4 } });
    assert.ok(!(h.contents as MarkupContent).value.includes('[点我](command:x)'));
  });

  it('completes the next standard heading at the start of a line', async () => {
    const text = DRAFT.replace('## 五、其他需要报告的事项\n\n无。\n', '## \n');
    await lsp.open(URI, text);
    const line = text.split('\n').indexOf('## ');
    const items = await lsp.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: 3 } });
    const first = defined(items.find((i) => i.preselect));
    assert.equal(first.label, '五、存在的主要问题及改进情况');
    assert.ok(items.some((i) => i.label === '六、其他需要报告的事项'));
    assert.ok(!items.some((i) => i.label === '一、总体情况'), 'parts already written are not offered');
    const edited = applyTextEdits(text, [first.textEdit as TextEdit]);
    assert.ok(edited.includes('\n## 五、存在的主要问题及改进情况\n'));
  });

  it('shows on a total cell its formula with the actual addends, and on any cell its labels', async () => {
    await lsp.open(URI, DRAFT);
    const lines = DRAFT.split('\n');
    const line = lines.findIndex((l) => l.startsWith('| （七）总计'));
    const h = await lsp.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: nth(lines, line).indexOf('| 0 |') + 2 } });
    const value = (h.contents as MarkupContent).value.replace(/\\/g, '');
    assert.match(value, /三、本年度办理结果 › （七）总计/);
    assert.match(value, /申请人情况 › 自然人/);
    assert.match(value, /\n3 \+ 0 \+ 0( \+ 0)* = 3 ✗（表中为 0）/);
    assert.match(value, /应为 3/);
    const plain = lines.findIndex((l) => l.startsWith('| 规章'));
    const h2 = await lsp.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line: plain, character: nth(lines, plain).indexOf('0') } });
    assert.match((h2.contents as MarkupContent).value, /规章[\s\S]*本年制发件数/);
  });

  it('completes row labels inside a table and offers the era’s whole table in a part without one', async () => {
    await lsp.open(URI, DRAFT);
    const lines = DRAFT.split('\n');
    const line = lines.findIndex((l) => l.startsWith('| 规章'));
    const rows = await lsp.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: 2 } });
    assert.ok(rows.some((r) => r.label === '行政规范性文件'));
    const text = DRAFT.replace(/## 二、主动公开政府信息情况\n\n[\s\S]*?\n\n## 三/, '## 二、主动公开政府信息情况\n\n\n\n## 三');
    await lsp.change(URI, text);
    const empty = text.split('\n').indexOf('## 二、主动公开政府信息情况') + 2;
    const items = await lsp.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line: empty, character: 0 } });
    const table = defined(items.find((i) => i.label === '表二（2021年格式，各数为 0）'));
    assert.match((table.textEdit as TextEdit).newText, /^\| 第二十条第（一）项/);
  });
});

describe('language server over LSP: code lens and formatting', () => {
  freshServer();
  it('shows a code lens above each table: all relations hold, or N inconsistencies with a one-click fix', async () => {
    await lsp.open(URI, DRAFT);
    const lenses = await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    assert.ok(RULES.some((r) => r.meta.category === 'table'));
    assert.deepEqual(lenses.map((l) => defined(l.command).title), ['勾稽关系全部成立', '1 处不一致 · 一键修正', '勾稽关系全部成立', '在表格视图中编辑', '在表格视图中编辑', '在表格视图中编辑']);
    const fix = defined(nth(lenses, 1).command);
    assert.equal(fix.command, 'govreport.applyWorkspaceEdit');
    await lsp.apply(nth(fix.arguments ?? [], 0) as WorkspaceEdit);
    assert.match(lsp.text(URI), /\| （七）总计 \| 3 \| 0 \| 0 \| 0 \| 0 \| 0 \| 3 \|/);
    const after = await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    assert.deepEqual(after.map((l) => defined(l.command).title), ['勾稽关系全部成立', '勾稽关系全部成立', '勾稽关系全部成立', '在表格视图中编辑', '在表格视图中编辑', '在表格视图中编辑']);
  });

  it('aligns Markdown tables by display width', async () => {
    const text = `${DRAFT}\n| 信息内容 | 本年制发件数 |\n|---|--:|\n| 规章 | 0 |\n| 行政规范性文件 | 12 |\n`;
    await lsp.open(URI, text);
    const edits = await lsp.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } });
    const out = applyTextEdits(text, edits).split('\n');
    const at = out.findIndex((l) => l.startsWith('| 信息内容       |'));
    assert.deepEqual(out.slice(at, at + 4), [
      '| 信息内容       | 本年制发件数 |',
      '| -------------- | -----------: |',
      '| 规章           |            0 |',
      '| 行政规范性文件 |           12 |',
    ]);
  });
});

describe('language server over LSP: settings', () => {
  freshServer();
  it('switches a rule off, and reports again after a settings change', async () => {
    await lsp.open(URI, DRAFT);
    assert.equal((await lsp.diagnostics(URI)).length, 4);
    await lsp.changeSettings({ rules: { 'structure/heading-variant': 'off', 'structure/missing-part': 'info' } });
    const ds = await lsp.diagnostics(URI);
    assert.ok(lsp.refreshes >= 1, 'the server asks VS Code to pull diagnostics again');
    assert.deepEqual(ds.map((d) => d.code).sort(), ['structure/missing-part', 'structure/part-numbering', 'table/wrong-cell']);
    assert.equal(byRule(ds, 'structure/missing-part').severity, 3);
  });

  it('govreport.enable false silences everything', async () => {
    lsp.settings = { enable: false };
    await lsp.open(URI, DRAFT);
    assert.deepEqual(await lsp.diagnostics(URI), []);
  });

  it('forces checking by file pattern, and the era by setting', async () => {
    const text = '一、安装\n\n运行。\n\n二、主动公开政府信息情况\n\n无。\n';
    await lsp.open('file:///work/notes/a.txt', text, 'plaintext');
    assert.deepEqual(await lsp.diagnostics('file:///work/notes/a.txt'), []);
    await lsp.changeSettings({ files: { 'notes/*.txt': true }, era: '2021' });
    assert.ok((await lsp.diagnostics('file:///work/notes/a.txt')).some((d) => d.code === 'structure/missing-part'));
  });

  it('reads .govreportrc.json from the folder upward, nearer files winning', async () => {
    const rc = await startLsp({ folders: ['/work'], files: {
      '/work/.govreportrc.json': JSON.stringify({ rules: { 'structure/part-numbering': 'off', 'structure/heading-variant': 'error' } }),
      '/work/reports/.govreportrc.json': JSON.stringify({ rules: { 'structure/heading-variant': 'off' } }),
    } });
    await rc.open(URI, DRAFT);
    assert.deepEqual((await rc.diagnostics(URI)).map((d) => d.code).sort(), ['structure/missing-part', 'table/wrong-cell']);
    rc.dispose();
  });
});

describe('language server over LSP: custom requests', () => {
  freshServer();
  it('reports the status: era, parts found, table errors', async () => {
    await lsp.open(URI, DRAFT);
    const s = await lsp.request<{ text: string; partsFound: number }>('govreport/status', { uri: URI });
    assert.equal(s.partsFound, 5);
    assert.match(s.text, /^格式：2021年格式 · 部分 5\/6 · 统计表错误 1$/);
  });

  it('writes a new report that the checker accepts structurally', async () => {
    const { text } = await lsp.request<{ text: string }>('govreport/newReport', { body: '示例市教育局', year: 2024, level: 'department' });
    assert.match(text, /^# 示例市教育局2024年政府信息公开工作年度报告\n/);
    assert.match(text, /统计期限自2024年1月1日起至2024年12月31日止/);
    await lsp.open('untitled:new', text);
    const codes = (await lsp.diagnostics('untitled:new')).map((d) => d.code);
    assert.ok(!codes.some((c) => typeof c === 'string' && /missing-part|heading|numbering|order/.test(c)), codes.join(','));
  });

  it('checks files of the workspace from disk', async () => {
    const ws = await startLsp({ files: { '/w/a.md': DRAFT, '/w/readme.md': '# 说明\n' } });
    const r = await ws.request<{ files: { uri: string; diagnostics: Diagnostic[] }[] }>('govreport/checkFiles', { uris: ['file:///w/a.md', 'file:///w/readme.md'] });
    assert.deepEqual(r.files.map((f) => f.uri), ['file:///w/a.md']);
    assert.equal(nth(r.files, 0).diagnostics.length, 4);
    ws.dispose();
  });
});
