import { DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver';
import type { GovreportOptions } from '../core/editor/options';
import { formatMessage } from '../core/i18n/messages';
import { configText } from '../core/editor/config-text';
import { configDiagnostics, rcDiagnostics } from '../service/config-diagnostics';
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
  /**
   * Whether the workspace is trusted (VS Code's Workspace Trust, sent by our client in the
   * initialize options and when the user grants trust). In Restricted Mode a `.govreportrc.json` of
   * the workspace is not applied (its rule packs, severities, `files` patterns): the workspace is
   * untrusted, and only the user's own settings (the restricted ones VS Code lets through) apply.
   * Other clients, which have no such notion, send nothing: trusted.
   */
  trusted = true;
  private readonly untrustedShown = new Set<string>();
  private readonly cache = new Map<string, Promise<GovreportOptions>>();
  private readonly rcSeen = new Set<string>();
  private readonly settingsShown = new Set<string>();
  /** What was last published on each configuration file (rc or rule pack), so that it is published again only when it changed. */
  private readonly published = new Map<string, string>();
  /** The rule pack each rc file names now (their changes on disk make everything be computed again). */
  private readonly packOfRc = new Map<string, string>();
  /** Packs whose name the client does not watch by itself, watched since an rc named them (once each). */
  private readonly watchedPacks = new Set<string>();
  /**
   * Whether the client watches files the server names (dynamic registration of
   * workspace/didChangeWatchedFiles with relative patterns, LSP 3.17; VS Code does). Set at initialize.
   */
  canWatchFiles = false;
  /** The workspace folders (paths): .govreportrc.json files are looked for inside them only. */
  private roots: readonly string[] = [];

  constructor(private readonly connection: Connection, private readonly env: ServerEnvironment) {}

  optionsFor(uri: string): Promise<GovreportOptions> {
    let options = this.cache.get(uri);
    if (!options) {
      const section = this.canPull ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'govreport' }).catch(() => undefined) : Promise.resolve(undefined);
      options = section.then((raw) => {
        const path = filePathOf(uri);
        const resolved = resolveSettings(raw, path, (p) => this.env.readText(p), this.roots);
        if (this.trusted) {
          this.sayProblems(resolved);
          return resolved.options;
        }
        for (const rc of resolved.rcPaths) this.sayNotApplied(rc);
        return resolveSettings(raw, path, (p) => this.env.readText(p), []).options;
      });
      this.cache.set(uri, options);
    }
    return options;
  }

  /** The workspace folders changed: options are pulled again with the new boundaries. */
  setRoots(paths: readonly string[]): void {
    this.roots = paths;
    this.cache.clear();
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
    // Published from its text now; with its rule pack's problems once the options are pulled again.
    this.published.delete(path);
    this.publishRc(path);
  }

  /** Whether `path` is a rule pack that an rc file names. */
  isPackPath(path: string): boolean {
    return [...this.packOfRc.values()].includes(path);
  }

  /** A rule pack changed on disk: its problems are published again when the options are pulled again. */
  packChanged(path: string): void {
    this.published.delete(path);
  }

  /** Once per file: Restricted Mode, this `.govreportrc.json` is not applied (a notice, not silence). */
  private sayNotApplied(rc: string): void {
    if (this.untrustedShown.has(rc)) return;
    this.untrustedShown.add(rc);
    const message = formatMessage('zh-cn', 'config/untrusted', { path: JSON.stringify(rc) });
    this.connection.window.showInformationMessage(message);
    this.connection.console.info(message);
  }

  private sayProblems(resolved: ResolvedSettings): void {
    for (const path of resolved.rcPaths) if (!this.rcSeen.has(path)) this.rcChanged(path);
    for (const layer of resolved.layers) {
      // The rc's problems include those of naming its pack (missing, outside the workspace).
      this.publishConfig(layer.path, layer.problems, layer.unusable === true);
      this.packNamed(layer.path, layer.pack?.path);
      if (layer.pack) this.publishConfig(layer.pack.path, layer.pack.problems, layer.pack.unusable);
    }
    for (const problem of resolved.settingsProblems) if (!this.settingsShown.has(problem)) {
      this.settingsShown.add(problem);
      this.connection.window.showWarningMessage(configText('config/settings.problem', { problem }));
    }
  }

  /**
   * `rc` names `pack` now (or no pack). A pack no rc names any more has its problems cleared, so
   * that none stay on a file that no longer applies; a newly named pack whose file name the client
   * does not watch by itself (`*.govreport-pack.json`) is watched from now on.
   */
  private packNamed(rc: string, pack: string | undefined): void {
    const before = this.packOfRc.get(rc);
    if (before === pack) return;
    if (pack === undefined) this.packOfRc.delete(rc);
    else this.packOfRc.set(rc, pack);
    if (before !== undefined && !this.isPackPath(before)) {
      this.published.delete(before);
      void this.connection.sendDiagnostics({ uri: fileUriOf(before), diagnostics: [] }).catch(() => undefined);
    }
    if (pack !== undefined) this.watchPack(pack);
  }

  private watchPack(path: string): void {
    if (!this.canWatchFiles || PACK_FILE_NAME.test(path) || this.watchedPacks.has(path)) return;
    this.watchedPacks.add(path);
    const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    const watcher = { globPattern: { baseUri: fileUriOf(path.slice(0, cut) || '/'), pattern: path.slice(cut + 1) } };
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [watcher] }).catch(() => undefined);
  }

  private publishConfig(path: string, problems: readonly string[], unusable: boolean): void {
    const said = JSON.stringify([problems, unusable]);
    if (this.published.get(path) === said) return;
    this.published.set(path, said);
    const text = this.env.readText(path);
    void this.connection.sendDiagnostics({ uri: fileUriOf(path), diagnostics: text === undefined ? [] : configDiagnostics(text, problems, unusable) }).catch(() => undefined);
  }

  private publishRc(path: string): void {
    const text = this.env.readText(path);
    void this.connection.sendDiagnostics({ uri: fileUriOf(path), diagnostics: text === undefined ? [] : rcDiagnostics(text) }).catch(() => undefined);
  }
}

/** Rule packs named so are watched by the client from the start (client/src/activate.ts). */
const PACK_FILE_NAME = /\.govreport-pack\.json$/i;

/** Whether a watched file is a `.govreportrc.json`. */
export function isRcPath(path: string): boolean {
  return /[\\/]\.govreportrc\.json$/.test(path);
}
