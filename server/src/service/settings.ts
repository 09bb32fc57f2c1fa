import { DEFAULT_OPTIONS, mergeOptions, normaliseOptions } from '../core/editor/options';
import type { GovreportOptions } from '../core/editor/options';
import { findRcLayers, folderOf } from '../core/editor/rc-lookup';

export interface ResolvedSettings {
  readonly options: GovreportOptions;
  /** What was wrong in the settings or a .govreportrc.json (Chinese), for the server log. */
  readonly problems: readonly string[];
  /** What was wrong in VS Code's `govreport.*` settings (Chinese), shown to the user. */
  readonly settingsProblems: readonly string[];
  /** The .govreportrc.json files that applied (their own problems are diagnostics on them: config-diagnostics.ts). */
  readonly rcPaths: readonly string[];
}

/**
 * The one place settings are normalised: VS Code's `govreport` section, then the
 * `.govreportrc.json` files from the outermost folder to the document's own (nearer wins).
 */
export function resolveSettings(section: unknown, path: string | undefined, readText: (path: string) => string | undefined): ResolvedSettings {
  const fromSettings = normaliseOptions(section);
  const layers = path ? findRcLayers(folderOf(path), readText) : [];
  return {
    options: mergeOptions(DEFAULT_OPTIONS, fromSettings.options, ...layers.map((l) => l.options)),
    problems: [...fromSettings.problems.map((p) => `settings: ${p}`), ...layers.flatMap((l) => l.problems.map((p) => `${l.path}: ${p}`))],
    settingsProblems: fromSettings.problems,
    rcPaths: layers.map((l) => l.path),
  };
}
