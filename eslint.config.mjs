import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

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
    // The core is pure: no editor, protocol or I/O imports, so the CLI, the server and tests share it.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['vscode', 'vscode-*', 'node:*', 'fs', 'path', 'child_process', 'os', 'http', 'https', 'net'], message: 'server/src/core is pure TypeScript: no editor, protocol or I/O imports.' },
        { group: ['**/service/**', '**/cli/**', '**/server'], message: 'The core does not depend on the layers above it.' },
      ] }],
    },
  },
  {
    // stdout carries the protocol in the server: no console there.
    files: ['server/src/service/**/*.ts', 'server/src/server.ts', 'server/src/core/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
);
