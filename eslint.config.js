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
    // Every island page loads the Solid code any island uses (README, "What every island page
    // shares"): these would bring Suspense, resources, or a second list renderer to all of them.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'solid-js',
              importNames: ['lazy', 'Suspense', 'SuspenseList', 'createResource', 'ErrorBoundary', 'Index'],
              message: 'Use loadOnUse or createBrowserRead from src/islands/ui/, and For for lists.',
            },
            {
              name: 'solid-js/store',
              message: 'Islands read nanostores through createAtomSignal; the store module is not shipped.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
