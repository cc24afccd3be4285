import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_DIST let several checkouts (or engineers) run the browser tests side by side.
/** Port of the server at the root of the host. */
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4310);
/** Port of the server that serves the same dist/ under a sub-path. */
export const SUBPATH_PORT = ROOT_PORT + 1;
export const SUBPATH = '/casework/calais/';
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  forbidOnly: Boolean(process.env.CI),
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}/`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Debian's Chromium as root needs --no-sandbox; the rest stop it reaching for the network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  // The Continue-timing test measures milliseconds: scripts/e2e.mjs runs it on its own, after
  // everything else, so that a test on the second worker does not steal its CPU.
  projects: [
    { name: 'main', testIgnore: /wizard-timing\.spec\.ts/ },
    { name: 'timing', testMatch: /wizard-timing\.spec\.ts/ },
  ],
  webServer: [
    { command: `node scripts/serve.mjs --dir ${DIST} --port ${ROOT_PORT}`, url: `http://127.0.0.1:${ROOT_PORT}/`, reuseExistingServer: false },
    {
      command: `node scripts/serve.mjs --dir ${DIST} --port ${SUBPATH_PORT} --base ${SUBPATH}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
    },
  ],
});
