import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One file a real tool made (or a source we wrote), as PROVENANCE.json lists it. */
export interface Produced {
  readonly file: string;
  /** The file it was made from (in the same folder), or who wrote it. */
  readonly origin: string;
  /** Tool and version. */
  readonly tool: string;
  /** The exact command or call. */
  readonly command: string;
}

export interface SourceRecord {
  readonly id: string;
  readonly note: string;
  readonly sources: readonly Produced[];
}

/**
 * Writes PROVENANCE.json in the format test/fixtures-provenance.test.ts checks ({note, files:
 * [{file, origin, sha256}]}) plus what made each file: tool with version and command, and bytes.
 */
export function writeProvenance(dir: string, record: SourceRecord, produced: readonly Produced[], tools: Readonly<Record<string, string>>): void {
  const files = [...record.sources, ...produced].map((p) => {
    const bytes = readFileSync(join(dir, p.file));
    return { file: p.file, origin: p.origin, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, tool: p.tool, command: p.command };
  });
  const provenance = {
    note: `${record.note} Every other file was made from it by the real tool named, with \`npm run samples\` (scripts/samples/); never edited by hand. Truth for the tests: expected.json, typed by hand from the source.`,
    tools,
    files,
  };
  writeFileSync(join(dir, 'PROVENANCE.json'), `${JSON.stringify(provenance, null, 1)}\n`);
}
