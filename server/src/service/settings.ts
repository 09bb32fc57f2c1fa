import { DEFAULT_OPTIONS, mergeOptions, normaliseOptions } from '../core/editor/options';
import type { GovreportOptions } from '../core/editor/options';
import { findRcLayers, folderOf, innermostRoot } from '../core/editor/rc-lookup';
import type { RcLayer } from '../core/editor/rc-lookup';
import { configText } from '../core/editor/config-text';

export interface ResolvedSettings {
  readonly options: GovreportOptions;
  /** What was wrong in the settings or a .govreportrc.json (Chinese), for the server log. */
  readonly problems: readonly string[];
  /** What was wrong in VS Code's `govreport.*` settings (Chinese), shown to the user. */
  readonly settingsProblems: readonly string[];
  /** The .govreportrc.json files that applied (their own problems are diagnostics on them: config-diagnostics.ts). */
  readonly rcPaths: readonly string[];
  /** Those files as read, with the rule pack each names (its problems are diagnostics on the pack file). */
  readonly layers: readonly RcLayer[];
}

/**
 * The one place settings are normalised: VS Code's `govreport` section, then the
 * `.govreportrc.json` files from the workspace folder holding the document (`roots`: the innermost)
 * to the document's own folder (nearer wins). A document outside every workspace folder gets no rc
 * file: a folder above the workspace is not the user's to trust.
 */
export function resolveSettings(section: unknown, path: string | undefined, readText: (path: string) => string | undefined, roots: readonly string[]): ResolvedSettings {
  const fromSettings = normaliseOptions(section);
  // A pack is named by a .govreportrc.json, relative to it: VS Code settings have no file to be relative to.
  if (fromSettings.options.pack !== undefined) {
    delete fromSettings.options.pack;
    fromSettings.problems.push(configText('config/settings.pack'));
  }
  const folder = path === undefined ? undefined : folderOf(path);
  const root = folder === undefined ? undefined : innermostRoot(folder, roots);
  const layers = folder !== undefined && root !== undefined ? findRcLayers(folder, readText, root) : [];
  return {
    options: mergeOptions(DEFAULT_OPTIONS, fromSettings.options, ...layers.map((l) => l.options)),
    problems: [...fromSettings.problems.map((p) => `settings: ${p}`), ...layers.flatMap((l) => l.problems.map((p) => `${l.path}: ${p}`))],
    settingsProblems: fromSettings.problems,
    rcPaths: layers.map((l) => l.path),
    layers,
  };
}
