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
};
