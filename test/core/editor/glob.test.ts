import { strict as assert } from 'node:assert';
import { compileGlob, GLOB_LIMITS, matchesGlob } from '../../../server/src/core/editor/glob';
import { parseRcText } from '../../../server/src/core/editor/options';

/** `files` patterns come from the workspace: each one is matched by minimatch within limits, or refused with a reason; none throws or hangs. */
describe('files patterns (untrusted)', () => {
  it('matches what users write: a name anywhere, folders, braces, character classes, case-insensitively', () => {
    assert.ok(matchesGlob('*.md', '/w/x/a.md'));
    assert.ok(matchesGlob('年报/**/*.{md,txt}', '/w/年报/2023/县政府.TXT'));
    assert.ok(matchesGlob('report-[0-9].md', '/w/report-7.md'));
    assert.ok(!matchesGlob('report-[0-9].md', '/w/report-x.md'));
    assert.ok(!matchesGlob('reports/*.md', '/w/other/a.md'));
    assert.ok(matchesGlob('/w/reports/*.md', '/w/reports/a.md'), 'a pattern starting with / is anchored');
    assert.ok(!matchesGlob('/reports/*.md', '/w/reports/a.md'));
  });

  it('refuses, with a reason, the patterns that could cost time or memory', () => {
    const kinds = (p: string) => { const c = compileGlob(p); return 'problem' in c ? c.problem.kind : 'ok'; };
    assert.equal(kinds(''), 'empty');
    assert.equal(kinds('a'.repeat(GLOB_LIMITS.maxLength + 1)), 'too-long');
    assert.equal(kinds('*a'.repeat(GLOB_LIMITS.maxWildcards + 1)), 'too-many-wildcards');
    assert.equal(kinds(Array.from({ length: GLOB_LIMITS.maxGlobstars + 1 }, () => '**').join('/')), 'too-many-globstars');
    assert.equal(kinds('{a,b}{c,d}{e,f}{g,h}{i,j}'), 'too-many-alternatives');
    assert.equal(kinds('{a,b}{c,d}'), 'ok');
    assert.equal(kinds('*[0-9]*.md'), 'too-many-wildcards', 'a class is a regular expression: one * beside it');
    assert.equal(kinds('*[0-9].md'), 'ok');
  });

  it('treats what would be code elsewhere as plain characters: no extglob, negation, comment or regex', () => {
    for (const p of ['!(*.md)', '+(a|b)*', '#comment', '(?:a+)+$', 'a{', '[', '[z-a]', '\\']) {
      assert.doesNotThrow(() => matchesGlob(p, '/w/a.md'), p);
    }
    assert.ok(!matchesGlob('!(*.md)', '/w/a.md'), 'an extglob is no negation of *.md');
    assert.ok(!matchesGlob('!*.md', '/w/a.md'));
  });

  it('answers the worst pattern within its limits on a long path (no catastrophic backtracking)', () => {
    const pattern = '**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b';
    assert.ok('matcher' in compileGlob(pattern));
    // minimatch's own regular expression takes 25 s on '*a*a*a*a*b' against 200 a's; ours is linear in the name.
    const path = `/${'a/'.repeat(1000)}${'a'.repeat(GLOB_LIMITS.maxSegmentLength)}`;
    assert.equal(matchesGlob(pattern, path), false);
    assert.equal(matchesGlob('**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/**/*a*a*a*a*a*a*b', `/${`${'a'.repeat(250)}/`.repeat(15)}`), false);
    assert.equal(matchesGlob('*', `/${'a'.repeat(GLOB_LIMITS.maxSegmentLength + 1)}`), false, 'a name over the limit matches nothing');
    assert.equal(matchesGlob('**/**/**/**/x', `/${'a/'.repeat(1500)}y`), false);
    assert.equal(matchesGlob('*', '/'.repeat(GLOB_LIMITS.maxPathLength + 1)), false, 'a path over the limit matches nothing');
  });

  it('a bad pattern in .govreportrc.json is one problem naming it; the good ones apply', () => {
    const { options, problems, unusable } = parseRcText(JSON.stringify({ files: { [`${'*a'.repeat(20)}.md`]: true, 'reports/*.md': true, '': false } }));
    assert.equal(unusable, undefined);
    assert.deepEqual(options.files, { 'reports/*.md': true });
    assert.equal(problems.length, 2);
    assert.match(problems[0] ?? '', /^files 中的模式「(\*a){20}\.md」通配符过多（20 个 \* 或 \?，最多 16 个），已忽略。$/);
    assert.match(problems[1] ?? '', /^files 中的模式「」是空的，已忽略。$/);
    const many = parseRcText(JSON.stringify({ files: Object.fromEntries(Array.from({ length: 100 }, (_, k) => [`r${k}.md`, true])) }));
    assert.equal(Object.keys(many.options.files ?? {}).length, GLOB_LIMITS.maxPatterns);
    assert.deepEqual(many.problems, [`files 中的模式过多（100 个，最多 ${GLOB_LIMITS.maxPatterns} 个），只采用前 ${GLOB_LIMITS.maxPatterns} 个。`]);
  });
});
