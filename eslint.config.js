// ESLint flat config: type-checked TypeScript, React hooks, accessibility, Testing Library,
// TanStack Query, kebab-case file names, and the layering rules of docs/DESIGN.md / docs/STYLE.md.
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import checkFile from 'eslint-plugin-check-file'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The feature folders of src/features (each may import only itself among features). */
const FEATURES = ['vibrancy', 'investment', 'models', 'research', 'present']

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      'bench/out/**',
      '.prof/**',
      'screenshots/**',
      'mocks/data/*.ts',
      '!mocks/data/types.ts',
      '!mocks/data/*.test.ts',
      '!mocks/data/csv-test-helpers.ts',
      '!mocks/data/expand-observations.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.mjs', 'tests/e2e/*.mjs', 'bench/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    // Relative imports of .ts/.tsx files must resolve, or the layering rules below see nothing.
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE', 'mocks/**/': 'KEBAB_CASE' },
      ],
      // zod only through src/api/zod.ts, which turns on jitless mode before any schema runs:
      // a direct import can parse first and trip the CSP (no eval) with zod's JIT probe.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: 'Import { z } from src/api/zod.ts (jitless, CSP-safe).',
              allowTypeImports: true,
            },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // src/domain is what the whole app agrees on: it imports nothing of the app.
            {
              target: './src/domain',
              from: [
                './src/api',
                './src/lib',
                './src/components',
                './src/stores',
                './src/queries',
                './src/features',
                './src/app',
                './mocks',
              ],
            },
            // src/api is the contract: no React, no features, no mocks.
            {
              target: './src/api',
              from: [
                './src/features',
                './src/app',
                './src/components',
                './src/stores',
                './src/queries',
                './mocks',
              ],
            },
            // Shared UI and code take props: they read no store and no query.
            {
              target: ['./src/lib', './src/components'],
              from: ['./src/stores', './src/queries', './src/features', './src/app'],
            },
            { target: ['./src/stores', './src/queries'], from: ['./src/features', './src/app'] },
            // Features never import each other (bulletproof-react's `except` form).
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
            })),
            { target: './src/features', from: './src/app' },
            // Nothing in src imports the mock service, except the one lazy loader and tests.
            { target: './src', from: './mocks' },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/api/zod.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // The lazy loader of the embedded service, and tests, may reach into mocks/.
    files: ['src/app/embedded-transport.ts', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    // Hooks live in .ts files too (the panels' data hooks): the rules of hooks apply there.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Named scroll regions need a tab stop (see src/components/scroll-region.tsx).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'], tags: [] }],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
