import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OPTIONS } from '../../server/src/core/editor/options';
import { analyzeForEditor } from '../../server/src/lsp/analyses';
import { packAnalysis, unpackAnalysis } from '../../server/src/lsp/analysis-transfer';
import type { Analysis } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/text/line-index';
import { editCountOf, toDiagnostics } from '../../server/src/service/diagnostics';
import type { DiagnosticData } from '../../server/src/service/diagnostics';

/**
 * How a worker's analysis travels to the server's thread (issue 17): packed without the document's
 * text and with the fixes' edits as columns, then unpacked it must be the very analysis the worker
 * made, classes included; the text itself must not travel.
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const DRAFT = readFileSync(join(FIXTURES, 'editor', 'draft-2021.md'), 'utf8');
const PAGE = readFileSync(join(FIXTURES, 'corpus', 'peers', 'city-2025-tables.html'), 'utf8');

function analysed(text: string, uri: string, languageId: string): Analysis {
  return analyzeForEditor({ text, uri, languageId }, DEFAULT_OPTIONS, 'zh-cn', true);
}

/** What postMessage does to a packed analysis: a structured clone, the typed arrays' buffers transferred. */
function sent(analysis: Analysis, text: string): Analysis {
  const { packed, transfer } = packAnalysis(analysis, text);
  return unpackAnalysis(structuredClone(packed, { transfer }), text);
}

describe('analysis transfer from a worker', () => {
  it('gives back the same analysis of a Markdown draft, line indexes as LineIndex', () => {
    const analysis = analysed(DRAFT, 'file:///r/draft.md', 'markdown');
    const received = sent(analysis, DRAFT);
    assert.deepStrictEqual(received, analysis);
    assert.ok(received.model.sourceLines instanceof LineIndex);
    assert.equal(received.model.sourceLines.positionAt(DRAFT.indexOf('二、')).line, analysis.model.sourceLines.positionAt(DRAFT.indexOf('二、')).line);
  });

  it('gives back the same analysis of an HTML page, whose checked view differs from the source', () => {
    const analysis = analysed(PAGE, 'file:///r/page.html', 'html');
    assert.notEqual(analysis.model.text, PAGE);
    assert.deepStrictEqual(sent(analysis, PAGE), analysis);
  });

  it('sends the document text only where it differs from the text the main thread has', () => {
    const markdown = packAnalysis(analysed(DRAFT, 'file:///r/draft.md', 'markdown'), DRAFT).packed;
    assert.deepStrictEqual(markdown.sameAsText, ['text', 'source', 'lines', 'sourceLines']);
    assert.equal(markdown.analysis.model.text, '');
    assert.equal(markdown.analysis.model.sourceLines.text, '');
    const page = packAnalysis(analysed(PAGE, 'file:///r/page.html', 'html'), PAGE).packed;
    assert.deepStrictEqual(page.sameAsText, ['source', 'sourceLines']);
    assert.equal(page.analysis.model.text.length, PAGE.length);
  });

  it('carries a fix-all of many edits as columns, each replacement text once', () => {
    // Half-width commas between Chinese characters in a report that uses full-width marks: one finding whose fix has an edit per comma.
    const slips = DRAFT.replace('全年', `全年${'收到申请,办结申请,'.repeat(300)}`);
    const analysis = analysed(slips, 'file:///r/slips.md', 'markdown');
    const withFix = analysis.findings.filter((f) => f.fix);
    const many = withFix.find((f) => (f.fix?.edits.length ?? 0) >= 600);
    assert.ok(many, 'the half-width commas give one fix of at least 600 edits');
    const { packed } = packAnalysis(analysis, slips);
    const total = withFix.reduce((n, f) => n + (f.fix?.edits.length ?? 0), 0);
    assert.equal(packed.edits.length, total * 3);
    assert.deepStrictEqual(packed.newTexts, [...new Set(withFix.flatMap((f) => f.fix?.edits.map((e) => e.newText) ?? []))]);
    assert.ok(packed.analysis.findings.every((f) => f.fix === undefined || f.fix.edits.length === 0));
    assert.deepStrictEqual(packed.editCounts[analysis.findings.indexOf(many)], many.fix?.edits.length);
    assert.deepStrictEqual(sent(analysis, slips), analysis);
  });

  it('builds a large fix\'s edits in the server\'s thread only when they are read, their number known before', () => {
    const slips = DRAFT.replace('全年', `全年${'收到申请,办结申请,'.repeat(300)}`);
    const analysis = analysed(slips, 'file:///r/slips.md', 'markdown');
    const many = analysis.findings.find((f) => (f.fix?.edits.length ?? 0) >= 600);
    assert.ok(many?.fix);
    const received = sent(analysis, slips).findings[analysis.findings.indexOf(many)];
    assert.ok(received?.fix);
    assert.equal(typeof Object.getOwnPropertyDescriptor(received.fix, 'edits')?.get, 'function', 'not built yet');
    assert.equal(editCountOf(received.fix), many.fix.edits.length);
    const diagnostic = toDiagnostics({ ...analysis, findings: [received] }, { uri: 'file:///r/slips.md', version: 1 })[0];
    assert.deepStrictEqual((diagnostic?.data as DiagnosticData).fix, { title: many.fix.title, safe: true });
    assert.deepStrictEqual(received.fix.edits, many.fix.edits);
    assert.equal(received.fix.edits, received.fix.edits, 'built once');
  });
});
