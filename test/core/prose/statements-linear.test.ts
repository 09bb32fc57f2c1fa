import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tableStatementsOf } from '../../../server/src/core/prose/statements';
import { referenceTableStatements } from './reference-statements';
import { seededRandom } from '../../support/random';

const ROOT = join(__dirname, '..', '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'examples', '2023-示例市生态环境局-规范.md'), 'utf8');

/** The standard example with `paragraph` at the end of part 一 and of part 四 (where case figures are read). */
function report(paragraph: string): string {
  const two = EXAMPLE.indexOf('## 二、');
  const five = EXAMPLE.indexOf('## 五、');
  return `${EXAMPLE.slice(0, two)}${paragraph}\n\n${EXAMPLE.slice(two, five)}${paragraph}\n\n${EXAMPLE.slice(five)}`;
}

/**
 * The pieces statement sentences are made of: the words each figure reader asks about (sub-periods,
 * whole-year expressions that hide them, 申请, other bodies, 信息公开, 复议/诉讼), markers, separators
 * and counts in every unit the readers take.
 */
const PIECES = [
  '其中', '包括', '，', '；', '、', '：', '。', '（', '）',
  '全年共收到政府信息公开申请', '本年新收', '上年结转', '办结', '结转下年度继续办理', '予以公开', '部分公开', '无法提供',
  '申请', '信息公开', '行政复议', '行政诉讼', '复议后起诉', '直接起诉', '各部门', '审核', '制发规范性文件', '现行有效规范性文件', '废止规章',
  '上半年', '一季度', '11月', '前三个月', '2023年1月1日至12月31日', '截至12月底', '12月31日', '12月',
  '12件', '3件', '7宗', '2起', '4个', '1部', '5份', '约5件', '2023年',
];

function randomParagraph(next: () => number, pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) out += PIECES[Math.floor(next() * PIECES.length)] ?? '';
  return `${out}。`;
}

/** Asserts both readings agree; returns how many statements were read. */
function agree(text: string): number {
  const model = parseReport(text);
  const found = tableStatementsOf(model);
  assert.deepEqual(found, referenceTableStatements(model), text.slice(0, 2000));
  return found.length;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(md|txt|html?)$/.test(name) ? [path] : [];
  });
}

describe('table statements read in one pass per sentence (issues 11, 17)', () => {
  it('reads a long generated 其中 sentence as the former per-figure reading does', () => {
    const sentence = Array.from({ length: 300 }, (_, i) => `${200 + i}件，其中予以公开${i % 9}件、部分公开${i % 7}件，12月31日前办结${i % 5}件，另有`).join('');
    const read = agree(report(`全年共收到政府信息公开申请${sentence}1件。其中，行政复议2件；上半年收到申请3件。`));
    assert.ok(read >= 1, `${read} statements`);
  });

  it('agrees with the former reading on 3,000 random sentences of figures, periods, markers and words', () => {
    const next = seededRandom(11);
    let read = 0;
    for (let i = 0; i < 3000; i++) read += agree(report(`${randomParagraph(next, 4 + (i % 30))}${randomParagraph(next, 3 + (i % 7))}`));
    // The generated sentences must exercise the readers, not only agree on finding nothing.
    assert.ok(read > 1000, `${read} statements`);
  });

  it('agrees with the former reading on every corpus report, fixture and example', () => {
    const files = [...filesUnder(join(ROOT, 'test', 'fixtures')), ...filesUnder(join(ROOT, 'examples'))];
    let read = 0;
    for (const path of files) read += agree(readFileSync(path, 'utf8'));
    assert.ok(files.length > 50 && read > 20, `${files.length} files, ${read} statements`);
  });
});
