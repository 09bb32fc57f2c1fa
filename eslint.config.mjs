import { defineConfig } from 'eslint/config';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

// The core is pure: no editor, protocol or I/O imports, so the CLI, the server and tests share it.
const CORE_PURITY = [
  { group: ['vscode', 'vscode-*', 'node:*', 'fs', 'path', 'child_process', 'os', 'http', 'https', 'net'], message: 'server/src/core is pure TypeScript: no editor, protocol or I/O imports.' },
  { group: ['**/service/**', '**/cli/**', '**/server'], message: 'The core does not depend on the layers above it.' },
];

// The core's layers, lowest first (ARCHITECTURE.md, "Layers inside the core"). A folder imports only
// from the layers before its own: folders of one layer are independent of each other, and the entry
// points at the core's root (analyze.ts, check.ts) sit above them all.
const CORE_LAYERS = [
  ['text', 'i18n'],
  ['format'],
  ['model'],
  ['tables'],
  ['prose', 'import'],
  ['cross-year'],
  ['rules'],
  ['editor'],
  ['office'],
];

/** One config per core folder: the purity patterns plus the folders it may not import (its own layer's others, every later one, the root's entry points). */
const coreLayerConfigs = CORE_LAYERS.flatMap((layer, index) => layer.map((folder) => {
  const above = [...layer.filter((f) => f !== folder), ...CORE_LAYERS.slice(index + 1).flat(), 'check', 'analyze'];
  return {
    files: [`server/src/core/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...CORE_PURITY,
        {
          regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
          message: `server/src/core/${folder} may import only from the layers below it (${CORE_LAYERS.slice(0, index).flat().join(', ') || 'none'}); see ARCHITECTURE.md.`,
        },
      ] }],
    },
  };
}));

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.vscode-test/**', 'server/src/core/text/t2s-table.ts'] },
  {
    // Plain build and e2e scripts: checked without type information.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.recommended],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A number prints the same everywhere; what the rule is for is `undefined`, objects and arrays.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Regular expressions (issue 11): eslint-plugin-regexp's recommended set finds patterns that
    // backtrack exponentially or polynomially (ReDoS) and broken ones. Its style rules that would
    // rewrite most of the codebase's character classes are off (they change no behaviour).
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    extends: [regexp.configs['flat/recommended']],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-unused-capturing-group': 'off',
      'regexp/no-dupe-characters-character-class': 'off',
      'regexp/use-ignore-case': 'off',
      'regexp/prefer-character-class': 'off',
      'regexp/prefer-range': 'off',
      'regexp/prefer-d': 'off',
      'regexp/prefer-w': 'off',
      'regexp/no-obscure-range': 'off',
      'regexp/no-useless-non-capturing-group': 'off',
      'regexp/optimal-quantifier-concatenation': 'off',
      'regexp/no-useless-lazy': 'off',
      'no-regex-spaces': 'off',
    },
  },
  {
    // Code that reads untrusted text (reports, workspace files, configs): no pattern whose search
    // moves quadratically over a long run (`/x+$/` unanchored, tried from every position).
    files: ['server/src/**/*.ts', 'web/**/*.ts', 'client/src/**/*.ts'],
    rules: { 'regexp/no-super-linear-move': ['error', { ignoreSticky: true, ignorePartial: false }] },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: CORE_PURITY }] },
  },
  // Later configs replace the rule's options for their files: each carries the purity patterns too.
  ...coreLayerConfigs,
  {
    // Functions stay short enough to read whole (issue 12): at most 60 lines of code (blank lines
    // and comments not counted), everywhere, tests and scripts included.
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    // stdout carries the protocol in the server: no console there.
    files: ['server/src/service/**/*.ts', 'server/src/server.ts', 'server/src/core/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
);
