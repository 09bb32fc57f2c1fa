import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import type { GovreportOptions } from '../core/editor/options';
import { parseRulePack } from '../core/editor/rule-pack';
import type { RulePack } from '../core/editor/rule-pack';
import { MAX_CONFIG_BYTES } from '../files/safe-read';
import { describeError, sayNotes } from './check-file';
import type { CheckSettings, FileIO, RcNotice } from './check-file';
import type { CliIO, ConfigReport } from './main';
import type { FileResult } from './results';

/** What `--pack` gave: the pack when something of it applies, what the CLI says of it, or why it could not be read. */
export type CommandLinePack =
  | { readonly pack?: RulePack | undefined; readonly notice: RcNotice }
  | { readonly failure: string };

/**
 * Reads the rule pack named by `--pack` once per run, through the same safe reader and parser as a
 * pack named by a .govreportrc.json (regular file, size cap, every value checked). The path is the
 * user's own choice on the command line, so no workspace boundary applies to it.
 */
export function readCommandLinePack(path: string, io: Pick<FileIO, 'readFile'>, locale: Locale): CommandLinePack {
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(path, MAX_CONFIG_BYTES));
  } catch (error) {
    return { failure: formatMessage(locale, 'cli/pack-unreadable', { reason: describeError(error, locale) }) };
  }
  const label = path.replace(/^.*[\\/]/, '');
  const reading = parseRulePack(text, label);
  return { pack: reading.pack, notice: { path, problems: reading.problems, unusable: reading.unusable } };
}

/**
 * The options of a file with the command line's pack: its local rules replace those of any pack a
 * .govreportrc.json names (the command line wins, as with --era); its rule severities apply as a
 * pack's do, under the severities the .govreportrc.json files set themselves.
 */
export function withCommandLinePack(options: GovreportOptions, pack: RulePack | undefined): GovreportOptions {
  if (!pack) return options;
  return { ...options, local: pack.local, severities: { ...pack.severities, ...options.severities } };
}

/**
 * The run's settings with the `--pack` pack read in, its problems said (once, like an rc file's;
 * a pack that cannot be used at all makes the exit code 2 and changes nothing). A pack that cannot
 * be read is a failure result of its own; the files are still checked, without it.
 */
export function settingsWithCommandLinePack(settings: CheckSettings, io: CliIO, config: ConfigReport, leading: FileResult[]): CheckSettings {
  if (settings.pack === undefined) return settings;
  const read = readCommandLinePack(settings.pack, io, settings.locale);
  if ('failure' in read) {
    leading.push({ path: settings.pack, findings: [], failure: read.failure });
    return settings;
  }
  sayNotes({ result: { path: settings.pack, findings: [] }, rc: [read.notice] }, config, io, settings.locale);
  return read.pack ? { ...settings, packRules: read.pack } : settings;
}
