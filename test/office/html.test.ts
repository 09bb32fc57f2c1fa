import assert from 'node:assert/strict';
import { buildOfficeReport } from '../../server/src/core/office/build';
import type { UnitFacts } from '../../server/src/core/office/types';
import { renderHtml } from '../../server/src/office/html';
import { nth } from '../support/nth';

/** The HTML renderer: every piece of report text escaped, print rules present, no script, no network. */
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

function hostileUnit(): UnitFacts {
  return {
    path: `d/${HOSTILE}.md`, name: HOSTILE, year: 2025, era: '2021', cells: {}, tables: {}, sentences: [],
    findings: [{ rule: 'structure/heading-variant', severity: 'warning', message: HOSTILE, line: 3, column: 1, place: HOSTILE, fingerprint: 'x:1', context: { before: HOSTILE, match: HOSTILE, after: HOSTILE }, advice: HOSTILE, other: HOSTILE, note: HOSTILE, decision: 'verified', state: 'open' }],
  };
}

describe('the 校验报告 as HTML', () => {
  const report = buildOfficeReport({ units: [hostileUnit()], options: { name: HOSTILE }, folders: [HOSTILE], generated: { year: 2026, month: 2, day: 1 }, tool: 'govreport', locale: 'zh-cn' });
  const html = renderHtml(report);

  it('escapes names, messages, places, context, advice, notes, folders and the title', () => {
    assert.doesNotMatch(html, /<script|<img|onerror=alert\(\d\)>/i);
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;';
    // <title>, <h1>, scope (folder), summary name, unit heading, unit file path, place, message, context ×3, advice, note
    // (13; the file-name columns show the part after the last "/", which here is inside the hostile text, escaped too)
    assert.equal(html.split(escaped).length - 1, 13);
    // The title in the CSS margin box is a CSS string: quotes and backslashes escaped, no way out of the string.
    assert.match(html, /@top-right \{ content: "\\3c script\\3e alert\(1\)\\3c \/script\\3e \\3c img src=x onerror=alert\(2\)\\3e \\22 '\\26 2025年度/);
    assert.doesNotMatch(html, /<\/style>[\s\S]*<\/style>/);
  });

  it('asks for A4 with page numbers, repeated table headers and rows kept whole, and loads nothing', () => {
    const plain = { ...hostileUnit(), name: '某某县财政局', path: 'd/财政局.md', findings: [] };
    const html = renderHtml(buildOfficeReport({ units: [plain], options: {}, folders: ['d'], generated: { year: 2026, month: 2, day: 1 }, tool: 'govreport', locale: 'zh-cn' }));
    assert.match(html, /@page \{ size: A4; margin: 18mm 15mm 20mm 15mm;/);
    assert.match(html, /@bottom-center \{ content: "第 " counter\(page\) " 页";/);
    assert.match(html, /thead \{ display: table-header-group; \}/);
    assert.match(html, /tr, td, th \{ break-inside: avoid; page-break-inside: avoid; \}/);
    assert.match(html, /"SimSun", "宋体"/);
    assert.doesNotMatch(html, /\b(src|href)=|url\(|@import/i);
  });

  it('shows a Word/PDF place instead of the line when the importer gave one (D4)', () => {
    const unit: UnitFacts = {
      path: 'd/县财政局.docx', name: '县财政局', year: 2025, era: '2021', cells: {}, tables: {}, sentences: [],
      findings: [
        { rule: 'table/wrong-cell', severity: 'error', message: 'm1', line: 40, column: 3, place: '表三「（七）总计 / 自然人」', fingerprint: 'a:1', source: { kind: 'cell', table: 2, row: 27, column: 4 }, sourceTable: '三' },
        { rule: 'structure/heading-variant', severity: 'warning', message: 'm2', line: 50, column: 1, place: '第四部分', fingerprint: 'a:2', source: { kind: 'paragraph', paragraph: 31 } },
        { rule: 'date/after-deadline', severity: 'warning', message: 'm3', line: 60, column: 1, place: '落款', fingerprint: 'a:3', source: { kind: 'page', page: 4 } },
      ],
    };
    const html = renderHtml(buildOfficeReport({ units: [unit], options: {}, folders: ['d'], generated: { year: 2026, month: 2, day: 1 }, tool: 'govreport', locale: 'zh-cn' }));
    // The location cell: the source place, then the place by meaning (the message cell ends with the rule id instead).
    const locations = [...html.matchAll(/<td>([^<]*)<br><span class="place">([^<]*)<\/span><\/td>/g)].filter((m) => !/^[a-z-]+\//.test(nth(m, 2))).map((m) => [m[1], m[2]]);
    assert.deepEqual(locations, [['表三第27行第4列', '表三「（七）总计 / 自然人」'], ['第31段', '第四部分'], ['第4页', '落款']]);
  });
});
