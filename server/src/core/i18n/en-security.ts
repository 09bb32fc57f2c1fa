import type { ZH_CN_SECURITY } from './zh-cn-security';

/** English messages about untrusted input. Same keys as zh-cn-security.ts. */
export const EN_SECURITY: Readonly<Record<keyof typeof ZH_CN_SECURITY, string>> = {
  'config/pattern': 'The files pattern “{pattern}” {reason}; it is ignored.',
  'config/pattern.empty': 'is empty',
  'config/pattern.too-long': 'is too long ({length} characters, at most {max})',
  'config/pattern.too-many-wildcards': 'has too many wildcards ({count} * or ?, at most {max})',
  'config/pattern.too-many-globstars': 'has {count} **, at most {max}',
  'config/pattern.too-many-alternatives': 'expands to more than {max} alternatives',
  'config/pattern.invalid': 'cannot be read ({detail})',
  'config/too-many-patterns': 'Too many files patterns ({count}, at most {max}); only the first {max} are used.',
  'files/special': 'it is not a regular file but {kind}: FIFOs, devices, sockets and links to them are never read',
  'files/kind.fifo': 'a FIFO',
  'files/kind.device': 'a device',
  'files/kind.socket': 'a socket',
  'files/kind.directory': 'a folder',
  'files/kind.other': 'a special file',
  'files/too-large': 'the file is too large ({size} MB, at most {max} MB is read)',
  'files/unreadable': 'it cannot be read ({code})',
  'files/skipped': 'Skipped: {reason}.',
  'files/broken-link': 'the link leads to no file, or links form a loop',
  'files/folder-unreadable': 'This folder cannot be read ({reason}); its files are not checked.',
  'files/folder-loop': 'This link leads to a folder already checked (a link loop); skipped.',
  'config/untrusted': 'Restricted Mode: this workspace is not trusted, so the settings in {path} (rules, severities, files patterns, rule packs…) are not applied; only your own settings are. Trust the workspace to apply them.',
  'files/not-read': 'govreport did not read {path}: {reason}.',
};
