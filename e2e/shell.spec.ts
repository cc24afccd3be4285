import { expect, test } from '@playwright/test';
import { ROOT_PORT, SUBPATH, SUBPATH_PORT } from '../playwright.config';
import { collectPageErrors, expectNoAxeViolations, waitForServiceWorker } from './helpers';
import { staticRoutes } from './routes';

test('the home page renders with the service frame, no console errors and no axe violations', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
  await expect(page.getByText('Alpha', { exact: true })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Case data stays on this device');
  await expectNoAxeViolations(page, 'on the home page');
  expect(errors).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every route renders its heading with no axe violations', async ({ page }) => {
  const errors = collectPageErrors(page);
  for (const route of staticRoutes) {
    await page.goto(`./${route.hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    await expectNoAxeViolations(page, `on ${route.hash}`);
  }
  expect(errors).toEqual([]);
});

test('an unknown address shows "Page not found"', async ({ page }) => {
  await page.goto('./#/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the built folder works under a sub-path of a static host', async ({ page }) => {
  const errors = collectPageErrors(page);
  const base = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`;
  await page.goto(base);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'About this service' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this service and your data');
  expect(page.url()).toBe(`${base}#/about`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this service and your data');
  expect(errors).toEqual([]);
});

test('after one visit the app and every route work with the network off', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const route of staticRoutes) {
      await page.goto(`./${route.hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    }
    // The scenario library's files were stored when the app was installed.
    await page.goto('./#/scenarios');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(/^Showing ([1-9]\d+) of \1 scenarios$/);
    await expect(page.getByText('could not be used')).toHaveCount(0);
    // The related routes' scenarios too (scenarios/related/index.json and its files).
    await page.getByLabel('Route', { exact: true }).selectOption('restricted-leave');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(/^Showing (1\d|[2-9]\d) of \d+ scenarios$/);
    // A fresh navigation (not a reload) to the root address is answered by the service worker too.
    const offlinePage = await context.newPage();
    await offlinePage.goto(`http://127.0.0.1:${ROOT_PORT}/#/about`);
    await expect(offlinePage.getByRole('heading', { level: 1 })).toHaveText('About this service and your data');
  } finally {
    await context.setOffline(false);
  }
});

test('no request leaves the serving origin during a full visit', async ({ page }) => {
  const origin = `http://127.0.0.1:${ROOT_PORT}`;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.context().on('request', (request) => requests.push(request.url()));
  await page.goto('./');
  await waitForServiceWorker(page);
  for (const route of staticRoutes) {
    await page.goto(`./${route.hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requests.length).toBeGreaterThan(0);
  const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(elsewhere).toEqual([]);
});

test('the page forbids inline script and connections to other origins', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  const inlineScripts = await page.locator('script:not([src])').count();
  expect(inlineScripts).toBe(0);
});
