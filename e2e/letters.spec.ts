import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { collectPageErrors, expectNoAxeViolations } from './helpers';
import { copiedTextAsParagraphs, docxParagraphs } from '../src/letters/testing';

const HOSTILE_GIVEN = '<img src=x onerror=alert(1)> "Zoë" O’Brien';
const HOSTILE_FAMILY = 'أحمد';
const HOSTILE_NAME = `${HOSTILE_GIVEN} ${HOSTILE_FAMILY}`;

/**
 * Stores a case straight into the app's database (after the app has created it): the scenario file
 * with a hostile name and a legal representative on record.
 */
async function seedCase(page: Page, scenario: string, id: string, change: Record<string, unknown> = {}) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(
    async ({ scenario, id, change, given, family }) => {
      const response = await fetch(`./scenarios/${scenario}.json`);
      const file = (await response.json()) as Record<string, unknown>;
      const identity = { ...(file['identity'] as object), givenNames: given, familyName: family };
      const contact = {
        ...(file['contact'] as object),
        hasRepresentative: true,
        representative: { name: 'Sam Patel', organisation: 'Patel Immigration Law', reference: 'SP/123', address: '10 Law Street\nLeeds LS2 2BB' },
      };
      const caseFile = { ...file, id, identity, contact, ...change };
      const now = new Date().toISOString();
      const record = { id, kind: 'case', version: 1, revision: 1, createdAt: now, updatedAt: now, caseFile, drafts: {}, letterEdits: {}, audit: [] };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('calais-settlement');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('cases', 'readwrite');
          tx.objectStore('cases').put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { scenario, id, change, given: HOSTILE_GIVEN, family: HOSTILE_FAMILY },
  );
}

