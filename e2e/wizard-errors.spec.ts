import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CaseFile } from '../src/case';
import { addYears } from '../src/dates';
import { STEPS, type FormStep, type StepKey } from '../app/features/wizard/steps';
import type { DateField } from '../app/features/wizard/fields';
import { todayIso } from '../app/features/wizard/today';
import { collectPageErrors, expectNoAxeViolations } from './helpers';
import { answer, pressOn, startNewCase, WizardDriver } from './wizard-helpers';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function grantFacts(): CaseFile {
  return JSON.parse(readFileSync('public/scenarios/01-grant-clean.json', 'utf8')) as CaseFile;
}

async function submit(page: Page) {
  await pressOn(page, page.getByRole('button', { name: /^(Continue|Save and return)$/ }), 'Enter');
}

test('an empty page: the error summary takes focus, says what to fix, and its links move focus to the field', async ({ page }) => {
  const errors = collectPageErrors(page);
  await startNewCase(page);
  await pressOn(page, page.getByRole('link', { name: 'Initial contact', exact: true }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Person’s details' })).toBeVisible();
  await submit(page);
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Person’s details – /);
  await expect(summary.getByRole('link')).toHaveText(['Enter the person’s given names', 'Enter the person’s family name', 'Enter the date of birth', 'Enter the Home Office reference']);
  await expectNoAxeViolations(page, 'on the person page with errors');
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#givenNames')).toBeFocused();
  await pressOn(page, summary.getByRole('link', { name: 'Enter the date of birth' }), 'Enter');
  await expect(page.locator('#dateOfBirth-day')).toBeFocused();
  expect(errors).toEqual([]);
});

/** Every page with a date question, and how to reach it in a case that is filled in. */
const DATE_PAGES: { step: StepKey; search?: string }[] = [
  { step: 'person' },
  { step: 'initial-contact-letter' },
  { step: 'transfer' },
  { step: 'leave' },
  { step: 'leave-details' },
  { step: 'bid' },
  { step: 'questionnaire-returned' },
  { step: 'conviction', search: '?item=new-conviction' },
  { step: 'charge', search: '?item=new-charge' },
  { step: 'dependant', search: '?dependant=new-dependant' },
  { step: 'decision-date' },
];

test('bad input on every date field gives a specific message and keeps the other answers', async ({ page }) => {
  test.setTimeout(180_000);
  const caseId = await startNewCase(page);
  const facts = grantFacts();
  await new WizardDriver(page, facts).fillCase();
  const today = todayIso();
  for (const { step, search } of DATE_PAGES) {
    const definition = STEPS[step] as FormStep;
    const fields = definition.fields(facts, {}, '2025-06-01');
    await page.goto(`./#/cases/${caseId}/${step}${search ?? ''}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Reveal every conditional date, then type a date that does not exist into each.
    const dates = fields.filter((field): field is DateField => field.kind === 'date');
    for (const date of dates) {
      const controller = date.showIf && fields.find((field) => field.name === date.showIf?.name);
      if (controller && date.showIf) await answer(page, controller, date.showIf.equals);
    }
    const text = fields.find((field) => field.kind === 'text');
    if (text) await answer(page, text, 'Kept answer');
    for (const date of dates) await answer(page, date, { day: '31', month: '2', year: '2020' });
    await submit(page);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    for (const date of dates) {
      await expect(summary.getByRole('link', { name: `${capitalise(date.noun)} must be a real date` })).toBeVisible();
      await expect(page.locator(`#${date.name}-error`)).toContainText(`${capitalise(date.noun)} must be a real date`);
    }
    if (text) await expect(page.locator(`#${text.name}`)).toHaveValue('Kept answer');
    await expectNoAxeViolations(page, `on ${step} with date errors`);
    // Letters, and (for dates that must be in the past) a date in the future.
    const first = dates[0];
    if (!first) continue;
    await answer(page, first, { day: 'ab', month: 'cd', year: 'efgh' });
    await submit(page);
    await expect(page.locator(`#${first.name}-error`)).toContainText(`${capitalise(first.noun)} must be a real date`);
    const past = dates.find((date) => date.past);
    if (past) {
      await answer(page, past, addYears(today, 1));
      await submit(page);
      await expect(page.locator(`#${past.name}-error`)).toContainText(`${capitalise(past.noun)} must be in the past`);
    }
    if (text) await expect(page.locator(`#${text.name}`)).toHaveValue('Kept answer');
  }
});

test('a conviction: month missing, a future date, and a sentence that ends before the conviction', async ({ page }) => {
  const caseId = await startNewCase(page);
  await page.goto(`./#/cases/${caseId}/conviction?item=c-test`);
  await expect(page.getByRole('heading', { level: 1, name: 'Conviction or disposal' })).toBeVisible();
  const fields = (STEPS.conviction as FormStep).fields(grantFacts(), {}, '2025-06-01');
  const field = (name: string) => {
    const found = fields.find((candidate) => candidate.name === name);
    if (!found) throw new Error(name);
    return found;
  };
  await answer(page, field('offence'), 'Theft');
  await answer(page, field('convictedOn'), { day: '10', month: '', year: '2020' });
  await answer(page, field('where'), 'uk');
  await answer(page, field('kind'), 'custodial');
  await answer(page, field('sentenceLengthMonths'), '6');
  await submit(page);
  await expect(page.locator('#convictedOn-error')).toContainText('Date of conviction must include a month');
  await expect(page.locator('#convictedOn-month')).toHaveClass(/govuk-input--error/);
  await expect(page.locator('#convictedOn-day')).not.toHaveClass(/govuk-input--error/);
  await answer(page, field('convictedOn'), addYears(todayIso(), 2));
  await submit(page);
  await expect(page.locator('#convictedOn-error')).toContainText('Date of conviction must be in the past');
  await answer(page, field('convictedOn'), '2020-03-10');
  await answer(page, field('sentenceEndsOn'), '2020-03-09');
  await submit(page);
  await expect(page.locator('#sentenceEndsOn-error')).toContainText('Date the sentence ends must be the same as or after the date of conviction');
  await expect(page.locator('#offence')).toHaveValue('Theft');
  await expect(page.locator('#sentenceLengthMonths')).toHaveValue('6');
  await expectNoAxeViolations(page, 'on the conviction page with errors');
  // The suggested end date fills the boxes.
  await pressOn(page, page.getByRole('button', { name: /Use 10 September 2020/ }), 'Enter');
  await expect(page.locator('#sentenceEndsOn-day')).toHaveValue('10');
  await expect(page.locator('#sentenceEndsOn-month')).toHaveValue('9');
});

test('Change links go to the exact field and return to check your answers; hidden answers are not shown', async ({ page }) => {
  test.setTimeout(120_000);
  await startNewCase(page);
  await new WizardDriver(page, grantFacts()).fillCase();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await pressOn(page, page.getByRole('link', { name: 'Change date of transfer to the uk' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Transfer to the UK' })).toBeVisible();
  await expect(page.locator('#transferredOn-day')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText('25');
  await pressOn(page, page.getByRole('button', { name: 'Save and return' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Date of transfer to the UK' })).toContainText('25 October 2016');
  // A representative recorded and then removed is not shown.
  await pressOn(page, page.getByRole('link', { name: 'Change does the person have a legal representative?' }), 'Enter');
  await expect(page.locator('#hasRepresentative')).toBeFocused();
  await page.keyboard.press('Space');
  await page.locator('#repName').focus();
  await page.keyboard.insertText('A Solicitor');
  await pressOn(page, page.getByRole('button', { name: 'Save and return' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.locator('main')).toContainText('A Solicitor');
  await pressOn(page, page.getByRole('link', { name: 'Change does the person have a legal representative?' }), 'Enter');
  await page.locator('#hasRepresentative-2').focus();
  await page.keyboard.press('Space');
  await pressOn(page, page.getByRole('button', { name: 'Save and return' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('A Solicitor');
  // The browser's back button returns to the page before.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Legal representative' })).toBeVisible();
});

test('answers typed on a page survive an immediate reload', async ({ page }) => {
  await startNewCase(page);
  await pressOn(page, page.getByRole('link', { name: 'Initial contact', exact: true }), 'Enter');
  await page.locator('#givenNames').focus();
  await page.keyboard.insertText('Amina');
  await page.locator('#dateOfBirth-year').focus();
  await page.keyboard.insertText('20');
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(page.locator('#givenNames')).toHaveValue('Amina');
  await expect(page.locator('#dateOfBirth-year')).toHaveValue('20');
});
