// Lint rules: strict TypeScript, a wall that keeps the statechart free of rendering, audio and DOM,
// and walls between the outer layers: ui, kiosk and scenes each know the machine, not each other
// (the staff panel in src/ui/staff reaches the kiosk only through src/kiosk/staffApi.ts). src/app
// and src/main.ts wire them together and may import anything.
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
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/kiosk/**', '!**/kiosk/staffApi.ts'],
              message:
                'The UI reaches the kiosk only through src/kiosk/staffApi.ts; wire the rest in src/app.',
            },
            {
              group: ['**/scenes/**'],
              message: 'The UI and the stage both follow the machine; wire them in src/app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/kiosk/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**'],
              message:
                'The kiosk does not draw the interface: expose what it needs in staffApi.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/scenes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/kiosk/**'],
              message: "Scenes draw the machine's state and know neither the UI nor the kiosk.",
            },
          ],
        },
      ],
    },
  },
);
