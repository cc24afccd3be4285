import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlinePlugin } from './app/pwa/offlinePlugin';
import { fileURLToPath } from 'node:url';
import { caseSummaryBasis } from './scripts/summaryBasis';

// `base: './'` makes every asset URL relative, so the same dist/ works at the root of a host or
// under any sub-path, with hash routing and no rewrite rules.
export default defineConfig({
  base: './',
  resolve: {
    // govuk-frontend's Sass refers to its images through $govuk-assets-path; point that at the package
    // so Vite bundles the few it uses with relative URLs.
    alias: { '@govuk-assets': fileURLToPath(new URL('./node_modules/govuk-frontend/dist/govuk/assets', import.meta.url)) },
  },
  // What stored case summaries are worked out from (app/cases/summary.ts): a new one makes them out of date.
  define: { __CASE_SUMMARY_BASIS__: JSON.stringify(caseSummaryBasis(fileURLToPath(new URL('.', import.meta.url)))) },
  plugins: [
    react(),
    offlinePlugin(),
  ],
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true },
    },
    // govuk-frontend still carries old IE hacks that the minifier rejects; recover instead of failing.
    lightningcss: { errorRecovery: true },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
