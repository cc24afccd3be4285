import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

// `base: './'` makes every asset URL relative, so the same dist/ works at the root of a host or
// under any sub-path, with hash routing and no rewrite rules.
export default defineConfig({
  base: './',
  resolve: {
    // govuk-frontend's Sass refers to its images through $govuk-assets-path; point that at the package
    // so Vite bundles the few it uses with relative URLs.
    alias: { '@govuk-assets': fileURLToPath(new URL('./node_modules/govuk-frontend/dist/govuk/assets', import.meta.url)) },
  },
  plugins: [
    react(),
    VitePWA({
      // A new version waits for the caseworker to accept it: we never reload under a half-filled form.
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'Calais leave settlement decisions',
        short_name: 'Calais settlement',
        description: 'Decide settlement for people granted Calais leave. Works offline; case data stays on this device.',
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b0c0c',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Precache the whole app (including lazily loaded chunks such as the .docx writer) so every
        // route works offline after the first visit. Scenario files are left out of the precache and
        // fetched network-first instead: a trainer can drop a new file on the host without a rebuild
        // and it is seen at once, while the last copy fetched still works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,webmanifest,json}'],
        globIgnores: ['scenarios/**'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/scenarios/'),
            handler: 'NetworkFirst',
            options: { cacheName: 'scenarios', networkTimeoutSeconds: 3 },
          },
        ],
      },
    }),
  ],
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'mixed-decls'] },
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
