import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { caseSummaryBasis } from './scripts/summaryBasis';

export default defineConfig({
  // As in vite.config.ts: what stored case summaries are worked out from.
  define: { __CASE_SUMMARY_BASIS__: JSON.stringify(caseSummaryBasis(fileURLToPath(new URL('.', import.meta.url)))) },
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
