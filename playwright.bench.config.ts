import { defineConfig } from '@playwright/test';

// `npm run bench:browser`: the browser benchmark (e2e/browser.bench.ts) against the built dist/.
// One worker, so nothing else in the run takes the CPU it measures. BENCH_PORT picks the port.
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: /\.bench\.ts$/,
  timeout: 600_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  webServer: [{ command: `node scripts/serve.mjs --dir ${DIST} --port ${PORT}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false }],
});
