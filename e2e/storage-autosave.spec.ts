import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import config, { ROOT_PORT } from '../playwright.config';
import { expectNoAxeViolations, waitForServiceWorker } from './helpers';
import { caseFile, chooseImportFiles, importCases, jsonFile, readCase, readStore, startNewCase } from './storage-helpers';

// Autosave, reloads, closing the browser, two tabs, and a failing disk (issue 4). The answers are
// typed on the wizard's first page, as a caseworker would.

/** The wizard page used to type answers, and two of its text questions. */
const STEP = 'person';
const FIRST = 'Given names';
const SECOND = 'Family name';

const stepUrl = (id: string) => `./#/cases/${encodeURIComponent(id)}/${STEP}`;
// Typed answers are stored as the page's draft: the line says so (and that they count once continued).
const SAVED = /^(All changes saved on this device|Draft saved on this device|Saved)/;

async function openStep(page: Page, id: string) {
  await page.goto(stepUrl(id));
  await expect(page.getByLabel(FIRST, { exact: true })).toBeVisible();
}

/** Whether a stored case holds `text` anywhere (an answer is in the case file or a page draft). */
async function storedCaseHolds(page: Page, id: string, text: string): Promise<boolean> {
  return JSON.stringify((await readCase(page, id)) ?? null).includes(JSON.stringify(text).slice(1, -1));
}

test('answers typed on a step and reloaded at once are all there, offline', async ({ page, context }) => {
  await page.goto('./');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  try {
    const id = await startNewCase(page);
    await openStep(page, id);
    await page.getByLabel(FIRST, { exact: true }).fill('Amira Noor');
    await page.getByLabel(SECOND, { exact: true }).fill('Haddad-Ünal');
    await page.reload();
    await expect(page.getByLabel(FIRST, { exact: true })).toHaveValue('Amira Noor');
    await expect(page.getByLabel(SECOND, { exact: true })).toHaveValue('Haddad-Ünal');
    await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
    expect(await storedCaseHolds(page, id, 'Haddad-Ünal')).toBe(true);
  } finally {
    await context.setOffline(false);
  }
});

