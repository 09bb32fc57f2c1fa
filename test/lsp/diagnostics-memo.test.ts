import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OPTIONS } from '../../server/src/core/editor/options';
import { analyzeForEditor } from '../../server/src/lsp/analyses';
import { DiagnosticsMemo } from '../../server/src/lsp/diagnostics-memo';
import { toDiagnostics } from '../../server/src/service/diagnostics';
import type { DiagnosticData } from '../../server/src/service/diagnostics';

/** A version's diagnostics are converted once; any other version, place or analysis gets its own. */
const DRAFT = readFileSync(join(__dirname, '..', 'fixtures', 'editor', 'draft-2021.md'), 'utf8');
const URI = 'file:///r/draft.md';

describe('DiagnosticsMemo', () => {
  const analysis = analyzeForEditor({ text: DRAFT, uri: URI, languageId: 'markdown' }, DEFAULT_OPTIONS, 'zh-cn', true);

  it('answers a pull of the same analysis and version with the diagnostics converted the first time', () => {
    const memo = new DiagnosticsMemo();
    const first = memo.of(analysis, { uri: URI, version: 3, docsBase: 'file:///docs' });
    assert.ok(first.length > 0, 'the draft has findings');
    assert.deepStrictEqual(first, toDiagnostics(analysis, { uri: URI, version: 3, docsBase: 'file:///docs' }));
    assert.equal(memo.of(analysis, { uri: URI, version: 3, docsBase: 'file:///docs' }), first);
  });

  it('converts again for another version, another previous report or another analysis', () => {
    const memo = new DiagnosticsMemo();
    const first = memo.of(analysis, { uri: URI, version: 3 });
    const later = memo.of(analysis, { uri: URI, version: 4 });
    assert.notEqual(later, first);
    assert.ok(later.every((d) => (d.data as DiagnosticData).version === 4));
    assert.notEqual(memo.of(analysis, { uri: URI, version: 4, previousUri: 'file:///r/2023.md' }), later);
    const again = analyzeForEditor({ text: DRAFT, uri: URI, languageId: 'markdown' }, DEFAULT_OPTIONS, 'zh-cn', true);
    assert.notEqual(memo.of(again, { uri: URI, version: 4 }), later);
  });
});
