import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main';
import { memoryIO } from '../support/memory-io';

/**
 * Golden fixtures: real reports of the corpus (copied unchanged) and their expected CLI JSON.
 * UPDATE_EXPECTED=1 rewrites the expected files; a missing expected file fails.
 */
const DIR = join(__dirname, '..', 'fixtures', 'corpus');

async function actualJson(name: string): Promise<string> {
  const path = `test/fixtures/corpus/${name}`;
  const io = memoryIO({ [path]: readFileSync(join(DIR, name)) });
  await main(['check', '--format', 'json', path], io);
  return io.out();
}

describe('golden fixtures (corpus reports → CLI JSON)', () => {
  for (const name of readdirSync(DIR).filter((n) => n.endsWith('.txt'))) {
    it(name, async () => {
      const expectedPath = join(DIR, name.replace(/\.txt$/, '.expected.json'));
      const actual = await actualJson(name);
      if (process.env.UPDATE_EXPECTED) writeFileSync(expectedPath, actual);
      assert.ok(existsSync(expectedPath), `missing ${expectedPath}: run UPDATE_EXPECTED=1 npm run test:unit and review it`);
      assert.deepEqual(JSON.parse(actual), JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
