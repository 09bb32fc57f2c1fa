import tseslint from 'typescript-eslint';
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**'] },
  ...tseslint.configs.strictTypeChecked,
  { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: '/work/wt/office' } }, rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }] } },
);
