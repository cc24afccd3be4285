import { expect, test } from '@playwright/test';
import { collectPageErrors } from './helpers';
import { staticRoutes } from './routes';

// The bundled server's security headers (README, "Hosting"), and a clean console on every load.

test('every response carries the security headers, with frame-ancestors in the header policy', async ({ request }) => {
  for (const path of ['./', './index.html', './sw.js', './manifest.webmanifest', './no-such-file']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).not.toContain('unsafe-eval');
    expect(csp, path).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    const permissions = headers['permissions-policy'] ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) expect(permissions, path).toContain(feature);
  }
});

test('no page load reports a Content-Security-Policy violation or a console error', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const errors = collectPageErrors(page);
  for (const route of staticRoutes) {
    await page.goto(`./${route.hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    // A case page parses a case file with the schemas: the first object schema is where zod would probe.
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), route.hash).toEqual([]);
  }
  await page.goto('./');
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expect(page).toHaveURL(/#\/cases\/[^/]+/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});
