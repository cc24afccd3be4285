import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CaseFile } from '../src/case';
import { decide } from '../src/rules';
import { OUTCOME_TITLE } from '../app/features/wizard/outcomeText';
import { collectPageErrors } from './helpers';
import { startNewCase, WizardDriver } from './wizard-helpers';

function scenario(file: string): CaseFile {
  return JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')) as CaseFile;
}

test('keyboard only: an empty case filled to a grant, with no axe violations on any page', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await startNewCase(page);
  const facts = scenario('01-grant-clean.json');
  await new WizardDriver(page, facts, { axe: true }).fillCase();
  await expect(page.locator('.govuk-panel__title')).toHaveText('Grant settlement');
  await expect(page.locator('#failing-reasons')).toHaveCount(0);
  await expect(page.locator('#reasons')).toContainText('352J(ii)');
  await expect(page.locator('#actions')).toContainText('Serve the decision letter');
  expect(errors).toEqual([]);
});

test('keyboard only: a refusal under STP 2.1(c), with a 352T child shown as not granted in line', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await startNewCase(page);
  const facts = scenario('19-stp-c-day-before-7-years.json');
  const child = scenario('50-main-refused-dependants.json').dependants?.people?.[0];
  if (!child) throw new Error('scenario 50 has no child');
  facts.dependants = { hasDependants: true, people: [{ ...child, givenNames: 'Sara', familyName: 'Kidane' }] };
  const expected = decide(facts, { decisionDate: facts.decisionDate ?? '' });
  expect(expected.outcome).toBe('refuse-settlement');
  // axe on every page of this path too: conviction and dependant lists and items, a dependant's own pages.
  await new WizardDriver(page, facts, { axe: true }).fillCase();
  await expect(page.locator('.govuk-panel__title')).toHaveText(OUTCOME_TITLE['refuse-settlement']);
  await expect(page.locator('#failing-reasons')).toContainText('STP 2.1(c)');
  await expect(page.locator('#reasons tr[data-status="not-met"] th')).toHaveText(['STP 2.1(c)']);
  await expect(page.locator('#dependant-outcomes')).toContainText('Sara Kidane');
  await expect(page.locator('#dependant-outcomes [data-outcome]')).toHaveAttribute('data-outcome', 'main-not-granted');
  await expect(page.locator('#dependant-outcomes')).toContainText('Not granted in line');
  await expect(page.locator('.govuk-panel__body')).toContainText('Eligible from: 10 March 2025');
  expect(errors).toEqual([]);
});
