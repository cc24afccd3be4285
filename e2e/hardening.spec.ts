import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { caseFile, importCases, jsonFile, putStoredRecord, readCase } from './storage-helpers';

// Issue 17, "Hardening": the error screen, bidirectional and long text, focus on page changes,
// narrow screens and the save status.

/** Writes a record straight into the app's database, as a damaged or hand-made store would hold it. */
/** What element has focus: its tag, its text and, for a field, its id. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return { tag: active?.tagName.toLowerCase() ?? '', text: active?.textContent?.trim() ?? '', id: active?.id ?? '', className: active?.className ?? '' };
  });
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, viewport: window.innerWidth }));
  expect(scrollWidth, `page width on ${where}`).toBeLessThanOrEqual(viewport);
}

test('a page that fails shows the service’s own error screen, offers the stored case, and the rest still works', async ({ page }) => {
  await page.goto('./');
  await importCases(page, [jsonFile('case.json', caseFile('case-broken', { givenNames: 'Nadia', familyName: 'Karim', homeOfficeReference: 'K1234567' }))]);
  const stored = (await readCase(page, 'case-broken')) as Record<string, unknown>;
  // A draft of the person's page whose date part cannot be turned into text: that page throws
  // while it is drawn (a stored record that import would refuse, written here straight to the store).
  const damaged: Record<string, unknown> = { ...stored, drafts: { person: { dateOfBirth: { day: { toString: 0, valueOf: 0 } } } } };
  await putStoredRecord(page, damaged);

  await page.goto('./#/cases/case-broken');
  await expect(page.getByRole('heading', { level: 1, name: 'Case overview' })).toBeVisible();
  await page.getByRole('link', { name: 'Initial contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with this page' })).toBeVisible();
  await expect(page.getByText('Something went wrong!')).toHaveCount(0);
  await expect(page).toHaveTitle(/^Sorry, there is a problem with this page – /);
  // The frame is still there: header, navigation and the case's save status.
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('.app-save-status')).toHaveText('All changes saved on this device');
  await expectNoAxeViolations(page, 'on the error screen');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this case' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^calais-case-K1234567-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as { format: string; cases: Record<string, unknown>[] };
  expect(exported.format).toBe('calais-settlement-export');
  // The summary kept for the case list is derived from the rest, so an export leaves it out.
  const { id: _id, kind: _kind, version: _version, summary: _summary, ...rest } = damaged;
  expect(_summary, 'the stored case has its summary').toBeDefined();
  expect(exported.cases).toEqual([rest]);
  await expect(page.getByRole('status').filter({ hasText: 'was downloaded as calais-case-K1234567' })).toBeVisible();

  // Navigation still works, from the header and from the screen's own link.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Letter signatory' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with this page' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to your cases' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your cases' })).toBeVisible();
  await page.getByRole('link', { name: 'Nadia Karim', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case overview' })).toBeVisible();
});

test('focus moves to the new page’s heading on every change of page, and the title changes', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Your cases' })).toBeVisible();
  // A full page load leaves focus at the top of the document, as on any web page.
  expect((await focused(page)).tag).toBe('body');
  let title = await page.title();

  const expectHeadingFocused = async (heading: string | RegExp, how: string) => {
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    const now = await page.title();
    expect(now, `title after ${how}`).not.toBe(title);
    title = now;
  };

  // A header link, then the browser's back button.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Scenario library' }).click();
  await expectHeadingFocused('Scenario library', 'a header link');
  await page.goBack();
  await expectHeadingFocused('Your cases', 'Back in the browser');

  // A button that opens a new page, then a task-list link.
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expectHeadingFocused('Case overview', 'Start a new case');
  await page.getByRole('link', { name: 'Initial contact' }).click();
  await expectHeadingFocused('Person’s details', 'a task-list link');

  // Continue with errors: the error summary takes focus, not the heading.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();

  // Continue with the answers: the next page's heading.
  await page.getByLabel('Given names').fill('Ola');
  await page.getByLabel('Family name').fill('Nordmann');
  await page.getByLabel('Day').fill('1');
  await page.getByLabel('Month').fill('2');
  await page.getByLabel('Year').fill('2002');
  await page.getByLabel('Home Office reference').fill('N1234567');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Person’s details');
  await expectHeadingFocused(/.+/, 'Continue');

  // The page's Back link.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expectHeadingFocused('Person’s details', 'the Back link');

  // A link to a field (as Change links are) puts focus on that field, not on the heading.
  const id = /#\/cases\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  await page.evaluate((caseId) => (location.hash = `#/cases/${caseId}/person?focus=familyName`), id);
  await expect(page.getByLabel('Family name')).toBeFocused();
});

test('names with a right-to-left override or in Arabic are isolated from the text beside them', async ({ page }) => {
  const override = 'Amira\u202E';
  await page.goto('./');
  await importCases(page, [
    jsonFile('bidi.json', [
      { ...caseFile('case-rlo', { givenNames: override, familyName: 'Haddad\u202E', homeOfficeReference: 'H1111111' }), dependants: { hasDependants: true, people: [{ id: 'dep-1', givenNames: 'يوسف', familyName: 'علي' }] } },
    ]),
  ]);
  await page.goto('./#/cases/case-rlo');
  await expect(page.getByRole('heading', { level: 1, name: 'Case overview' })).toBeVisible();
  // The caption reads "<name>, H1111111": the reference after the name keeps its order on screen.
  const order = await page.evaluate(() => {
    const caption = document.querySelector('main .govuk-caption-l');
    if (!caption) return undefined;
    const walker = document.createTreeWalker(caption, NodeFilter.SHOW_TEXT);
    let text: Node | null = walker.nextNode();
    while (text && !(text.textContent ?? '').includes('H1111111')) text = walker.nextNode();
    if (!text) return undefined;
    const node = text;
    const content = node.textContent ?? '';
    const at = (index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getClientRects()[0]?.left ?? Number.NaN;
    };
    const start = content.indexOf('H1111111');
    return { h: at(start), lastDigit: at(start + 7) };
  });
  expect(order).toBeDefined();
  expect(order!.h).toBeLessThan(order!.lastDigit);

  // Check your answers: every value sits in its own <bdi>.
  await page.goto('./#/cases/case-rlo/check-answers');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const values = page.locator('.govuk-summary-list__value');
  await expect(values.filter({ hasText: 'Amira' }).first().locator('bdi')).toHaveText(/Amira/);
  const dependantHeading = await page.getByRole('heading', { level: 3, name: /Dependant:/ }).textContent();
  expect(dependantHeading).toBe('Dependant: \u2068يوسف علي\u2069');

  // The case list and the letter preview.
  await page.goto('./');
  await expect(page.getByRole('link', { name: `\u2068${override} Haddad\u202E\u2069`, exact: true })).toBeVisible();
  await page.goto('./#/cases/case-rlo/letters');
  const letterLink = page.getByRole('main').locator('a[href*="/letters/"]').first();
  await letterLink.click();
  await expect(page.locator('.app-letter')).toBeVisible();
  const addressLines = page.locator('.app-letter__address .app-letter__line');
  expect(await addressLines.count()).toBeGreaterThan(0);
  expect(await addressLines.evaluateAll((lines) => lines.every((line) => line.tagName === 'BDI'))).toBe(true);
  await expectNoAxeViolations(page, 'on a letter with a right-to-left override');
});

test('2,400 characters with no space wrap: no page scrolls sideways', async ({ page }) => {
  const long = 'W'.repeat(2400);
  await page.goto('./');
  await importCases(page, [jsonFile('long.json', { ...caseFile('case-long', { givenNames: long, familyName: 'Long', homeOfficeReference: 'L1234567' }), contact: { address: long } })]);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Your cases' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the case list');
  for (const [path, heading] of [
    ['', 'Case overview'],
    ['/check-answers', 'Check your answers'],
    ['/outcome', /.+/],
    ['/letters', /.+/],
  ] as const) {
    await page.goto(`./#/cases/case-long${path}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSidewaysScroll(page, path || 'the overview');
  }
  await page.getByRole('main').locator('a[href*="/letters/"]').first().click();
  await expect(page.locator('.app-letter')).toBeVisible();
  await expectNoSidewaysScroll(page, 'a letter');
});

test('on a 320 px screen the case list and reasons tables stack, each cell labelled', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./');
  // A finished case (the grant scenario), so the outcome page shows its reasons table.
  const { scenario: _scenario, ...finished } = JSON.parse(readFileSync('public/scenarios/01-grant-clean.json', 'utf8')) as Record<string, unknown>;
  await importCases(page, [jsonFile('narrow.json', { ...finished, id: 'case-narrow', identity: { ...(finished.identity as object), givenNames: 'Mohammed Abdullahi', familyName: 'Osman-Warsame', homeOfficeReference: 'O1234567' } })]);
  await page.goto('./');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSidewaysScroll(page, 'the case list at 320 px');
  // Each cell still belongs to its column for a screen reader, and is labelled on screen.
  await expect(page.getByRole('columnheader', { name: 'Stage' })).toBeAttached();
  const label = await page.locator('td[data-label="Stage"]').first().evaluate((cell) => getComputedStyle(cell, '::before').content);
  expect(label).toContain('Stage');
  await expectNoAxeViolations(page, 'on the case list at 320 px');

  await page.goto('./#/cases/case-narrow/outcome');
  await expect(page.locator('#reasons')).toBeVisible();
  await expectNoSidewaysScroll(page, 'the outcome at 320 px');
  await expectNoAxeViolations(page, 'on the outcome at 320 px');
});

test('the save status says when typed answers are only a draft', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case overview' })).toBeVisible();
  await page.getByRole('link', { name: 'Initial contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Person’s details' })).toBeVisible();
  const status = page.locator('.app-save-status');
  await expect(status).toHaveText('All changes saved on this device');
  await page.getByLabel('Given names').fill('Typed but not continued');
  await expect(status).toHaveText('Draft saved on this device. Answers typed on this page are not in the case until you continue.');
  // Never "All changes saved" while the typed answers are not applied, even once stored.
  await page.waitForTimeout(1500);
  await expect(status).not.toContainText('All changes saved');
  await expectNoAxeViolations(page, 'with a draft on the page');

  await page.getByLabel('Family name').fill('Person');
  await page.getByLabel('Day').fill('1');
  await page.getByLabel('Month').fill('2');
  await page.getByLabel('Year').fill('2002');
  await page.getByLabel('Home Office reference').fill('T1234567');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Person’s details');
  await expect(status).toHaveText('All changes saved on this device');
});

test('the settings page’s error summary takes focus', async ({ page }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Letter signatory' })).toBeVisible();
  await page.getByRole('button', { name: 'Save signatory' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await page.getByRole('button', { name: 'Save signatory' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
});

test('conditional radios say whether their questions are shown; everything sits in a landmark', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case overview' })).toBeVisible();
  const id = /#\/cases\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  await page.goto(`./#/cases/${id}/representative`);
  const yes = page.getByRole('radio', { name: 'Yes' });
  await expect(yes).toHaveAttribute('aria-expanded', 'false');
  const controls = await yes.getAttribute('aria-controls');
  expect(controls).toBeTruthy();
  await expect(page.locator(`[id="${controls}"]`)).toBeAttached();
  await expect(page.getByRole('radio', { name: 'No' })).not.toHaveAttribute('aria-expanded', /.*/);
  await yes.check();
  await expect(yes).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`[id="${controls}"]`).getByLabel('Representative’s name')).toBeVisible();
  await expectNoAxeViolations(page, 'with a conditional question shown');

  // axe's "region" rule: no content (the phase banner included) outside a landmark.
  for (const hash of ['#/', `#/cases/${id}`, '#/settings']) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withRules(['region']).analyze();
    expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' '))), `content outside landmarks on ${hash}`).toEqual([]);
  }
});