test('answers are all there after closing the browser and opening the same profile, offline', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'calais-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...(config.use?.launchOptions ?? {}),
      baseURL: `http://127.0.0.1:${ROOT_PORT}/`,
    });
  let context: BrowserContext | undefined;
  try {
    context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    const id = await startNewCase(page);
    await openStep(page, id);
    // One answer typed and left for the autosave (within a second), one typed as the window closes.
    await page.getByLabel(FIRST, { exact: true }).fill('Left for the autosave');
    await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible({ timeout: 1000 });
    await page.getByLabel(SECOND, { exact: true }).fill('Ødegård, closed straight after typing');
    // Close the window as a caseworker would (the page hears it is being closed), then the browser.
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    await context.close();

    context = await launch();
    await context.setOffline(true);
    const reopened = context.pages()[0] ?? (await context.newPage());
    await reopened.goto(`http://127.0.0.1:${ROOT_PORT}/${stepUrl(id).slice(2)}`);
    await expect(reopened.getByLabel(FIRST, { exact: true })).toHaveValue('Left for the autosave');
    await expect(reopened.getByLabel(SECOND, { exact: true })).toHaveValue('Ødegård, closed straight after typing');
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('two pages on one case: the second is read only; after take-over the first cannot write; no revision is lost', async ({ context }) => {
  const first = await context.newPage();
  const id = await startNewCase(first);
  await openStep(first, id);
  await first.getByLabel(FIRST, { exact: true }).fill('Typed in the first tab');
  await expect(first.getByRole('status').filter({ hasText: SAVED })).toBeVisible();

  const second = await context.newPage();
  await openStep(second, id);
  const readOnly = (page: Page) => page.getByRole('region', { name: 'Read only' });
  await expect(readOnly(second)).toContainText('open in another tab or window');
  await expect(readOnly(first)).toHaveCount(0);
  await expect(second.getByLabel(FIRST, { exact: true })).toHaveValue('Typed in the first tab');
  await expectNoAxeViolations(second, 'on a read-only case');

  // The first tab types again and, without waiting, the second takes over: the change is kept.
  await first.getByLabel(SECOND, { exact: true }).fill('Typed just before the take-over');
  await second.getByRole('button', { name: 'Take over editing' }).click();
  await expect(readOnly(second)).toHaveCount(0);
  await expect(readOnly(first)).toContainText('taken over');
  await expect(second.getByLabel(SECOND, { exact: true })).toHaveValue('Typed just before the take-over');
  const atTakeOver = (await readCase(second, id)) as { revision: number };

  // The first tab can no longer write, whatever it tries.
  await first
    .getByLabel(FIRST, { exact: true })
    .fill('Stale tab', { timeout: 1000 })
    .catch(() => undefined);
  await first.waitForTimeout(1200);
  expect(await storedCaseHolds(second, id, 'Stale tab')).toBe(false);
  expect(((await readCase(second, id)) as { revision: number }).revision).toBe(atTakeOver.revision);

  await second.getByLabel(FIRST, { exact: true }).fill('Typed in the second tab');
  await expect(second.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
  const final = (await readCase(second, id)) as { revision: number };
  expect(final.revision).toBe(atTakeOver.revision + 1);
  expect(await storedCaseHolds(second, id, 'Typed in the second tab')).toBe(true);
  expect(await storedCaseHolds(second, id, 'Typed just before the take-over')).toBe(true);

  // The first tab, read only, follows the second tab's saves.
  await expect(first.getByLabel(FIRST, { exact: true })).toHaveValue('Typed in the second tab');
});

test('a case replaced by an import while open: the open tab does not overwrite it, says so, and loads the latest version', async ({ context }) => {
  const editing = await context.newPage();
  const id = await startNewCase(editing);
  await openStep(editing, id);
  await editing.getByLabel(FIRST, { exact: true }).fill('Before the import');
  await expect(editing.getByRole('status').filter({ hasText: SAVED })).toBeVisible();

  const other = await context.newPage();
  await other.goto('./');
  await chooseImportFiles(other, [jsonFile('replacement.json', caseFile(id, { givenNames: 'From the import' }))]);
  await other.getByLabel('Replace the case on this device with the one in the file').check();
  await other.getByRole('button', { name: 'Import this case' }).click();
  await expect(other.getByRole('heading', { name: '1 case was imported' })).toBeVisible();
  const imported = JSON.stringify(await readCase(other, id));

  await editing.getByLabel(SECOND, { exact: true }).fill('Typed on the old copy');
  await expect(editing.getByRole('status').filter({ hasText: 'Not saved: the case was changed elsewhere' })).toBeVisible();
  await expect(editing.getByRole('region', { name: 'Read only' })).toContainText('changed elsewhere');
  expect(JSON.stringify(await readCase(other, id))).toBe(imported);
  await editing.getByRole('button', { name: 'Load the latest version' }).click();
  await expect(editing.getByRole('region', { name: 'Read only' })).toHaveCount(0);
  await expect(editing.getByLabel(FIRST, { exact: true })).toHaveValue('From the import');
});

test('a failed write says "Not saved", keeps the answers, and retries', async ({ page }) => {
  // Make every IndexedDB write fail as if the disk were full, until the test lets it through.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { failWrites?: boolean }).failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const id = await startNewCase(page);
  await openStep(page, id);
  await page.evaluate(() => ((window as unknown as { failWrites?: boolean }).failWrites = true));
  await page.getByLabel(FIRST, { exact: true }).fill('Kept while the disk is full');
  const status = page.getByRole('status').filter({ hasText: 'Not saved' });
  await expect(status).toContainText('Not saved: the storage on this device is full');
  await expect(page.getByRole('status').filter({ hasText: SAVED })).toHaveCount(0);
  expect(await storedCaseHolds(page, id, 'Kept while the disk is full')).toBe(false);
  await expectNoAxeViolations(page, 'with a failed save');

  // "Try again now" tries at once; while the disk is still full it still says so.
  await page.getByRole('button', { name: 'Try again now' }).click();
  await expect(status).toContainText('Not saved: the storage on this device is full');
  // Once there is room again, the automatic retry stores the answers.
  await page.evaluate(() => ((window as unknown as { failWrites?: boolean }).failWrites = false));
  await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
  expect(await storedCaseHolds(page, id, 'Kept while the disk is full')).toBe(true);
});

/** A small seeded random number generator, so a failing run can be repeated. */
function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('200 random edits across 10 cases with reloads at random points: none is lost', async ({ page }) => {
  test.setTimeout(300_000);
  const seed = Number(process.env.EDIT_SEED ?? Date.now() % 100000);
  const random = mulberry32(seed);
  const ids = Array.from({ length: 10 }, (_, index) => `edit-case-${index}`);
  await page.goto('./');
  await importCases(page, [jsonFile('ten.json', ids.map((id) => caseFile(id)))]);

  const expected = new Map<string, string>();
  let open: string | undefined;
  let reloads = 0;
  for (let edit = 0; edit < 200; edit++) {
    const id = ids[Math.floor(random() * ids.length)]!;
    const label = random() < 0.5 ? FIRST : SECOND;
    const value = `edit ${edit} ${Math.floor(random() * 1e6).toString(36)}`;
    if (open !== id) {
      await openStep(page, id);
      open = id;
    }
    await page.getByLabel(label, { exact: true }).fill(value);
    expected.set(`${id}|${label}`, value);
    const roll = random();
    if (roll < 0.2) {
      // Reload at once, before the autosave delay has passed.
      await page.reload();
      await expect(page.getByLabel(FIRST, { exact: true })).toBeVisible();
      reloads++;
    } else if (roll < 0.3) {
      await page.waitForTimeout(Math.floor(random() * 600));
      await page.reload();
      await expect(page.getByLabel(FIRST, { exact: true })).toBeVisible();
      reloads++;
    }
  }
  // Leave the case so the last edits are stored, then check every answer, on the page and stored.
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Your cases' })).toBeVisible();
  const lost: string[] = [];
  for (const [key, value] of expected) {
    const [id] = key.split('|') as [string, string];
    await expect.poll(() => storedCaseHolds(page, id, value), { timeout: 5000 }).toBe(true).catch(() => lost.push(`${key} (stored)`));
  }
  for (const id of ids) {
    await openStep(page, id);
    for (const label of [FIRST, SECOND]) {
      const value = expected.get(`${id}|${label}`);
      if (value !== undefined && (await page.getByLabel(label, { exact: true }).inputValue()) !== value) lost.push(`${id}|${label} (shown)`);
    }
  }
  const note = `200 edits across 10 cases, ${reloads} reloads, ${expected.size} answers checked, ${lost.length} lost (seed ${seed})`;
  test.info().annotations.push({ type: 'edits', description: note });
  console.log(note);
  expect(lost).toEqual([]);
  expect((await readStore(page)).length).toBe(10);
});
