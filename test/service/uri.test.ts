import { strict as assert } from 'node:assert';
import { fileUriOf, filePathOf } from '../../server/src/service/uri';

describe('service: uri', () => {
  it('reads the path of a file URI, decoded, Windows drives without the leading slash', () => {
    assert.equal(filePathOf('file:///a/%E5%B9%B4%E6%8A%A5.md'), '/a/年报.md');
    assert.equal(filePathOf('file:///c%3A/x/y.md'), 'c:/x/y.md');
    assert.equal(filePathOf('untitled:Untitled-1'), undefined);
    assert.equal(filePathOf('govreport-import:/a.docx.md?file:///a.docx'), undefined);
  });

  it('writes a file URI as VS Code does', () => {
    assert.equal(fileUriOf('/a/年报.md'), 'file:///a/%E5%B9%B4%E6%8A%A5.md');
    assert.equal(fileUriOf('c:/x'), 'file:///c%3A/x');
    assert.equal(fileUriOf('C:\\x\\y z.md'), 'file:///C%3A/x/y%20z.md');
  });

  it('round-trips', () => {
    for (const path of ['/w/2023 年报.md', '/w/#1.md', 'd:/报告/a.txt']) assert.equal(filePathOf(fileUriOf(path)), path);
  });
});
