import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { layoutOfLine, lineLayout } from '../../../server/src/core/model/table-layouts';

/** Every text file under a folder, recursively. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(txt|md|html)$/.test(name) ? [path] : [];
  });
}

describe('table layouts: row reading and block finding agree on every line', () => {
  it('layoutOfLine (no count) gives the layout lineLayout (with the count) gives, on every line of the fixtures and examples', () => {
    const root = join(__dirname, '..', '..', '..');
    let lines = 0;
    let rows = 0;
    for (const file of [...textFiles(join(root, 'test', 'fixtures')), ...textFiles(join(root, 'examples'))]) {
      for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
        const counted = lineLayout(line)?.layout;
        assert.equal(layoutOfLine(line), counted, `${file}: ${line.slice(0, 80)}`);
        lines++;
        if (counted) rows++;
      }
    }
    assert.ok(lines > 10_000 && rows > 1_000, `test setup: enough lines read (${String(lines)} lines, ${String(rows)} rows)`);
  });
});
