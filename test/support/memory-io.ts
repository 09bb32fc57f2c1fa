import type { CliIO } from '../../server/src/cli/main';

/** An in-memory file system for running the CLI in-process; folders are implied by paths. */
export function memoryIO(files: Readonly<Record<string, Uint8Array | string>>): CliIO & { out(): string; err(): string; written: Map<string, Uint8Array> } {
  let out = '';
  let err = '';
  const written = new Map<string, Uint8Array>();
  const bytes = (v: Uint8Array | string): Uint8Array => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const paths = Object.keys(files);
  return {
    readFile(path) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return bytes(content);
    },
    kind(path) {
      if (path in files) return 'file';
      return paths.some((p) => p.startsWith(`${path}/`)) ? 'directory' : undefined;
    },
    readDirectory(path) {
      const names = [...new Set(paths.filter((p) => p.startsWith(`${path}/`)).map((p) => p.slice(path.length + 1).split('/')[0] ?? ''))].sort();
      if (names.length === 0) return { error: 'ENOENT' };
      return { key: path, entries: names.map((name) => (`${path}/${name}` in files ? { name, kind: 'file' as const, size: bytes(files[`${path}/${name}`] ?? '').length, key: `${path}/${name}` } : { name, kind: 'directory' as const, key: `${path}/${name}` })) };
    },
    joinPath: (a, b) => `${a}/${b}`,
    writeOut: (t) => { out += t; },
    writeErr: (t) => { err += t; },
    version: '0.0.0-test',
    writeFile: (path, data) => { written.set(path, data); },
    written,
    out: () => out,
    err: () => err,
  };
}
