import assert from 'node:assert/strict';
import { main } from '../../server/src/cli/main';
import { parseArgs } from '../../server/src/cli/args';
import { memoryIO } from '../support/memory-io';

/** The command line's help and usage errors come from the message catalogues: Chinese by default, English with --lang en. */
describe('CLI: arguments, usage and their language', () => {
  it('prints the usage in Chinese by default, in English with --lang en, each naming every option', async () => {
    const zh = memoryIO({});
    assert.equal(await main(['--help'], zh), 0);
    const en = memoryIO({});
    assert.equal(await main(['check', '--lang', 'en', '--help'], en), 0);
    assert.match(zh.out(), /^用法：govreport check \[选项\] <文件或文件夹…>/);
    assert.match(en.out(), /^Usage: govreport check \[options\] <files or folders…>/);
    for (const option of ['--format', '--era', '--level', '--previous', '--jobs', '--lang', '--out', '--roster', '--decisions', '--record', '--no-progress']) {
      assert.ok(zh.out().includes(option), option);
      assert.ok(en.out().includes(option), option);
    }
  });

  it('says what is wrong with a bad option, then the usage, exit 2: in Chinese, or in English with --lang en anywhere', async () => {
    const zh = memoryIO({});
    assert.equal(await main(['check', '--bogus', 'a.md'], zh), 2);
    assert.equal(zh.err().split('\n')[0], 'govreport：未知选项「--bogus」。');
    assert.match(zh.err(), /\n\n用法：/);
    const en = memoryIO({});
    assert.equal(await main(['report', 'dir', '--out', 'x.pdf', '--lang=en'], en), 2);
    assert.equal(en.err().split('\n')[0], 'govreport：The review report can only be saved as .html, .xlsx or .docx, got “x.pdf”.');
    assert.match(en.err(), /\n\nUsage: /);
  });

  it('reads --jobs: a count from 1 to 16 or auto; anything else is a usage error', () => {
    assert.deepEqual(parseArgs(['check', '--jobs', '3', 'a.md']), { kind: 'check', format: 'text', era: undefined, level: undefined, locale: 'zh-cn', paths: ['a.md'], previous: undefined, jobs: 3 });
    assert.equal((parseArgs(['report', 'd', '--jobs=auto']) as { jobs?: unknown }).jobs, 'auto');
    for (const bad of ['0', '17', '1.5', 'many', '']) {
      const command = parseArgs(['check', '--jobs', bad, 'a.md']);
      assert.deepEqual(command, { kind: 'usage-error', locale: 'zh-cn', message: `--jobs 只能是 1 到 16 之间的整数或 auto，收到「${bad}」。` }, bad);
    }
  });
});
