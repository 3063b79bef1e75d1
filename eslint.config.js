// Lint enforces where code may run (docs/architecture.md, "Where code runs"): shared/ is
// pure, the renderer never reaches into node, electron or the database, the two hosts
// (electron/, webhost/) never import each other, and what both need lives in node/.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Prettier wraps code at 120 (.prettierrc.json); it cannot wrap a long string or a
      // comment, so this rule holds comments to the same width and lets texts run on.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
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
            {
              group: ['electron', 'better-sqlite3', 'react', 'react-dom', 'mobx*'],
              message: 'shared/ is platform-free.',
            },
            {
              group: ['**/db/**', '**/node/**', '**/electron/**', '**/webhost/**', '**/renderer/**'],
              message: 'shared/ may not import other layers.',
            },
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
            {
              group: ['electron', 'better-sqlite3'],
              message: 'The renderer talks to the store only through the API client.',
            },
            {
              group: ['**/db/**', '**/node/**', '**/electron/**', '**/webhost/**'],
              message: 'The renderer may not import db/, node/, electron/ or webhost/.',
            },
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
        {
          patterns: [
            {
              group: ['electron', '**/electron/**', '**/webhost/**', '**/renderer/**'],
              message: 'db/ is transport-agnostic.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node-side code both hosts use (security headers, static files): it knows neither host.
    files: ['node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/electron/**', '**/webhost/**'],
              message: 'node/ is shared by both hosts: it may not import electron or either host.',
            },
            { group: ['**/renderer/**'], message: 'node/ runs in node: it may not import the renderer.' },
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
              group: ['**/webhost/**'],
              message: 'electron/ and webhost/ are two hosts of the same planner: move what both need to node/.',
            },
            { group: ['**/renderer/**'], message: 'electron/ reaches the renderer only over IPC, never by import.' },
          ],
        },
      ],
    },
  },
  {
    files: ['webhost/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/electron/**'],
              message: 'electron/ and webhost/ are two hosts of the same planner: move what both need to node/.',
            },
            { group: ['**/renderer/**'], message: 'webhost/ serves the built renderer over HTTP, never by import.' },
          ],
        },
      ],
    },
  },
);
