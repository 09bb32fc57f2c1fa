import { strict as assert } from 'node:assert';
import { main } from '../../server/src/cli/main';
import { memoryIO } from '../support/memory-io';
import { corpusText } from '../support/check';

/**
 * The CLI on files it cannot or should not check: unreadable, binary, empty, GB18030 and mixed
 * encodings, all in one run. Each gets a clear Chinese message; the exit code is 2 only for a real
 * failure (a file that could not be read or is not text); the other files are still checked.
 */
const REPORT = corpusText('seeds/001_4d29bfef72dd56db.txt');
const utf8 = (s: string) => new TextEncoder().encode(s);

/** GB18030 bytes of a text (Node's TextDecoder decodes GB18030 but has no encoder): ASCII and a few characters suffice here. */
function gbkLine(): Uint8Array {
  // "政府信息公开" in GBK.
  return Uint8Array.from([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa]);
}

function run(files: Record<string, Uint8Array | string>, unreadable: string[] = [], args: string[] = []) {
  const io = memoryIO(files);
  const read = io.readFile.bind(io);
  io.readFile = (p) => {
    if (unreadable.includes(p)) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
    return read(p);
  };
  const code = main(['check', ...args, ...Object.keys(files)], io);
  return { code, out: io.out(), err: io.err() };
}

describe('CLI robustness: unreadable, binary, empty and mixed-encoding files', () => {
  it('says why each file was not checked, still checks the good ones, and exits 2 for the real failures only', () => {
    const r = run({
      'a-good.txt': REPORT,
      'b-locked.txt': REPORT,
      'c-word.txt': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0x3e, 0, 3, 0]),
      'd-empty.md': '',
      'e-blank.md': ' \n\r\n\u3000\n',
    }, ['b-locked.txt']);
    assert.equal(r.code, 2);
    assert.match(r.out, /a-good\.txt:\d+:\d+ {2}\w+ {2}table\/wrong-cell/);
    assert.match(r.out, /b-locked\.txt:1:1 {2}error {2}file {2}无法读取文件（没有读取权限）/);
    assert.match(r.out, /c-word\.txt:1:1 {2}error {2}file {2}这是二进制文件/);
    assert.match(r.out, /d-empty\.md:1:1 {2}info {2}file {2}文件是空的/);
    assert.match(r.out, /e-blank\.md:1:1 {2}info {2}file {2}文件是空的/);
    assert.match(r.out, /共检查 1 个文件（2 个无法检查，2 个已跳过）/);
  });

  it('empty files alone are not a failure (exit 0)', () => {
    assert.equal(run({ 'a.md': '', 'b.txt': '\n\n' }).code, 0);
  });

  it('reads a GB18030 report as such', () => {
    const gb = new Uint8Array([...utf8('# 2023年度'), ...gbkLine(), ...utf8('工作年度报告\n\n')]);
    const r = run({ 'gb.txt': gb }, [], ['--format', 'json']);
    assert.notEqual(r.code, 2);
    assert.doesNotMatch(r.out, /\ufffd/);
  });

  it('reads a mostly UTF-8 file with a stray GBK line as UTF-8, with one notice instead of mojibake', () => {
    const lines = REPORT.split('\n');
    const mixed = new Uint8Array([...utf8(lines.slice(0, 5).join('\n')), 0x0a, ...gbkLine(), 0x0a, ...utf8(lines.slice(5).join('\n'))]);
    const r = run({ 'mixed.txt': mixed, 'good.txt': REPORT });
    assert.match(r.out, /mixed\.txt:1:1 {2}info {2}runner\/mixed-encoding {2}文件编码混杂：有 \d+ 处字节不是有效的 UTF-8/);
    // The rest of the file is read correctly: its table is checked as in the clean copy.
    assert.equal((r.out.match(/mixed\.txt:\d+:\d+ {2}\w+ {2}table\/wrong-cell/g) ?? []).length, (r.out.match(/good\.txt:\d+:\d+ {2}\w+ {2}table\/wrong-cell/g) ?? []).length);
    assert.notEqual(r.code, 2);
  });

  it('never throws on random bytes, whatever they decode to', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let k = 0; k < 200; k++) {
      const bytes = Uint8Array.from({ length: rand() % 3000 }, () => (k % 2 ? 0x80 + (rand() % 0x80) : rand() % 256));
      const r = run({ 'x.txt': bytes });
      assert.ok([0, 1, 2].includes(r.code));
      assert.ok(r.out.includes('共检查'));
    }
  });
});
