import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Next's own rules (React, hooks, a11y, Core Web Vitals) and typescript-eslint's recommended set. */
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks a binding kept on purpose (a rest-destructuring that drops a field).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Pages link with plain <a> on purpose: a full page load, as on any static blog, the same in
      // the `next start` build and the lean export, which has no client router.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Browser tests take `test` from e2e/test.ts, whose pages log what they did for a failure's printout.
    files: ['e2e/**/*.{spec,test}.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['@playwright/test', 'playwright/test'].map((name) => ({
            name,
            message: "Import test and expect from './test': a failed test then prints its browser log.",
          })),
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'out-lean/**',
    'out-lean.tmp/**',
    'public/assets/**',
    'out.*/**',
    'out-atomic-test/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'bench/tmp/**',
    'next-env.d.ts',
  ]),
]);
