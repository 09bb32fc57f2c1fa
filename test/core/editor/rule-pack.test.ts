import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packPath, PACK_LIMITS, parseRulePack } from '../../../server/src/core/editor/rule-pack';
import { findRcLayers, optionsWithRc } from '../../../server/src/core/editor/rc-lookup';
import type { RcText } from '../../../server/src/core/editor/rc-lookup';
import { DEFAULT_OPTIONS } from '../../../server/src/core/editor/options';
import { defined } from '../../support/nth';

const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'packs', '示例市.govreport-pack.json');

/** A reader over a few files, as findRcLayers gets it from the CLI and the server. */
function reader(files: Readonly<Record<string, RcText>>): (path: string) => RcText {
  return (path) => files[path];
}

describe('rule packs: reading and validation (core/editor/rule-pack.ts)', () => {
  it('reads the example pack shipped in examples/packs without a problem', () => {
    const reading = parseRulePack(readFileSync(EXAMPLE, 'utf8'), 'x');
    assert.deepEqual(reading.problems, []);
    assert.equal(reading.unusable, false);
    const local = defined(reading.pack).local;
    assert.equal(local.name, '示例市年报编制要求');
    assert.deepEqual(local.deadlines, { department: { month: 1, day: 20 }, government: { month: 3, day: 15 } });
    assert.deepEqual(local.partOne, { minChars: 800 });
    assert.deepEqual(defined(local.phrases?.[0]).anyOf, ['政务公开工作要点']);
    assert.equal(defined(local.phrases?.[0]).scope, 1);
    assert.deepEqual(reading.pack?.severities, { 'content/part-one-topics': 'warning' });
  });

  it('says where invalid JSON breaks (line and column) and uses nothing of it', () => {
    const reading = parseRulePack('{\n  "name": "某市",\n  "partOne": { "maxChars": 3000, }\n}\n', 'p.json');
    assert.equal(reading.unusable, true);
    assert.equal(reading.pack, undefined);
    assert.equal(reading.problems.length, 1);
    assert.match(reading.problems[0] ?? '', /^规则包不是有效的 JSON（第 3 行第 \d+ 列），整个文件未被采用：/);
  });

  it('refuses a pack that is not an object, or larger than its cap, as unusable', () => {
    assert.deepEqual(parseRulePack('[1, 2]', 'p').problems, ['规则包应为一个 JSON 对象（{ … }），整个文件未被采用。']);
    const huge = parseRulePack(`{"description": "${'字'.repeat(PACK_LIMITS.chars)}"}`, 'p');
    assert.equal(huge.unusable, true);
    assert.match(huge.problems[0] ?? '', /规则包过大/);
  });

  it('skips each value of the wrong type with a Chinese problem and keeps the rest', () => {
    const reading = parseRulePack(JSON.stringify({
      name: 42,
      colour: 'red',
      deadlines: { department: '02-10', government: '3月15日', county: '01-01' },
      partOne: { maxChars: '3000', minChars: 500 },
      phrases: [{ anyOf: [] }, { anyOf: '政务公开工作要点', part: 7 }, { anyOf: ['依申请公开'], part: 1, note: '' }, 'x'],
      rules: { 'date/local-deadline': 'loud', 'no/such-rule': 'off', 'content/required-phrase': 'error' },
    }), 'p.json');
    assert.equal(reading.unusable, false);
    assert.deepEqual(reading.problems, [
      '未知的项「colour」，已忽略（可用的项：name、description、deadlines、partOne、phrases、rules）。',
      '「name」应为不超过 100 个字的名称，已改用文件名。',
      'deadlines 中「department」（2月10日）晚于法定期限（1月31日），已忽略：本地要求只能更早。',
      'deadlines 中未知的主体「county」，已忽略（只能是 department 或 government）。',
      'partOne 中「maxChars」应为 1 至 1000000 的整数（字数），收到 "3000"，已忽略。',
      '「phrases」第 1 项的「anyOf」应为 1 至 20 个不超过 200 字的短语，已忽略此项。',
      '「phrases」第 2 项的「part」只能是 1 至 6、"preamble" 或 "any"，收到 7，已忽略此项。',
      '「phrases」第 3 项的「note」应为不超过 300 字的说明，已忽略 note。',
      '「phrases」第 4 项应为 { "anyOf": ["…"], "part": 1 }，已忽略此项。',
      '规则「date/local-deadline」的级别只能是 off、info、warning 或 error，已忽略。',
      '未知规则「no/such-rule」，已忽略。',
    ]);
    const local = defined(reading.pack).local;
    assert.equal(local.name, 'p.json');
    assert.deepEqual(local.deadlines, { government: { month: 3, day: 15 } });
    assert.deepEqual(local.partOne, { minChars: 500 });
    assert.deepEqual(local.phrases, [{ anyOf: ['依申请公开'], scope: 1 }]);
    assert.deepEqual(reading.pack?.severities, { 'content/required-phrase': 'error' });
  });
});

