import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PAIR_RULES, REPORT_RULES, RULES } from '../server/src/core/rules';
import { isPairRule } from '../server/src/core/rules/types';
import { EN } from '../server/src/core/i18n/en';
import { ZH_CN } from '../server/src/core/i18n/zh-cn';

const ROOT = join(__dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every rule of the one registry: the single-report rules and the pair (cross-year) rules. */
const ALL_RULES = RULES;

describe('meta: registry, files, docs and catalogues agree', () => {
  const tests = testFiles(join(ROOT, 'test')).map((f) => readFileSync(f, 'utf8')).join('\n');

  it('has unique rule ids of the form category/kebab-name, matching their category', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of ALL_RULES) {
      assert.match(r.meta.id, /^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.equal(r.meta.id.split('/')[0], r.meta.category, r.meta.id);
      assert.match(r.meta.title, /[\u4e00-\u9fff]/, `${r.meta.id} needs a Chinese title`);
    }
  });

  it('keeps one rule per file, named after its id', () => {
    for (const r of ALL_RULES) assert.ok(existsSync(join(ROOT, 'server', 'src', 'core', 'rules', `${r.meta.id}.ts`)), r.meta.id);
  });

  it('documents every rule in docs/rules/<id>.md', () => {
    for (const r of ALL_RULES) {
      const doc = join(ROOT, 'docs', 'rules', `${r.meta.id}.md`);
      assert.ok(existsSync(doc), `missing ${doc}`);
      assert.ok(readFileSync(doc, 'utf8').startsWith(`# ${r.meta.id}`), `${doc} must start with its id`);
    }
  });

  it('tests every rule', () => {
    for (const r of ALL_RULES) assert.ok(tests.includes(`'${r.meta.id}'`), `no test names ${r.meta.id}`);
  });

  it('marks the rules that need the previous report as pair rules, and only those, after the single-report rules', () => {
    for (const r of RULES) assert.equal(isPairRule(r), r.meta.category === 'cross-year', `${r.meta.id}: a cross-year rule is a PairRule (pair: true), no other rule is`);
    assert.deepEqual(RULES.map((r) => r.meta.id), [...REPORT_RULES, ...PAIR_RULES].map((r) => r.meta.id));
  });

  it('gives every service function file its own unit test in test/service/', () => {
    // requests.ts holds only the custom requests' names and payload types: nothing to run.
    const services = readdirSync(join(ROOT, 'server', 'src', 'service')).filter((f) => f.endsWith('.ts') && f !== 'requests.ts');
    for (const f of services) assert.ok(existsSync(join(ROOT, 'test', 'service', f.replace(/\.ts$/, '.test.ts'))), `no test/service/${f.replace(/\.ts$/, '.test.ts')}`);
  });

  it('has a message in the catalogue for every rule', () => {
    for (const r of ALL_RULES) assert.ok(Object.keys(ZH_CN).some((k) => k === r.meta.id || k.startsWith(`${r.meta.id}.`)), `no message key for ${r.meta.id}`);
  });

  it('has the same message keys, with the same placeholders, in Chinese and English', () => {
    assert.deepEqual(Object.keys(EN).sort(), Object.keys(ZH_CN).sort());
    const holes = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, zh] of Object.entries(ZH_CN)) assert.deepEqual(holes(EN[key as keyof typeof EN]), holes(zh), key);
  });
});
