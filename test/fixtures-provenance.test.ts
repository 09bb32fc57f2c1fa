import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every copy of outside data in test/fixtures carries its origin and sha256 in a PROVENANCE.json
 * beside it. The repository must stand on its own (nothing beside it is read), so this is how a
 * copy of real data is kept unchanged: a byte edited, added or dropped fails here.
 */
const FIXTURES = join(__dirname, 'fixtures');

interface Provenance {
  readonly files: readonly { readonly file: string; readonly origin: string; readonly sha256: string }[];
}

function provenanceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...provenanceFiles(path));
    else if (name === 'PROVENANCE.json') out.push(path);
  }
  return out;
}

describe('fixture provenance', () => {
  const records = provenanceFiles(FIXTURES);

  it('has at least the corpus copies', () => {
    assert.ok(records.some((p) => relative(FIXTURES, p) === join('corpus', 'PROVENANCE.json')));
  });

  for (const record of records) {
    const dir = join(record, '..');
    it(relative(FIXTURES, record), () => {
      const provenance = JSON.parse(readFileSync(record, 'utf8')) as Provenance;
      assert.ok(provenance.files.length > 0);
      for (const { file, origin, sha256 } of provenance.files) {
        assert.ok(origin.length > 0, `${file}: origin`);
        const path = join(dir, file);
        assert.ok(existsSync(path), `${file} is listed but missing`);
        assert.equal(createHash('sha256').update(readFileSync(path)).digest('hex'), sha256, `${file} differs from its origin ${origin}`);
      }
    });
  }
});
