import { expect, test, type Route } from '@playwright/test';
import { caseFile, chooseImportFiles, jsonFile } from './storage-helpers';

// A profile's first start (issue 17, "a test that fails now and then"). On the first visit the
// service worker stores the app; when it has, the page says "Ready to work offline". That message
// used to be a banner above the page, so it pushed every control down at a moment nobody chose:
// a press that began on "Import 2 cases" ended on whatever had moved under the pointer, and the
// import never happened. The moment is held here until the button is half pressed, so the race
// that a loaded machine hits now and then happens on every run.
test('the offline-ready message on a first start does not move the page under the pointer', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    // The worker finishes installing only after it has read the scenario index: hold that.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/scenarios/index.json', async (route: Route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await chooseImportFiles(page, [jsonFile('two.json', [caseFile('first-a', { givenNames: 'Ada' }), caseFile('first-b', { givenNames: 'Ben' })])]);
    const button = page.getByRole('button', { name: 'Import 2 cases' });
    await button.hover();
    await page.mouse.down();
    // Measured once pressed: a pressed GOV.UK button sits 2 px lower.
    const before = await button.boundingBox();
    release();
    await expect(page.getByText('This service is now stored on this device and works without a network connection.')).toBeVisible();
    expect(await button.boundingBox()).toEqual(before);
    await page.mouse.up();
    await expect(page.getByRole('heading', { name: '2 cases were imported' })).toBeVisible();
  } finally {
    await context.close();
  }
});
