import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { main } from '../../server/src/cli/main';
import { corpusText } from '../support/check';
import { memoryIO } from '../support/memory-io';
import { nth } from '../support/nth';

/**
 * `govreport check --pack <file>`: an office applies its rule pack to reports collected from the
 * units without writing a .govreportrc.json beside them. page-017 (浑南区民族和宗教事务局, 2021)
 * has a part 一 of four short lines without 政务公开工作要点 and a part 六 on fees only: the
 * example pack finds those three (test/cli/pack.test.ts finds the same through an rc file).
 */
const ROOT = join(__dirname, '..', '..');
const EXAMPLE_PACK = readFileSync(join(ROOT, 'examples', 'packs', '示例市.govreport-pack.json'), 'utf8');
const REPORT = corpusText('real/pages/017.txt');
const LOCAL_RULES = ['content/required-phrase', 'content/part-one-length'];

interface JsonRun { files: { path: string; error?: string; findings: { rule: string; message: string }[] }[] }
const filesOf = (io: { out(): string }) => (JSON.parse(io.out()) as JsonRun).files;
const localFindings = (io: { out(): string }, path: string) => (filesOf(io).find((f) => f.path === path)?.findings ?? []).filter((f) => LOCAL_RULES.includes(f.rule));

describe('govreport check --pack', () => {
  it('is read for check and report, and must name a .json file', () => {
    assert.deepEqual((parseArgs(['check', '--pack', 'p.json', 'a.txt']) as { pack?: string }).pack, 'p.json');
    assert.deepEqual((parseArgs(['report', '--pack=p.json', 'dir']) as { pack?: string }).pack, 'p.json');
    const wrong = parseArgs(['check', '--pack', 'p.txt', 'a.txt']);
    assert.equal(wrong.kind, 'usage-error');
    assert.equal((wrong as { message: string }).message, '--pack 需要规则包的 .json 文件，收到「p.txt」。');
  });

  it('applies the pack to a file with no .govreportrc.json', async () => {
    const io = { ...memoryIO({ '/office/p.json': EXAMPLE_PACK, 'a.txt': REPORT }), cwd: '/units' };
    await main(['check', '--format', 'json', '--pack', '/office/p.json', 'a.txt'], io);
    assert.equal(io.err(), '');
    const local = localFindings(io, 'a.txt');
    assert.deepEqual(local.map((f) => f.rule).sort(), ['content/part-one-length', 'content/required-phrase', 'content/required-phrase']);
    assert.ok(local.every((f) => f.message.includes('（规则包「示例市年报编制要求」）')));
  });

  it('replaces the local rules of the pack an rc names, under the rc’s own rule levels', async () => {
    const rcPack = JSON.stringify({ name: '单位自己的要求', phrases: [{ anyOf: ['从未出现的短语'], part: 1 }] });
    const files = { '/units/.govreportrc.json': JSON.stringify({ pack: 'own.json', rules: { 'content/part-one-length': 'off' } }), '/units/own.json': rcPack, '/office/p.json': EXAMPLE_PACK, 'a.txt': REPORT };
    const io = { ...memoryIO(files), cwd: '/units' };
    await main(['check', '--format', 'json', '--pack', '/office/p.json', 'a.txt'], io);
    const local = localFindings(io, 'a.txt');
    assert.deepEqual(local.map((f) => f.rule), ['content/required-phrase', 'content/required-phrase'], 'the rc switched part-one-length off');
    assert.ok(local.every((f) => f.message.includes('示例市年报编制要求') && !f.message.includes('从未出现的短语')));
  });

  it('says the problems of the pack once, under its path, and exits with 2 when nothing of it can be used', async () => {
    const io = { ...memoryIO({ '/office/p.json': '{ "phrases": [ }', 'a.txt': REPORT, 'b.txt': REPORT }), cwd: '/units' };
    assert.equal(await main(['check', '--format', 'json', '--pack', '/office/p.json', 'a.txt', 'b.txt'], io), 2);
    assert.equal(io.err().split('\n').filter((l) => l !== '').length, 1);
    assert.match(io.err(), /^govreport：配置文件 \/office\/p\.json：规则包不是有效的 JSON（第 1 行第 \d+ 列），整个文件未被采用：/);
    assert.deepEqual(localFindings(io, 'a.txt'), []);
  });

  it('checks the files without a pack that cannot be read, as a failure of its own', async () => {
    const io = { ...memoryIO({ 'a.txt': REPORT }), cwd: '/units' };
    assert.equal(await main(['check', '--format', 'json', '--pack', '/office/missing.json', 'a.txt'], io), 2);
    const pack = nth(filesOf(io), 0);
    const report = nth(filesOf(io), 1);
    assert.equal(pack.path, '/office/missing.json');
    assert.equal(pack.error, '无法读取 --pack 指定的规则包（文件不存在），各文件照常检查，未用此规则包。');
    assert.equal(report.path, 'a.txt');
    assert.ok(report.findings.length > 0, 'the report is still checked');
  });
});
