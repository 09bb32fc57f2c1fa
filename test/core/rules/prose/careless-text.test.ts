import assert from 'node:assert/strict';
import { applyEdits, corpusText, covered, findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021 } from '../../../support/reports';

/**
 * The careless-text hints on real report text: seed 002 writes "按时按时办理247件", seed 000 opens
 * “无法律法规规定… and never closes it, seed 004 writes 书记听民生” without its opening mark
 * (all read in the reports by hand). Hints only: never on numbers or headings.
 */
const SEED_000 = corpusText('seeds/000_7cc22e727452566f.txt');
const SEED_002 = corpusText('seeds/002_88675d8c40a23bc6.txt');
const SEED_004 = corpusText('seeds/004_9f2672fdddbd3341.txt');
const LINE = '2023年，示例市生态环境局认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，持续推进政府信息公开工作。';
const replaced = (to: string): string => {
  assert.ok(CLEAN_2021.includes(LINE));
  return CLEAN_2021.replace(LINE, to);
};

describe('careless text (hints)', () => {
  it('gives nothing on the clean examples', () => {
    for (const rule of ['prose/doubled-word', 'prose/half-width-punctuation', 'prose/unbalanced-brackets', 'date/malformed-date']) {
      assert.deepEqual(findingsOf(rule, CLEAN_2021), [], rule);
      assert.deepEqual(findingsOf(rule, CLEAN_2019), [], rule);
    }
  });

  describe('prose/doubled-word', () => {
    const RULE = 'prose/doubled-word';
    it('finds 按时按时 in seed 002 as a hint, the one finding there', () => {
      const found = findingsOf(RULE, SEED_002);
      assert.equal(found.length, 1);
      const [f] = found;
      assert.ok(f);
      assert.equal(covered(SEED_002, f), '按时按时');
      assert.equal(f.severity, 'info');
    });
    it('leaves repeated numbers alone', () => {
      assert.deepEqual(findingsOf(RULE, replaced('2023年，我局主动公开信息1212条。')), []);
    });
    it('takes the longest doubled word at a place, and a doubled function word unless a word ends in it (目的的) or it is AABB', () => {
      const text = replaced('2023年，我局加强政务公开政务公开工作，认认真真落实目的的要求，公开的的信息。');
      assert.deepEqual(findingsOf(RULE, text).map((f) => covered(text, f)), ['政务公开政务公开', '的的']);
    });
  });

  describe('prose/half-width-punctuation', () => {
    const RULE = 'prose/half-width-punctuation';
    it('finds a half-width comma between Chinese words', () => {
      const text = replaced('2023年,示例市生态环境局认真贯彻落实《条例》,坚持以公开为常态、不公开为例外。');
      const found = findingsOf(RULE, text);
      assert.deepEqual(found.map((f) => covered(text, f)), [',', ',']);
      assert.ok(found.every((f) => f.severity === 'info'));
    });
    it('leaves numbers (1,260) alone', () => {
      assert.deepEqual(findingsOf(RULE, replaced('2023年，全年主动公开政府信息1,260条。')), []);
    });
  });

  describe('prose/unbalanced-brackets', () => {
    const RULE = 'prose/unbalanced-brackets';
    it('finds the unclosed “ of seed 000 and the unopened ” of seed 004', () => {
      const open = findingsOf(RULE, SEED_000);
      assert.deepEqual(open.map((f) => covered(SEED_000, f)), ['“']);
      const close = findingsOf(RULE, SEED_004);
      assert.deepEqual(close.map((f) => covered(SEED_004, f)), ['”']);
    });
  });

  describe('date/malformed-date', () => {
    const RULE = 'date/malformed-date';
    it('finds a period whose month and day ran together (自202311日起，至20231231日止)', () => {
      const text = CLEAN_2021.replace('自2023年1月1日起至2023年12月31日止', '自202311日起至20231231日止');
      assert.notEqual(text, CLEAN_2021);
      const found = findingsOf(RULE, text);
      assert.ok(found.length >= 1);
      assert.ok(found.every((f) => f.severity === 'info'));
      assert.match(found[0]?.message ?? '', /202311日/);
    });
  });
});

describe('careless text: a text full of slips (issue 17)', () => {
  const RULE = 'prose/half-width-punctuation';
  it('gives a text full of slips one finding whose fix turns every mark, in order, CRLF kept', () => {
    // 60 sentences of our own, each with a half-width comma, a colon and a bracketed pair: 240 slips.
    const sentence = '我局持续推进公开工作,重点做好以下事项:主动公开(含政策解读)信息。';
    const text = replaced(Array<string>(60).fill(sentence).join('')).replace(/\n/g, '\r\n');
    const found = findingsOf(RULE, text);
    assert.equal(found.length, 1);
    const [f] = found;
    assert.ok(f?.fix);
    assert.equal(f.data?.count, 240);
    assert.equal(covered(text, f), ',');
    assert.equal(f.related?.length, 50);
    assert.deepEqual(f.related.slice(0, 3).map((r) => covered(text, r)), [':', '(', ')']);
    assert.equal(f.fix.edits.length, 240);
    assert.equal(f.fix.safe, true);
    const fixed = applyEdits(text, f.fix.edits);
    assert.equal(fixed, text.replaceAll(sentence, '我局持续推进公开工作，重点做好以下事项：主动公开（含政策解读）信息。'));
    assert.ok(!/(^|[^\r])\n/.test(fixed), 'no bare LF');
  });
});