/** Changes the stored case's family name directly, as a later edit in the wizard would. */
async function changeFamilyName(page: Page, id: string, familyName: string) {
  await page.evaluate(
    async ({ id, familyName }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('calais-settlement');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('cases', 'readwrite');
          const store = tx.objectStore('cases');
          const get = store.get(id);
          get.onsuccess = () => {
            const record = get.result as { revision: number; caseFile: { identity: Record<string, unknown> } };
            record.caseFile.identity.familyName = familyName;
            record.revision += 1;
            store.put(record);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id, familyName },
  );
}

async function setSignatory(page: Page) {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Letter signatory' })).toBeVisible();
  await page.getByLabel('Caseworker’s name').fill('Alex Morgan');
  await page.getByLabel('Team').fill('Calais Leave Settlement Team');
  await page.getByLabel('Office address').fill('Lunar House\n40 Wellesley Road\nCroydon CR9 2BY');
  await page.getByRole('button', { name: 'Save signatory' }).click();
  await expect(page.getByText('The signatory has been saved.')).toBeVisible();
}

test('the settings page asks for every part of the signatory, keeps it, and has no axe violations', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('./#/settings');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Letter signatory' })).toBeVisible();
  await page.getByRole('button', { name: 'Save signatory' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter the caseworker’s name' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter the office address' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page, 'on the settings page with errors');
  await setSignatory(page);
  await page.reload();
  await expect(page.getByLabel('Caseworker’s name')).toHaveValue('Alex Morgan');
  await expectNoAxeViolations(page, 'on the settings page');
  expect(errors).toEqual([]);
});

test('a grant letter: listed with its copy, previewed as text, printed, copied and downloaded with the same words', async ({ page, context }) => {
  const errors = collectPageErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  await seedCase(page, '47-dependants-in-line-and-family-route', 'e2e-letters-grant');

  // Without a signatory the letters say so.
  await page.goto('./#/cases/e2e-letters-grant/letters');
  await expect(page.getByRole('heading', { level: 1, name: 'Letters' })).toBeVisible();
  await expect(page.getByText('Outcome:')).toContainText('Grant settlement');
  await expect(page.getByText('No signatory is set')).toBeVisible();
  await expectNoAxeViolations(page, 'on the letters page');
  const table = page.getByRole('table', { name: 'Letters that fit this case now' });
  await expect(table.getByRole('link')).toHaveText(['Grant of settlement (indefinite leave to remain)', 'Grant of settlement (indefinite leave to remain): copy to legal representative']);
  await expect(table).not.toContainText('Refusal');

  await setSignatory(page);
  await page.goto('./#/cases/e2e-letters-grant/letters');
  await page.getByRole('link', { name: 'Grant of settlement (indefinite leave to remain)', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grant of settlement (indefinite leave to remain)' })).toBeVisible();
  const preview = page.getByRole('article', { name: /Preview of the letter/ });
  await expect(preview).toContainText(`Dear ${HOSTILE_NAME}`);
  await expect(preview).toContainText('Child 1 (born 15 January 2021)');
  await expect(preview).toContainText('Alex Morgan');
  await expect(preview.locator('img')).toHaveCount(0);
  await expectNoAxeViolations(page, 'on the letter page');
  await page.screenshot({ path: 'test-results/letters-grant-screen.png', fullPage: true });

  // Print layout: A4, letter only.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: 'test-results/letters-grant-print.png', fullPage: true });
  const pdf = await page.pdf({ path: 'test-results/letters-grant-print.pdf', format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'the grant letter prints on one or two A4 pages').toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Copy as text.
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toContainText('The letter has been copied as text');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Dear ${HOSTILE_NAME}`);
  expect(copied).toContain('Decision: indefinite leave to remain granted');

  // Download .docx: the same text.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .docx' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('e2e-letters-grant-grant.docx');
  const bytes = await readFile((await download.path()) ?? '');
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  // Every XML part parses with a conforming parser, and the paragraphs are the copied text's lines.
  const { paragraphs } = await docxParagraphs(bytes);
  expect(paragraphs.filter((line) => line !== '')).toEqual(copiedTextAsParagraphs(copied));
  expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(xml).not.toContain('<img');
  expect(xml).toContain(HOSTILE_FAMILY);
  await expect(page.getByRole('status').filter({ hasText: 'downloaded' })).toContainText('downloaded as e2e-letters-grant-grant.docx');

  expect(alerted).toBe(false);
  expect(errors).toEqual([]);
});

test('an edited letter is saved with the case, and says it is out of date when the facts change', async ({ page }) => {
  const errors = collectPageErrors(page);
  await seedCase(page, '16-stp-a-four-years', 'e2e-letters-refusal');
  await page.goto('./#/cases/e2e-letters-refusal/letters/refusal');
  await expect(page.getByRole('heading', { level: 1, name: 'Refusal of settlement' })).toBeVisible();
  const preview = page.getByRole('article', { name: /Preview of the letter/ });
  await expect(preview).toContainText('STP 2.1(a)');
  await expect(preview).toContainText('there is no administrative review of this decision');
  await page.getByLabel('Anything else to tell the person (optional)').fill('We have also written to your college.');
  await expect(preview).toContainText('We have also written to your college.');
  await expect(page.getByText('All changes saved on this device')).toBeVisible();

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await changeFamilyName(page, 'e2e-letters-refusal', 'Renamed');
  await page.goto('./#/cases/e2e-letters-refusal/letters/refusal');
  await expect(page.getByRole('heading', { level: 1, name: 'Refusal of settlement' })).toBeVisible();
  await expect(page.getByLabel('Anything else to tell the person (optional)')).toHaveValue('We have also written to your college.');
  const banner = page.getByRole('region', { name: 'Out of date' });
  await expect(banner).toContainText('This letter is out of date');
  await expect(banner).toContainText('Name: was');
  await expect(banner).toContainText('Renamed');
  await expectNoAxeViolations(page, 'on an out-of-date letter');
  await banner.getByRole('button', { name: 'Mark as checked' }).click();
  await expect(page.getByRole('region', { name: 'Out of date' })).toHaveCount(0);
  await page.goto('./#/cases/e2e-letters-refusal/letters');
  await expect(page.getByRole('table')).toContainText('Edited');
  expect(errors).toEqual([]);
});

test('only the letters that fit are offered, and an unknown letter says so', async ({ page }) => {
  await seedCase(page, '45-opted-out-with-other-application', 'e2e-letters-none');
  await page.goto('./#/cases/e2e-letters-none/letters');
  await expect(page.getByText('This service does not draft a letter for this outcome')).toBeVisible();
  await page.goto('./#/cases/e2e-letters-none/letters/grant');
  await expect(page.getByRole('heading', { level: 1, name: 'Letter not available' })).toBeVisible();
});

test('a not-eligible letter: offered with its copy, each requirement not met with its citation, another route, and the same words in the .docx', async ({ page, context }) => {
  const errors = collectPageErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedCase(page, '07-section-67-leave', 'e2e-letters-not-eligible');
  await page.goto('./#/cases/e2e-letters-not-eligible/letters');
  await expect(page.getByRole('heading', { level: 1, name: 'Letters' })).toBeVisible();
  await expect(page.getByText('Outcome:')).toContainText('Not eligible');
  const table = page.getByRole('table', { name: 'Letters that fit this case now' });
  const title = 'Not eligible for settlement under the Calais leave concession';
  await expect(table.getByRole('link')).toHaveText([title, `${title}: copy to legal representative`]);
  await expectNoAxeViolations(page, 'on the letters page of a not-eligible case');

  await table.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const preview = page.getByRole('article', { name: /Preview of the letter/ });
  await expect(preview).toContainText(`Dear ${HOSTILE_NAME}`);
  await expect(preview.locator('img')).toHaveCount(0);
  await expect(preview).toContainText('Calais leave – Concession 2');
  await expect(preview).toContainText('section 67 of the Immigration Act 2016');
  await expect(preview).toContainText('What you can do instead');
  await expect(preview).toContainText('independent legal advice');
  await expectNoAxeViolations(page, 'on the not-eligible letter');

  await page.getByRole('button', { name: 'Copy as text' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .docx' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('e2e-letters-not-eligible-not-eligible.docx');
  const bytes = await readFile((await download.path()) ?? '');
  const { xml, paragraphs } = await docxParagraphs(bytes);
  expect(paragraphs.filter((line) => line !== '')).toEqual(copiedTextAsParagraphs(copied));
  expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(xml).not.toContain('<img');
  expect(xml).toContain(HOSTILE_FAMILY);
  expect(errors).toEqual([]);
});
