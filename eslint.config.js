// Not type-checked: eslint-plugin-solid's plugin types do not match ESLint 10's yet, though the rules run fine.
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import solid from 'eslint-plugin-solid/configs/typescript';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      'tests/fixtures/built-site/',
    ],
  },
  tseslint.configs.recommended,
  {
    // Type-aware rules catch floating promises and unsafe `any`, which matter in storage code.
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  eslintPluginAstro.configs.recommended,
  { files: ['src/**/*.tsx'], ...solid },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
