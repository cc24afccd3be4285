import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CaseFile } from '../src/case';
import { collectPageErrors, expectNoAxeViolations } from './helpers';
import { pressOn, startNewCase, storeCaseFile, WizardDriver } from './wizard-helpers';

function grantFacts(): CaseFile {
  return JSON.parse(readFileSync('public/scenarios/01-grant-clean.json', 'utf8')) as CaseFile;
}

/** What the outcome and letter pages show instead, while the answers are unfinished. */
async function expectStillNeeded(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  const needed = page.locator('#decision-not-ready');
  await expect(needed.getByRole('heading', { name: 'Criminality' })).toBeVisible();
  await expect(needed.getByRole('link', { name: 'Convictions and disposals' })).toBeVisible();
  await expect(needed).toContainText('Convictions and disposals: add the conviction, or change the answer to No');
  // No outcome panel, no letters.
  await expect(page.locator('.govuk-panel')).toHaveCount(0);
  await expect(page.getByText('Grant settlement')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Draft the letters for this outcome' })).toHaveCount(0);
  await expect(page.locator('a[href*="/letters/"]')).toHaveCount(0);
  await expect(page.locator('table')).toHaveCount(0);
}

test('the blocker path: convictions changed to Yes, Back from the conviction page, and no outcome or letter is given', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = collectPageErrors(page);
  const caseId = await startNewCase(page);
  await new WizardDriver(page, grantFacts()).fillCase();
  await expect(page.locator('.govuk-panel__title')).toHaveText('Grant settlement');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  // Change "Any convictions?" to Yes.
  await pressOn(page, page.getByRole('link', { name: /^Change does the person have any convictions/ }), 'Enter');
  await expect(page.locator('#hasConvictions')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('#hasConvictions')).toBeChecked();
  await pressOn(page, page.getByRole('button', { name: 'Save and return' }), 'Enter');
  // The first conviction's page; press Back without adding it.
  await expect(page.getByRole('heading', { level: 1, name: 'Conviction or disposal' })).toBeVisible();
  await pressOn(page, page.getByRole('link', { name: 'Back' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  // Check answers offers no way to the outcome, and says what is still needed.
  await expect(page.getByRole('button', { name: 'Continue to the outcome' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'You cannot see the outcome yet' })).toBeVisible();
  await expect(page.locator('#decision-not-ready').getByRole('link', { name: 'Convictions and disposals' })).toBeVisible();
  await expectNoAxeViolations(page, 'on check your answers with unfinished answers');
  // The outcome's own address shows no outcome either.
  await page.goto(`./#/cases/${caseId}/outcome`);
  await expectStillNeeded(page, 'You cannot see the outcome yet');
  await expectNoAxeViolations(page, 'on the outcome page with unfinished answers');
  // Nor do the letters.
  await page.goto(`./#/cases/${caseId}/letters`);
  await expectStillNeeded(page, 'You cannot draft the decision letters yet');
  await expectNoAxeViolations(page, 'on the letters page with unfinished answers');
  // The task list agrees, and the link leads to the page to finish.
  await page.goto(`./#/cases/${caseId}`);
  await expect(page.locator('#task-criminality-status')).toHaveText('In progress');
  await expect(page.locator('#task-decision-status')).toHaveText('Cannot start yet');
  await page.goto(`./#/cases/${caseId}/outcome`);
  await pressOn(page, page.locator('#decision-not-ready').getByRole('link', { name: 'Convictions and disposals' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Convictions and disposals' })).toBeVisible();
  await expect(page.getByText('You have not added any convictions.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a letter’s address typed directly while the answers are unfinished shows what is still needed, not the letter', async ({ page }) => {
  const caseId = await startNewCase(page);
  const facts = grantFacts();
  await storeCaseFile(page, caseId, { ...facts, criminality: { ...facts.criminality, hasConvictions: true, convictions: [] } });
  for (const letter of ['grant', 'grant-representative', 'refusal', 'hold', 'no-such-letter']) {
    await page.goto(`./#/cases/${caseId}/letters/${letter}`);
    await expectStillNeeded(page, 'You cannot draft this letter yet');
    await expect(page.locator('.app-letter, .app-letter-preview, [data-letter]')).toHaveCount(0);
  }
  await expectNoAxeViolations(page, 'on a letter page with unfinished answers');
  // Once the answer is put right, the same address gives the grant letter.
  await storeCaseFile(page, caseId, facts);
  await page.goto(`./#/cases/${caseId}/letters/grant`);
  await expect(page.getByRole('heading', { level: 1, name: /^Grant of settlement/ })).toBeVisible();
});

/** A scenario file as stored (all of these are version 2). */
function scenarioFacts(file: string): CaseFile {
  return JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')) as CaseFile;
}

test('an outcome no missing answer waits for shows with pages unfinished: the hold, what could still change it, and its letter', async ({ page }) => {
  const errors = collectPageErrors(page);
  const caseId = await startNewCase(page);
  await storeCaseFile(page, caseId, { ...scenarioFacts('65-prosecution-held-finding-unrecorded.json'), id: caseId });
  await page.goto(`./#/cases/${caseId}`);
  await expect(page.locator('#task-decision-status')).not.toHaveText('Cannot start yet');
  await page.goto(`./#/cases/${caseId}/outcome`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hold: criminal proceedings pending' })).toBeVisible();
  await expect(page.locator('#decided-before-finished')).toContainText('could still change it');
  await expect(page.locator('#could-change-outcome')).toContainText('NHS');
  await expectNoAxeViolations(page, 'on an outcome shown with pages unfinished');
  await page.goto(`./#/cases/${caseId}/letters`);
  await expect(page.getByRole('table', { name: 'Letters that fit this case now' }).getByRole('link')).toHaveText(['Hold letter: criminal proceedings not yet completed']);
  expect(errors).toEqual([]);
});

test('the outcome page shows the decision’s structured fields: eligible from unless convicted, before consideration, and 9.4.1 assessed with STP 2.1(b)', async ({ page }) => {
  const caseId = await startNewCase(page);
  const bid = scenarioFacts('67-bid-short-before-questionnaire.json');
  await storeCaseFile(page, caseId, {
    ...bid,
    id: caseId,
    criminality: { ...bid.criminality, hasPendingCharges: true, pendingCharges: [{ id: 'p1', offence: 'assault', chargedOn: '2025-04-02', where: 'uk' }] },
  });
  await page.goto(`./#/cases/${caseId}/outcome`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not eligible under the Calais leave concession' })).toBeVisible();
  await expect(page.locator('.govuk-panel')).toContainText('unless the prosecution ends in a conviction');
  await expect(page.locator('#eligible-from')).toContainText('unless the prosecution ends in a conviction');
  await expect(page.locator('#before-consideration')).toContainText('No decision is served yet');
  await expectNoAxeViolations(page, 'on a not-eligible outcome before consideration');

  await storeCaseFile(page, caseId, { ...scenarioFacts('69-9-4-1-beside-stp-b.json'), id: caseId });
  await page.goto(`./#/cases/${caseId}/outcome`);
  await expect(page.getByRole('heading', { level: 1, name: 'Refuse settlement' })).toBeVisible();
  const finding = page.locator('#reasons tr').filter({ has: page.getByRole('rowheader', { name: /^(9\.4\.1|SUI 5\.1)$/ }) });
  await expect(finding.locator('.app-assessed-with')).toHaveText('Assessed with STP 2.1(b) (the same sentences)');
});
