// What the offline page tests compare with: the CLI's findings for the same files, one line each.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface CliFinding { rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
export interface CliFile { path: string; findings: CliFinding[]; error?: string; notice?: string }

/** The CLI's findings for these files checked together (cross-year pairing among them), by file name. */
export function cliFindings(files: readonly string[]): Map<string, string[]> {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...files], { encoding: 'utf8' });
  const json = JSON.parse(r.stdout) as { files: CliFile[] };
  return new Map(json.files.map((f) => [basename(f.path), f.findings.map((x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.rule} ${x.severity} ${x.message}`)]));
}

/** Run in the page (any browser): the shown report's findings (list items' data and message text), in the CLI's shape. */
export function PAGE_FINDINGS(): string[] {
  return [...document.querySelectorAll('li.finding')].map((li) => `${li.getAttribute('data-start') ?? ''}-${li.getAttribute('data-end') ?? ''} ${li.getAttribute('data-rule') ?? ''} ${li.getAttribute('data-severity') ?? ''} ${li.querySelector('.message')?.textContent ?? ''}`);
}

/**
 * Run in the page (any browser): the page's built-ins as they are now, by path: every own property of
 * the global object and of the built-ins pdf.js's polyfills touch (Promise.withResolvers,
 * structuredClone, Map.groupBy, Array and typed-array methods…), each a function's source or a
 * value's type. Taken before and after a PDF was read, the two must be equal. The functions
 * themselves are kept on the page (window.__builtins) for an identity check too.
 */
export function PAGE_BUILTINS(): Record<string, string> {
  const scope = globalThis as unknown as Record<string, unknown> & { __builtins?: Map<string, unknown> };
  const owners: [string, object][] = [['globalThis', globalThis], ...['Promise', 'Map', 'Set', 'WeakMap', 'Array', 'Object', 'String', 'Math', 'JSON', 'Uint8Array', 'ArrayBuffer', 'URL', 'Iterator', 'ReadableStream'].flatMap((name) => {
    const value = scope[name];
    if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) return [];
    const prototype = (value as { prototype?: unknown }).prototype;
    return [[name, value] as [string, object], ...(typeof prototype === 'object' && prototype !== null ? [[`${name}.prototype`, prototype] as [string, object]] : [])];
  })];
  const seen: Record<string, string> = {};
  const identity = new Map<string, unknown>();
  for (const [name, owner] of owners) {
    for (const key of Object.getOwnPropertyNames(owner).sort()) {
      // The test drivers' own bindings (puppeteer's __ariaQuerySelector, this function's __builtins) are not the page's.
      if (name === 'globalThis' && key.startsWith('__')) continue;
      const descriptor = Object.getOwnPropertyDescriptor(owner, key);
      const value: unknown = descriptor && 'value' in descriptor ? descriptor.value : undefined;
      seen[`${name}.${key}`] = typeof value === 'function' ? Function.prototype.toString.call(value).slice(0, 200) : descriptor && 'value' in descriptor ? typeof value : 'accessor';
      if (typeof value === 'function') identity.set(`${name}.${key}`, value);
    }
  }
  if (scope.__builtins) {
    for (const [path, value] of scope.__builtins) if (identity.get(path) !== value) seen[path] = `${seen[path] ?? 'gone'} (replaced)`;
  } else {
    scope.__builtins = identity;
  }
  return seen;
}
