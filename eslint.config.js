// Lint rules: strict TypeScript, and a wall that keeps the statechart free of rendering, audio and DOM.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'requestAnimationFrame',
  'HTMLElement',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-test',
      'dist-bare',
      'node_modules',
      'test-results',
      'playwright-report',
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/machine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['pixi.js', 'pixi.js/*', 'pixi-filters'],
              message: 'The machine must not render: send events, let scenes draw.',
            },
            {
              group: ['howler'],
              message: 'The machine must not play audio: invoke an actor bound in main.ts.',
            },
            {
              group: ['**/scenes/**', '**/audio/**', '**/ui/**', '**/kiosk/**'],
              message: 'Dependencies point inward: the machine knows nobody.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'No DOM in the machine.' })),
      ],
    },
  },
);
