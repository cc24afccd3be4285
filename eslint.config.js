import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Browser globals that the decision core must never touch: it runs in Node, tests and the CLI too. */
const browserOnlyGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.node));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The decision core: plain TypeScript. It may not reach into the app, React or the browser,
    // so that the same rules run in the browser, in the CLI and in unit tests.
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app', '**/app/**'], message: 'src/ must not import app/: the dependency runs app -> src only.' },
            { group: ['react', 'react-dom', 'react-dom/*', 'react/*', '@tanstack/*', 'react-hook-form', '@hookform/*'], message: 'src/ is the decision core: no React or UI libraries.' },
            { group: ['idb-keyval', 'dexie', 'workbox-*', 'virtual:*'], message: 'src/ must not use browser storage or service-worker modules.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({ name, message: `src/ must not use the browser global "${name}".` }))],
    },
  },
  {
    files: ['app/pwa/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE_URLS__: 'readonly', __BUILD_VERSION__: 'readonly' } },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
