// ESLint for the whole monorepo: typescript-eslint's type-checked recommended rules over every package, test,
// example, script and bench file. Types come from the project service, which finds each file's tsconfig through the
// root solution file (tsconfig.json). `npm run lint` runs it with --max-warnings 0, then `prettier --check`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** DOM globals @lit-ui/core must not touch: it runs in Node, Deno, Bun, workers and edge runtimes (STYLE.md, Boundaries). */
const domGlobals = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'customElements',
  'HTMLElement',
];
/** Node-only globals, kept to `src/node/` like `node:` imports. */
const nodeGlobals = ['process', 'Buffer', 'global', '__dirname', '__filename', 'require'];

export default defineConfig(
  globalIgnores(['**/node_modules/', '**/dist/', '**/.next/', '.lit-ui-test/', 'docs/api/', 'packages/ui-lit/dev/dist/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Relaxed: a leading underscore marks a parameter kept for its position (`(_req, res) => ...`) or a key a rest
      // destructuring drops on purpose (`const { seq: _seq, ...msg } = m`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test-d.ts', '**/*.test.mjs', 'tests/**/*.ts', 'packages/*/test/**/*.ts'],
    rules: {
      // Relaxed for tests: they pass `async` callbacks without `await` on purpose (an async task that throws, an async
      // getUser, an async app script) to exercise the promise-returning path of the code under test.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Ambient declarations of globals (core's webGlobals.d.ts) must use `declare var`, as lib.dom.d.ts does: only a
    // `var` becomes a property of globalThis and merges with the interface of the same name.
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    // Plain JavaScript (scripts, bench, dev tools, the acceptance sample) runs in Node and drives Chromium; the
    // callbacks it hands to `page.evaluate` run in the page.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests are not shipped: what they may use is bounded by their tsconfig (core's has no Node or DOM types
    // beyond testGlobals.d.ts), so these rules guard the library code only.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/node/**', 'packages/core/src/**/*.test.ts', 'packages/core/src/**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: '@lit-ui/core is runtime-neutral: Node-only code lives in src/node/ (the @lit-ui/core/node entry).' },
          ],
          paths: builtinModules.map((name) => ({ name, message: '@lit-ui/core is runtime-neutral: Node-only code lives in src/node/.' })),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: '@lit-ui/core has no DOM: rendering belongs to @lit-ui/ui-lit.' })),
        ...nodeGlobals.map((name) => ({ name, message: '@lit-ui/core is runtime-neutral: Node-only code lives in src/node/.' })),
      ],
    },
  },
);
