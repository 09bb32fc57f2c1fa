// Helpers of the real-editor tests: they wait on events (onDidChangeDiagnostics, a document or tab
// change, a screenshot file appearing), never on fixed sleeps.
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Resolves with the diagnostics of `uri` once `accept` holds, listening to onDidChangeDiagnostics. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, ms = 60000): Promise<vscode.Diagnostic[]> {
  return when(
    () => vscode.languages.getDiagnostics(uri),
    accept,
    (fire) => vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) fire();
    }),
    ms,
    (d) => `diagnostics of ${uri.toString()} never matched: ${JSON.stringify(d.map(code))}`,
  );
}

/** The document version a govreport diagnostic was computed for (DiagnosticData.version, kept by the language client). */
export const versionOf = (d: vscode.Diagnostic): number | undefined => (d as vscode.Diagnostic & { data?: { version?: number } }).data?.version;

/**
 * The diagnostics of `doc` once they are those of its current version (every govreport diagnostic
 * computed for `doc.version`, at least one of them) and `accept` holds: no reading of a previous
 * version's results as the new ones.
 */
export function diagnosticsOfVersion(doc: vscode.TextDocument, accept: (d: vscode.Diagnostic[]) => boolean, ms = 60000): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhen(doc.uri, (d) => {
    const ours = d.filter((x) => x.source === 'govreport');
    return ours.length > 0 && ours.every((x) => versionOf(x) === doc.version) && accept(d);
  }, ms);
}

/** Resolves with `read()` once `accept` holds, re-reading at each event `subscribe` reports. */
export function when<T>(read: () => T, accept: (value: T) => boolean, subscribe: (fire: () => void) => vscode.Disposable, ms = 60000, describe: (value: T) => string = (v) => `never matched: ${JSON.stringify(v)}`): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = read();
    if (accept(first)) { resolve(first); return; }
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(describe(read())));
    }, ms);
    const sub = subscribe(() => {
      const value = read();
      if (!accept(value)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

/** Asks the runner for a screenshot of the real UI and waits until the file exists. */
export function screenshot(name: string, selector?: string): Promise<void> {
  const dir = process.env.GOVREPORT_SCREENSHOTS;
  if (!dir) return Promise.resolve();
  const file = join(dir, `${name}.png`);
  return new Promise((resolve, reject) => {
    const watcher = watch(dir, () => {
      if (existsSync(file)) done();
    });
    const timer = setTimeout(() => { watcher.close(); reject(new Error(`no screenshot ${file}`)); }, 30000);
    const done = () => { clearTimeout(timer); watcher.close(); resolve(); };
    console.log(`GOVREPORT_SCREENSHOT ${name}${selector ? ` ${selector}` : ''}`);
    if (existsSync(file)) done();
  });
}
