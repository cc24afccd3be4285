import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { collectPageErrors, expectNoAxeViolations } from './helpers';
import { caseFile, chooseImportFiles, importCases, jsonFile, putStoredRecord, readStore, startNewCase } from './storage-helpers';

// The case list, import, export and delete (issue 4). Autosave, reloads and two tabs are in
// storage-autosave.spec.ts.

test('the case list: privacy note, storage state, search, sort, duplicate and delete with the name in the question', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Your cases' })).toBeVisible();
  await expect(page.getByText('There are no cases on this device yet.')).toBeVisible();
  await expect(page.getByRole('main').getByText('Nothing you enter is sent anywhere')).toBeVisible();
  await expect(page.getByText(/Clearing this browser’s data for this site deletes the cases/)).toBeVisible();
  await expect(page.getByTestId('storage-persistence')).toHaveText(/Storage on this device: (kept until you delete it|may be cleared by the browser when space runs low)/);
  await expectNoAxeViolations(page, 'on the empty case list');

  await importCases(page, [
    jsonFile('cases.json', [
      caseFile('case-amira', { givenNames: 'Amira', familyName: 'Haddad', homeOfficeReference: 'H1111111' }),
      caseFile('case-jose', { givenNames: 'José', familyName: 'Núñez', homeOfficeReference: 'N2222222' }),
      caseFile('case-yusuf', { givenNames: 'يوسف', familyName: 'Ali', homeOfficeReference: 'Y3333333' }),
    ]),
    // A decided case: section 67 leave is not Calais leave.
    jsonFile('decided.json', { ...caseFile('case-decided', { givenNames: 'Decided', familyName: 'Case' }), decisionDate: '2026-11-20', leave: { type: 'section-67' } }),
  ]);
  await page.getByRole('link', { name: 'Go to your cases' }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(page.getByRole('row', { name: /Amira Haddad/ })).toContainText('In progress (0 of 5 sections completed)');
  const decided = page.getByRole('row', { name: /Decided Case/ });
  await expect(decided.getByRole('cell').first()).toContainText('Decided');
  await expect(decided.getByRole('cell').first()).toContainText('Not eligible');
  await page.getByRole('link', { name: 'Delete the case of Decided Case' }).click();
  await page.getByRole('button', { name: 'Yes, delete this case' }).click();
  await expect(rows).toHaveCount(4);
  await expectNoAxeViolations(page, 'on the case list');

  const search = page.getByLabel('Search by name or Home Office reference');
  await search.fill('jose nunez');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'José Núñez', exact: true })).toBeVisible();
  await search.fill('Y3333333');
  // The name is fenced with Unicode isolates (FSI … PDI), so it cannot reorder the text beside it.
  await expect(page.getByRole('link', { name: '\u2068يوسف Ali\u2069', exact: true })).toBeVisible();
  await expect(rows).toHaveCount(2);
  await search.fill('');

  await page.getByLabel('Sort by').selectOption('name');
  await expect(rows.nth(1)).toContainText('Amira Haddad');
  await page.getByRole('button', { name: 'Duplicate the case of Amira Haddad (H1111111)' }).click();
  await expect(page.getByText('A copy of Amira Haddad was made.')).toBeVisible();
  await expect(rows).toHaveCount(5);
  // Newest first after a copy: the copy is at the top.
  await expect(rows.nth(1)).toContainText('Amira Haddad');
  expect((await readStore(page)).filter((record) => JSON.stringify(record).includes('Amira'))).toHaveLength(2);

  await page.getByRole('link', { name: 'Delete the case of José Núñez (N2222222)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Are you sure you want to delete the case of José Núñez (N2222222)?');
  await expectNoAxeViolations(page, 'on the delete confirmation');
  await page.getByRole('link', { name: 'No, keep it' }).click();
  await expect(rows).toHaveCount(5);
  await page.getByRole('link', { name: 'Delete the case of José Núñez (N2222222)' }).click();
  await page.getByRole('button', { name: 'Yes, delete this case' }).click();
  await expect(page.getByText('The case of José Núñez (N2222222) was deleted from this device.')).toBeVisible();
  await expect(rows).toHaveCount(4);
  expect((await readStore(page)).map((record) => record['id'])).not.toContain('case-jose');

  // Asking the browser to keep the cases: whatever it answers, the page says where they stand.
  const ask = page.getByRole('button', { name: 'Ask the browser to keep cases until you delete them' });
  if (await ask.isVisible()) {
    await ask.click();
    await expect(page.getByTestId('storage-persistence')).toHaveText(/Storage on this device: (kept until you delete it|may be cleared by the browser when space runs low)/);
  }

  const id = await startNewCase(page);
  expect((await readStore(page)).map((record) => record['id'])).toContain(id);
  expect(errors).toEqual([]);
});

