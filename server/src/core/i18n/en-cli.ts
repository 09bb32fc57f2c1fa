import type { ZH_CN_CLI } from './zh-cn-cli';

/** English messages of the command-line tool about files. Same keys as zh-cn-cli.ts. */
export const EN_CLI: Readonly<Record<keyof typeof ZH_CN_CLI, string>> = {
  'cli/folder-empty': 'The folder holds no file to check (.md, .txt, .docx, .doc, .wps, .html, .mhtml).',
  'cli/not-found': 'The file does not exist.',
  'cli/unreadable': 'The file cannot be read ({reason}).',
  'cli/reason.permission': 'no permission to read it',
  'cli/reason.directory': 'it is a folder',
  'cli/binary': 'This is a binary file (an image or an archive?), neither a text report nor a readable Word file: save it as .docx, .txt or .md first.',
  'cli/empty': 'The file is empty: nothing to check.',
  'cli/not-a-report': 'This does not look like an annual report on open government information (no report title, no standard part headings) and was skipped; name the file on the command line, or list it under files in .govreportrc.json, to check it.',
  'cli/mixed-encoding': 'Mixed encodings: {count} bytes are not valid UTF-8 (GBK text pasted in?); the file was read as UTF-8 and those bytes show as “�”. Save the whole file as UTF-8 and check it again.',
  'cli/rule-failed': '{path}: rule {rule} failed (a bug in the checker) and its results were skipped: {error}. Please report it with the report that caused it.',
  'cli/rc-problem': 'configuration file {path}: {problem}',
  'cli/previous-unreadable': 'The previous year\'s report given with --previous cannot be read.',
  'cli/previous-not-text': 'The previous year\'s report given with --previous is not a text file that can be checked.',
  'cli/source': ' (in the original: {location})',
  'cli/summary': 'Checked {checked} file(s){notes}: {errors} error(s), {warnings} warning(s), {infos} note(s).',
  'cli/summary.failed': '{count} could not be checked',
  'cli/summary.skipped': '{count} skipped',
  'cli/summary.notes': ' ({notes})',
  'cli/summary.separator': ', ',
};
