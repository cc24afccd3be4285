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

test('after one tab switches to the new version, "Use the new version" in another tab reloads it, keeping its unsaved answers', async ({ context }) => {
  const dir = mkdtempSync(join(tmpdir(), 'calais-update-'));
  cpSync(process.env.E2E_DIST ?? 'dist', dir, { recursive: true });
  const { url, server } = await serve({ dir, port: 0, quiet: true });
  try {
    const first = await context.newPage();
    await first.goto(url);
    await expect(first.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForServiceWorker(first);
    await first.reload();
    await expect(first.getByRole('heading', { level: 1 })).toBeVisible();

    // The second tab is half way through a form.
    const second = await context.newPage();
    await second.goto(url);
    await second.getByRole('button', { name: 'Start a new case' }).click();
    await expect(second).toHaveURL(/#\/cases\/[^/]+/);
    const id = decodeURIComponent(/#\/cases\/([^/?]+)/.exec(second.url())?.[1] ?? '');
    await second.goto(`${url}#/cases/${encodeURIComponent(id)}/person`);
    await second.getByLabel('Given names', { exact: true }).fill('Typed before the update');

    const swPath = join(dir, 'sw.js');
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-version"'));
    await first.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const firstBanner = first.getByRole('region', { name: 'New version available' });
    const secondBanner = second.getByRole('region', { name: 'New version available' });
    await expect(firstBanner).toBeVisible();
    await expect(secondBanner).toBeVisible();

    const firstReloaded = first.waitForEvent('load');
    await firstBanner.getByRole('button', { name: 'Use the new version' }).click();
    await firstReloaded;
    await expect(first.getByRole('region', { name: 'New version available' })).toHaveCount(0);

    // The other tab still offers the switch; taking it reloads that tab onto the new version.
    await second.evaluate(() => ((window as unknown as { loadMarker: string }).loadMarker = 'before'));
    const secondReloaded = second.waitForEvent('load', { timeout: 10_000 });
    await secondBanner.getByRole('button', { name: 'Use the new version' }).click();
    await secondReloaded;
    expect(await second.evaluate(() => (window as unknown as { loadMarker?: string }).loadMarker ?? 'reloaded')).toBe('reloaded');
    await expect(second.getByRole('region', { name: 'New version available' })).toHaveCount(0);
    await expect(second.getByLabel('Given names', { exact: true })).toHaveValue('Typed before the update');
    const version = await second.evaluate(async () => {
      const names = await caches.keys();
      return names.filter((name) => name.startsWith('calais-app-'));
    });
    expect(version).toEqual(['calais-app-next-version']);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
