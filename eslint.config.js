// Lint enforces where code may run (ARCHITECTURE.md practice 1): shared/ is pure,
// the renderer never reaches into node, electron or the database.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no node modules.' },
            { group: ['electron', 'better-sqlite3', 'react', 'react-dom', 'mobx*'], message: 'shared/ is platform-free.' },
            { group: ['**/db/**', '**/electron/**', '**/renderer/**'], message: 'shared/ may not import other layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs in a sandboxed browser: no node modules.' },
            { group: ['electron', 'better-sqlite3'], message: 'The renderer talks to the store only through the API client.' },
            { group: ['**/db/**', '**/electron/**'], message: 'The renderer may not import db/ or electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', '**/electron/**', '**/renderer/**'], message: 'db/ is transport-agnostic.' }] },
      ],
    },
  },
);
