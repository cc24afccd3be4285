import { expect, type Page } from '@playwright/test';
import { emptyCase } from '../src/case';

/** A file to hand to the import page's file input. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A JSON file for the import page. */
export function jsonFile(name: string, value: unknown): UploadFile {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) };
}

/** A minimal valid case file (the current format version) with the given id and identity. */
export function caseFile(id: string, identity: Record<string, string> = {}) {
  return { ...emptyCase(id), identity };
}

/** Chooses files on the import page and checks them. */
export async function chooseImportFiles(page: Page, files: UploadFile[]) {
  await page.goto('./#/');
  await page.getByRole('link', { name: 'Import cases' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import cases' })).toBeVisible();
  await page.getByLabel('Upload case files').setInputFiles(files);
  await page.getByRole('button', { name: 'Check files' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check the import' })).toBeVisible();
}

/** Imports files that are all valid and new, and waits for the result. */
export async function importCases(page: Page, files: UploadFile[]) {
  await chooseImportFiles(page, files);
  await page.getByRole('button', { name: /^Import (this case|\d+ cases)$/ }).click();
  await expect(page.getByRole('heading', { name: /imported$/ })).toBeVisible();
}

/** Every record in one object store of the app's database, read directly, sorted by id. */
export async function readStore(page: Page, store: 'cases' | 'training' = 'cases'): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (storeName) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open('calais-settlement');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolve([]);
            return;
          }
          const getAll = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          getAll.onsuccess = () => {
            db.close();
            const records = getAll.result as Record<string, unknown>[];
            resolve(records.sort((a, b) => String(a['id']).localeCompare(String(b['id']))));
          };
          getAll.onerror = () => reject(getAll.error);
        };
      }),
    store,
  );
}

/** Writes a case record straight to the store, as it is given (an older version's record, a damaged one). */
export async function putStoredRecord(page: Page, record: Record<string, unknown>) {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('calais-settlement');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('cases', 'readwrite');
          transaction.objectStore('cases').put(value);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    record,
  );
}

/** One stored case, read directly. */
export async function readCase(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return (await readStore(page)).find((record) => record['id'] === id);
}

/** Starts a new case from the case list and returns its id. */
export async function startNewCase(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expect(page).toHaveURL(/#\/cases\/[^/]+/);
  const match = /#\/cases\/([^/?]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No case id in ${page.url()}`);
  return decodeURIComponent(match[1]);
}
