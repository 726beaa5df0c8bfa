import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

// Every Node built-in under its bare name too (crypto, url, util, fs/promises…), not only node:*.
const platformImports = ['electron', 'node:*', ...builtinModules];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'release/**', 'coverage/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // shared/ is the pure domain: it runs in Node, Electron and the browser alike.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...platformImports,
                'react',
                'react-dom',
                'dexie',
                'zustand',
                '**/renderer/**',
                '**/electron/**',
              ],
              message: 'shared/ stays platform-free.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...platformImports, '**/electron/**'],
              message: 'The renderer reaches the OS only through renderer/platform.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Dexie instance is the data layer's own: screens, stores and the shell read through the
    // repos and hooks in renderer/db, so every write goes through recordedChange (undo, one
    // transaction) and every read through the restore step.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...platformImports, '**/electron/**'],
              message: 'The renderer reaches the OS only through renderer/platform.',
            },
            {
              group: ['**/db/db', '**/db/db.ts'],
              message:
                'Outside renderer/db, read and write through a repo or hook in renderer/db, never the Dexie instance.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'dexie'],
              message: 'The main process never imports the renderer.',
            },
          ],
        },
      ],
    },
  },
);
