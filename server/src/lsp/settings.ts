import type { Connection } from 'vscode-languageserver';
import type { GovreportOptions } from '../core/editor/options';
import { rcDiagnostics } from '../service/config-diagnostics';
import { resolveSettings } from '../service/settings';
import type { ResolvedSettings } from '../service/settings';
import { fileUriOf, filePathOf } from '../service/uri';
import type { ServerEnvironment } from './environment';

/**
 * The options of each document (VS Code's `govreport` section, then the `.govreportrc.json` files
 * above it), pulled once per URI and cached until a change. Problems in them are said once: a
 * `.govreportrc.json`'s as diagnostics on that file (again whenever it changes), VS Code settings'
 * as one warning message each.
 */
export class DocumentSettings {
  /** Whether the client answers `workspace/configuration` (set at initialize). */
  canPull = false;
  private readonly cache = new Map<string, Promise<GovreportOptions>>();
  private readonly rcSeen = new Set<string>();
  private readonly settingsShown = new Set<string>();

  constructor(private readonly connection: Connection, private readonly env: ServerEnvironment) {}

  optionsFor(uri: string): Promise<GovreportOptions> {
    let options = this.cache.get(uri);
    if (!options) {
      const section = this.canPull ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'govreport' }).catch(() => undefined) : Promise.resolve(undefined);
      options = section.then((raw) => {
        const resolved = resolveSettings(raw, filePathOf(uri), (path) => this.env.readText(path));
        this.sayProblems(resolved);
        return resolved.options;
      });
      this.cache.set(uri, options);
    }
    return options;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  /** A `.govreportrc.json` changed on disk: its diagnostics are published again. */
  rcChanged(path: string): void {
    this.rcSeen.add(path);
    this.publishRc(path);
  }

  private sayProblems(resolved: ResolvedSettings): void {
    for (const path of resolved.rcPaths) if (!this.rcSeen.has(path)) this.rcChanged(path);
    for (const problem of resolved.settingsProblems) if (!this.settingsShown.has(problem)) {
      this.settingsShown.add(problem);
      this.connection.window.showWarningMessage(`政府信息公开年报助手设置（govreport.*）：${problem}`);
    }
  }

  private publishRc(path: string): void {
    const text = this.env.readText(path);
    void this.connection.sendDiagnostics({ uri: fileUriOf(path), diagnostics: text === undefined ? [] : rcDiagnostics(text) }).catch(() => undefined);
  }
}

/** Whether a watched file is a `.govreportrc.json`. */
export function isRcPath(path: string): boolean {
  return /[\\/]\.govreportrc\.json$/.test(path);
}
