import assert from 'node:assert/strict';
import { checkReport } from '../../server/src/core/check';
import { corpusText } from '../support/check';
import { SEED_003 } from '../support/reports';

/** What a finding says, without where it is (positions differ between layouts of the same text). */
function summary(text: string): string[] {
  return checkReport(text).findings.map((f) => `${f.rule} ${f.severity} ${JSON.stringify(f.data ?? {})} ${f.message}`);
}

/** The same report three ways: plain lines, Markdown headings, and one long line (as some sites serve it). */
function layouts(plain: string): { plain: string; markdown: string; oneLine: string } {
  const lines = plain.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const markdown = lines
    .map((l, i) => (i === 0 ? `# ${l}` : /^[一二三四五六七八九十]+、/.test(l) ? `## ${l}` : /^[（(][一二三四五六七八九十]+[）)]/.test(l) ? `### ${l}` : l))
    .join('\n\n');
  const oneLine = `${lines[0]}\n${lines.slice(1).join(' ')}`;
  return { plain, markdown, oneLine };
}

describe('the same content in plain text, Markdown and one long line gives the same findings', () => {
  const cases: Record<string, string> = {
    'seed 003 (2007 条例)': SEED_003,
    'page 020 (2021 format, bare table parts)': corpusText('real/pages/020.txt'),
    'seed 002 made multi-line (2007 条例, early signature)': corpusText('seeds/002_88675d8c40a23bc6.txt').replace(/ (?=[一二三四五六]、)/g, '\n'),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const { plain, markdown, oneLine } = layouts(text);
      const expected = summary(plain);
      assert.ok(expected.length > 0, 'the case must have findings to compare');
      assert.deepEqual(summary(markdown), expected, 'markdown');
      assert.deepEqual(summary(oneLine), expected, 'one line');
    });
  }
});