describe('rule packs: the path, the boundary and the rc layers (core/editor/rc-lookup.ts)', () => {
  it('resolves the path relative to the rc file and refuses absolute paths, URLs and other file types', () => {
    assert.deepEqual(packPath('/w/a/.govreportrc.json', 'packs/市.govreport-pack.json'), { path: '/w/a/packs/市.govreport-pack.json' });
    assert.deepEqual(packPath('/w/a/.govreportrc.json', '../common/./p.json'), { path: '/w/common/p.json' });
    for (const bad of ['/etc/p.json', 'C:\\p.json', 'file:///w/p.json', 'https://example.invalid/p.json', 'p.txt', 'p.json\u0000.txt']) {
      assert.ok('problem' in packPath('/w/.govreportrc.json', bad), bad);
    }
  });

  it('reads the pack named by an rc inside the boundary; its severities yield to the rc’s own', () => {
    const read = reader({
      '/w/.govreportrc.json': JSON.stringify({ pack: 'packs/p.json', rules: { 'content/required-phrase': 'info' } }),
      '/w/packs/p.json': JSON.stringify({ name: '某市', partOne: { maxChars: 3000 }, rules: { 'content/required-phrase': 'error', 'date/local-deadline': 'error' } }),
    });
    const layers = findRcLayers('/w/r', read, '/w');
    const [layer] = layers;
    assert.deepEqual(layer?.problems, []);
    assert.deepEqual(defined(layer).pack, { path: '/w/packs/p.json', problems: [], unusable: false });
    const options = optionsWithRc(DEFAULT_OPTIONS, layers);
    assert.equal(options.local?.name, '某市');
    assert.deepEqual(options.severities, { 'content/required-phrase': 'info', 'date/local-deadline': 'error' });
  });

  it('refuses a pack outside the boundary (the workspace, the folder given), and says so on the rc', () => {
    let asked = false;
    const read = (path: string): RcText => {
      if (path === '/w/.govreportrc.json') return JSON.stringify({ pack: '../outside/p.json' });
      if (path === '/outside/p.json') asked = true;
      return undefined;
    };
    const layers = findRcLayers('/w', read, '/w');
    assert.equal(asked, false, 'a file outside the boundary is never read');
    assert.equal(layers[0]?.pack, undefined);
    assert.match(layers[0]?.problems[0] ?? '', /^「pack」指向的规则包 "\.\.\/outside\/p\.json" 在工作区（命令行为所给文件夹或仓库根目录）之外，未被采用。$/);
    assert.equal(optionsWithRc(DEFAULT_OPTIONS, layers).local, undefined);
  });

  it('says a missing pack, or one the safe reader skipped (a FIFO, too large), on the rc', () => {
    const missing = findRcLayers('/w', reader({ '/w/.govreportrc.json': '{"pack": "p.json"}' }), '/w');
    assert.deepEqual(missing[0]?.problems, ['「pack」指向的规则包 "p.json" 不存在，未被采用。']);
    const skipped = findRcLayers('/w', reader({ '/w/.govreportrc.json': '{"pack": "p.json"}', '/w/p.json': { skipped: '已跳过：不是普通文件，而是命名管道（FIFO）。' } }), '/w');
    assert.deepEqual(skipped[0]?.problems, ['「pack」指向的规则包 "p.json" 未被采用：已跳过：不是普通文件，而是命名管道（FIFO）。']);
  });

  it('a nearer rc’s pack replaces a farther one’s, even when it cannot be used', () => {
    const read = reader({
      '/w/.govreportrc.json': '{"pack": "a.json"}',
      '/w/a.json': '{"name": "省", "partOne": {"maxChars": 100}}',
      '/w/r/.govreportrc.json': '{"pack": "b.json"}',
      '/w/r/b.json': '{ broken',
    });
    const layers = findRcLayers('/w/r', read, '/w');
    assert.equal(optionsWithRc(DEFAULT_OPTIONS, layers).local, undefined);
    assert.equal(layers[1]?.pack?.unusable, true);
    assert.equal(optionsWithRc(DEFAULT_OPTIONS, findRcLayers('/w', read, '/w')).local?.name, '省');
  });
});
