import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { MAX_EDITS_IN_DIAGNOSTIC } from '../../server/src/service/diagnostics';
import type { DiagnosticData } from '../../server/src/service/diagnostics';
import { CLEAN_2021, replaceOnce } from '../support/reports';
import { defined, nth } from '../support/nth';
import { startLsp } from './harness';
import type { Lsp } from './harness';

/**
 * A report whose part 一 is full of half-width marks (our own sentence, 60 times: 240 slips): one
 * finding whose fix has more edits than a diagnostic carries. The quick fix and fix-all still apply
 * every edit; the diagnostics do not ship them (issue 17).
 */
const SENTENCE = '我局持续推进公开工作,重点做好以下事项:主动公开(含政策解读)信息。';
const FIXED = '我局持续推进公开工作，重点做好以下事项：主动公开（含政策解读）信息。';
const LINE = '2023年，示例市生态环境局认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，持续推进政府信息公开工作。';
const TEXT = replaceOnce(CLEAN_2021, LINE, Array<string>(60).fill(SENTENCE).join(''));
const URI = 'file:///work/reports/converted.md';
const RULE = 'prose/half-width-punctuation';

async function massFinding(lsp: Lsp): Promise<Diagnostic> {
  const found = (await lsp.diagnostics(URI)).filter((d) => d.code === RULE);
  assert.equal(found.length, 1);
  return nth(found, 0);
}

describe('language server over LSP: a fix of many edits (issue 17)', () => {
  let lsp: Lsp;
  beforeEach(async () => {
    lsp = await startLsp();
    await lsp.open(URI, TEXT);
  });
  afterEach(() => { lsp.dispose(); });

  it(`publishes the diagnostic with its fix's title but not its 240 edits (more than ${String(MAX_EDITS_IN_DIAGNOSTIC)})`, async () => {
    const data = (await massFinding(lsp)).data as DiagnosticData;
    assert.equal(data.rule, RULE);
    assert.deepEqual(data.fix, { title: '全部 240 处改为全角标点', safe: true });
  });

  it('applies every edit through the quick fix, taken from the analysis', async () => {
    const d = await massFinding(lsp);
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
    const fix = defined(actions.find((a) => a.isPreferred));
    assert.equal(fix.title, '全部 240 处改为全角标点');
    const edits = defined(fix.edit?.documentChanges?.[0]);
    assert.ok('edits' in edits);
    assert.equal(edits.edits.length, 240);
    await lsp.apply(defined(fix.edit));
    assert.equal(lsp.text(URI), replaceOnce(CLEAN_2021, LINE, Array<string>(60).fill(FIXED).join('')));
    assert.ok(!(await lsp.diagnostics(URI)).some((x) => x.code === RULE));
  });

  it('fixes them all with source.fixAll.govreport', async () => {
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    await lsp.apply(defined(nth(actions, 0).edit));
    assert.ok(lsp.text(URI).includes(Array<string>(60).fill(FIXED).join('')));
  });
});
