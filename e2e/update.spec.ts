import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { waitForServiceWorker } from './helpers';

test('a new version is offered in a banner and only used when the caseworker accepts it', async ({ page }) => {
  // Serve a private copy of the build so that we can publish a "new version" of it mid-test.
  const dir = mkdtempSync(join(tmpdir(), 'calais-update-'));
  cpSync(process.env.E2E_DIST ?? 'dist', dir, { recursive: true });
  const { url, server } = await serve({ dir, port: 0, quiet: true });
  try {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForServiceWorker(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Mark this page load, then publish a changed service worker and ask the browser to look for it.
    await page.evaluate(() => ((window as unknown as { loadMarker: string }).loadMarker = 'first load'));
    const swPath = join(dir, 'sw.js');
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-version"'));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const banner = page.getByRole('region', { name: 'New version available' });
    await expect(banner).toBeVisible();
    // Nothing reloaded on its own.
    expect(await page.evaluate(() => (window as unknown as { loadMarker?: string }).loadMarker)).toBe('first load');

    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Use the new version' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { loadMarker?: string }).loadMarker ?? 'reloaded')).toBe('reloaded');
    await expect(page.getByRole('region', { name: 'New version available' })).toHaveCount(0);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
