import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { main } from './main';

declare const GOVREPORT_VERSION: string | undefined;

/** The `govreport` command: the real file system and streams around main(). */
void main(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  kind: (path) => {
    try {
      const s = statSync(path);
      return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  },
  readDirectory: (path) => readdirSync(path),
  joinPath: join,
  writeOut: (text) => process.stdout.write(text),
  writeErr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  version: typeof GOVREPORT_VERSION === 'string' ? GOVREPORT_VERSION : '0.0.0-dev',
}).then((code) => {
  process.exitCode = code;
});