test('import: each bad file gets a clear message naming the file and field, and the stored cases stay byte-for-byte the same', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('./');
  await importCases(page, [jsonFile('existing.json', [caseFile('case-a', { givenNames: 'Existing', familyName: 'One' }), caseFile('case-b', { givenNames: 'Existing', familyName: 'Two' })])]);
  const before = JSON.stringify(await readStore(page));

  const big = Buffer.alloc(5 * 1024 * 1024 + 512 * 1024, ' ');
  await chooseImportFiles(page, [
    jsonFile('malformed.json', '{"format": "calais-settlement-case", "version": 1,'),
    jsonFile('garbage.json', [1, 'two', null, { three: 3 }]),
    { name: 'huge.json', mimeType: 'application/json', buffer: big },
    jsonFile('newer.json', { ...caseFile('case-new'), version: 99 }),
    jsonFile('leap.json', caseFile('case-leap', { dateOfBirth: '2023-02-29' })),
  ]);
  const problems = page.getByRole('alert').filter({ hasText: 'Some files cannot be imported' });
  await expect(problems).toContainText('malformed.json: The file is not valid JSON');
  await expect(problems).toContainText('garbage.json: [0]: A case file must be a JSON object');
  await expect(problems).toContainText('garbage.json: [3].format: This is not a Calais settlement case file');
  await expect(problems).toContainText('huge.json: the file is 5.5 MB, larger than the 5 MB this service imports');
  await expect(problems).toContainText('newer.json: version: This case file is version 99, newer than this tool reads (version 2)');
  await expect(problems).toContainText('leap.json: identity.dateOfBirth: Date of birth must be a real date written YYYY-MM-DD');
  await expect(page.getByText('No cases can be imported from the files you chose. Nothing on this device was changed.')).toBeVisible();
  await expectNoAxeViolations(page, 'on the import results');
  expect(JSON.stringify(await readStore(page))).toBe(before);

  // A name with script tags is stored as typed and shown as text, never run.
  await importCases(page, [jsonFile('script.json', caseFile('case-script', { givenNames: '<script>window.hacked=1</script><img src=x onerror="window.hacked=2">', familyName: '"O\'Brien" & Søn' }))]);
  await page.getByRole('link', { name: 'Go to your cases' }).click();
  const link = page.getByRole('link', { name: /^<script>window\.hacked=1<\/script>/ });
  await expect(link).toBeVisible();
  await expect(link).toContainText('"O\'Brien" & Søn');
  expect(await page.locator('main script, main img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  const stored = (await readStore(page)).find((record) => record['id'] === 'case-script') as { caseFile: { identity: { givenNames: string } } } | undefined;
  expect(stored?.caseFile.identity.givenNames).toBe('<script>window.hacked=1</script><img src=x onerror="window.hacked=2">');
  expect(errors).toEqual([]);
});

test('import: a case whose id is already stored asks to replace it or keep both', async ({ page }) => {
  await page.goto('./');
  await importCases(page, [jsonFile('first.json', caseFile('case-a', { givenNames: 'Stored', familyName: 'Version' }))]);
  const stored = JSON.stringify(await readStore(page));

  await chooseImportFiles(page, [jsonFile('again.json', caseFile('case-a', { givenNames: 'Imported', familyName: 'Version' }))]);
  const question = page.getByRole('group', { name: /A case with the same id is already on this device: Stored Version/ });
  await expect(question).toBeVisible();
  await expectNoAxeViolations(page, 'on the import question');
  await page.getByRole('button', { name: 'Import this case' }).click();
  await expect(page.getByRole('link', { name: 'Select whether to replace the case of Imported Version or keep both' })).toBeVisible();
  expect(JSON.stringify(await readStore(page))).toBe(stored);

  await question.getByLabel('Keep both: import this as a new case').check();
  await page.getByRole('button', { name: 'Import this case' }).click();
  await expect(page.getByRole('heading', { name: '1 case was imported' })).toBeVisible();
  let records = await readStore(page);
  expect(records).toHaveLength(2);
  expect(JSON.stringify(records.find((record) => record['id'] === 'case-a'))).toBe(JSON.stringify(JSON.parse(stored)[0]));

  await chooseImportFiles(page, [jsonFile('again.json', caseFile('case-a', { givenNames: 'Replacement', familyName: 'Version' }))]);
  await page.getByLabel('Replace the case on this device with the one in the file').check();
  await page.getByRole('button', { name: 'Import this case' }).click();
  await expect(page.getByRole('heading', { name: '1 case was imported' })).toBeVisible();
  records = await readStore(page);
  expect(records).toHaveLength(2);
  expect(JSON.stringify(records.find((record) => record['id'] === 'case-a'))).toContain('Replacement');
});

test('export then import into an empty profile gives identical cases', async ({ page, browser }) => {
  await page.goto('./');
  const now = new Date().toISOString();
  // An export with everything beside the case file: audit log, letter edits, drafts, revision.
  const original = {
    format: 'calais-settlement-export',
    version: 1,
    exportedAt: now,
    cases: [
      {
        caseFile: { ...caseFile('case-full', { givenNames: 'Fatima', familyName: 'Zahra', dateOfBirth: '2002-02-28' }), decisionDate: '2026-11-20', leave: { type: 'calais-352J', grantedOn: '2017-03-01' } },
        audit: [
          { at: '2026-11-01T09:00:00.000Z', section: 'Case', fields: ['(created)'] },
          { at: '2026-11-02T10:30:00.000Z', section: 'Leave', fields: ['leave.type', 'leave.grantedOn'] },
        ],
        letterEdits: { 'grant-letter': { paragraphs: { opening: 'Dear Fatima' }, editedAgainst: 'fingerprint', factsAtEdit: { Outcome: 'Grant' } } },
        drafts: { 'leave-details': { grantedOn: { day: '31', month: '2', year: '2017' } } },
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-02T10:30:00.000Z',
        revision: 17,
      },
    ],
  };
  await importCases(page, [jsonFile('full.json', original), jsonFile('list.json', [caseFile('case-two', { givenNames: 'Omar' })])]);
  await page.getByRole('link', { name: 'Go to your cases' }).click();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all cases' }).click();
  const download = await exported;
  expect(download.suggestedFilename()).toMatch(/^calais-cases-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(text) as { format: string; cases: unknown[] };
  expect(file.format).toBe('calais-settlement-export');
  expect(file.cases).toHaveLength(2);
  const storedHere = await readStore(page);

  const empty = await browser.newContext();
  try {
    const fresh = await empty.newPage();
    await fresh.goto('./');
    expect(await readStore(fresh)).toEqual([]);
    await importCases(fresh, [jsonFile(download.suggestedFilename(), text)]);
    expect(await readStore(fresh)).toEqual(storedHere);
  } finally {
    await empty.close();
  }

  // One case exports on its own too.
  const single = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the case of Fatima Zahra' }).click();
  const singleFile = JSON.parse(await readFile(await (await single).path(), 'utf8')) as { cases: { caseFile: { id: string } }[] };
  expect(singleFile.cases.map((item) => item.caseFile.id)).toEqual(['case-full']);
});

test.describe('the case summary kept with each case', () => {
  // The page's own requests, not a service worker's, so that the test can hold some back.
  test.use({ serviceWorkers: 'block' });

  test('the case list shows every stage with only the first-load scripts; a case stored without its summary gets one, nothing else changed', async ({ page }) => {
    const scenario = JSON.parse(await readFile('public/scenarios/02-bid-day-before-five-years.json', 'utf8')) as Record<string, unknown>;
    await importCases(page, [
      jsonFile('not-yet.json', { ...scenario, id: 'case-not-yet', identity: { givenNames: 'Not', familyName: 'Yet' } }),
      jsonFile('started.json', caseFile('case-started', { givenNames: 'Amira', familyName: 'Haddad' })),
    ]);
    const stored = await readStore(page);
    expect(stored.map((record) => record['summary'] !== undefined)).toEqual([true, true]);

    // What index.html loads: the list must show with no other script (the rules, the wizard, zod).
    const html = await (await page.request.get('./')).text();
    const firstLoad = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((match) => match[1]));
    expect(firstLoad.size).toBeGreaterThan(0);
    const heldBack: string[] = [];
    await page.route(/\.js$/, (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\//, '');
      if (firstLoad.has(path)) return route.continue();
      heldBack.push(path);
      return route.abort();
    });
    await page.goto('./');
    const notYet = page.getByRole('row', { name: /Not Yet/ });
    await expect(notYet).toContainText('Decided');
    await expect(notYet).toContainText('Not eligible');
    await expect(notYet).toContainText('Eligible from 1 March 2022');
    await expect(page.getByRole('row', { name: /Amira Haddad/ })).toContainText('In progress (0 of 5 sections completed)');
    await expect(page.getByRole('button', { name: 'Start a new case' })).toBeVisible();
    await page.unroute(/\.js$/);

    // A record as an older version stored it: no summary. The list works it out and keeps it.
    const { summary, ...older } = stored.find((record) => record['id'] === 'case-not-yet')!;
    await putStoredRecord(page, older);
    await page.reload();
    await expect(notYet).toContainText('Not eligible');
    await expect(notYet).toContainText('Eligible from 1 March 2022');
    await expect.poll(async () => (await readStore(page)).find((record) => record['id'] === 'case-not-yet')?.['summary']).toEqual(summary);
    // Nothing else of the record changed: not its answers, revision or time.
    const after = (await readStore(page)).find((record) => record['id'] === 'case-not-yet')!;
    expect({ ...after, summary: undefined }).toEqual({ ...older, summary: undefined });
  });
});
