#!/usr/bin/env node
// `npm run test:e2e`: find a Chromium to drive, make sure dist/ is built, then run Playwright.
// Playwright cannot download its own browsers here, so it drives the system Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);
const browser = candidates.find((path) => existsSync(path));
if (!browser) {
  console.error(
    [
      'No Chromium found for the browser tests.',
      'Install Debian\'s Chromium:   sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at a Chromium or Chrome executable, then run `npm run test:e2e` again.',
    ].join('\n'),
  );
  process.exit(1);
}
if (!existsSync(`${process.env.E2E_DIST ?? 'dist'}/index.html`)) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Everything else first, then the timing test alone (see playwright.config.ts). Arguments (file
// filters, -g, --repeat-each) apply to both runs.
for (const project of ['main', 'timing']) {
  const result = spawnSync('npx', ['playwright', 'test', `--project=${project}`, '--pass-with-no-tests', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: browser },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
