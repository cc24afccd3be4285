import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CaseFile } from '../src/case';
import { collectPageErrors, expectNoAxeViolations } from './helpers';
import { readCase } from './storage-helpers';
import { pressOn, startNewCase, storeCaseFile } from './wizard-helpers';

/** A finished grant case decided on 1 December 2025 (Part Suitability numbering), its suitability page not yet answered. */
function unansweredFacts(): CaseFile {
  const facts = JSON.parse(readFileSync('public/scenarios/01-grant-clean.json', 'utf8')) as CaseFile;
  return { ...facts, decisionDate: '2025-12-01', suitability: {} };
}

async function tick(page: Page, id: string) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('Space');
}

async function submit(page: Page) {
  await pressOn(page, page.getByRole('button', { name: /^(Continue|Save and return)$/ }), 'Enter');
}

test('the suitability page: checkboxes by group, an error when nothing is chosen, two grounds with notes on check answers and in the outcome', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const caseId = await startNewCase(page);
  await storeCaseFile(page, caseId, unansweredFacts());
  await page.goto(`./#/cases/${caseId}/suitability`);
  await expect(page.getByRole('heading', { level: 1, name: 'Suitability findings' })).toBeVisible();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`suitability page height at 1280 px wide: ${height} px`);
  expect(height).toBeLessThan(3600);
  // Grouped by what the grounds are about, labelled in the numbering in force on the decision date.
  for (const legend of ['Exclusion, deportation and danger', 'Criminality', 'Conduct and character', 'Immigration history and deception', 'Debts and costs']) {
    await expect(page.getByRole('group', { name: legend })).toBeVisible();
  }
  await expect(page.getByRole('checkbox', { name: 'NHS debt (SUI 16.1)' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'None of these' })).toBeVisible();
  await expect(page.locator('#ground-nhs-debt')).toHaveAttribute('aria-expanded', 'false');
  await expectNoAxeViolations(page, 'on the suitability page');

  // Nothing chosen: the GOV.UK error, the summary takes focus, its link goes to the first checkbox.
  await submit(page);
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Select which of these apply, or select none of these']);
  await expect(page.locator('#suitability-error')).toContainText('Select which of these apply, or select none of these');
  await expectNoAxeViolations(page, 'on the suitability page with an error');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#ground-excluded-from-protection')).toBeFocused();

  // Two grounds, each revealing its note; one note missing is an error of its own.
  await tick(page, 'ground-nhs-debt');
  await expect(page.locator('#ground-nhs-debt')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#ground-nhs-debt')).toHaveAttribute('aria-controls', 'conditional-ground-nhs-debt');
  await expect(page.locator('#conditional-ground-nhs-debt #note-nhs-debt')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('#note-nhs-debt')).toBeFocused();
  await page.keyboard.insertText('Owes the NHS £900 <unpaid>');
  await tick(page, 'ground-deception');
  await submit(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter your reasons for finding that the ground “deception” applies']);
  await page.locator('#note-deception').focus();
  await page.keyboard.insertText('Used a false passport at interview');
  await expectNoAxeViolations(page, 'on the suitability page with grounds ticked');
  await submit(page);
  await expect(page.locator('main h1')).not.toHaveText('Suitability findings');

  const saved = async () => ((await readCase(page, caseId))?.['caseFile'] as CaseFile | undefined)?.suitability;
  await expect.poll(async () => (await saved())?.exclusion).toEqual({ applies: false });
  const stored = { suitability: await saved() };
  expect(stored.suitability?.['nhs-debt']).toEqual({ applies: true, note: 'Owes the NHS £900 <unpaid>' });
  expect(stored.suitability?.deception).toEqual({ applies: true, note: 'Used a false passport at interview' });
  expect(stored.suitability?.exclusion).toEqual({ applies: false });

  // Check answers: the findings readably, each with a Change link to its checkbox.
  await page.goto(`./#/cases/${caseId}/check-answers`);
  const nhs = page.locator('.govuk-summary-list__row', { hasText: 'NHS debt (SUI 16.1)' });
  await expect(nhs).toContainText('Applies');
  await expect(nhs).toContainText('Your reasons: “Owes the NHS £900 <unpaid>”');
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Deception (SUI 9.1)' })).toContainText('Used a false passport at interview');
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Grounds that do not apply' })).toContainText('Exclusion (SUI 4.1)');
  await pressOn(page, page.getByRole('link', { name: 'Change nhs debt (sui 16.1)' }), 'Enter');
  await expect(page.locator('#ground-nhs-debt')).toBeFocused();
  await expect(page.locator('#ground-nhs-debt')).toBeChecked();
  await expect(page.locator('#note-nhs-debt')).toHaveValue('Owes the NHS £900 <unpaid>');
  await expect(page.locator('#ground-exclusion')).not.toBeChecked();
  await expect(page.locator('#ground-none')).not.toBeChecked();
  await submit(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();

  // The outcome: a refusal whose reasons quote both notes.
  await pressOn(page, page.getByRole('button', { name: 'Continue to the outcome' }), 'Enter');
  await expect(page.locator('.govuk-panel__title')).toHaveText('Refuse settlement');
  const reasons = page.locator('#failing-reasons');
  await expect(reasons).toContainText('SUI 16.1');
  await expect(reasons).toContainText('Owes the NHS £900 <unpaid>');
  await expect(reasons).toContainText('SUI 9.1');
  await expect(reasons).toContainText('Used a false passport at interview');
  expect(errors).toEqual([]);
});

test('the suitability page: "None of these" clears the grounds and records every finding as not applying', async ({ page }) => {
  const caseId = await startNewCase(page);
  const facts = unansweredFacts();
  await storeCaseFile(page, caseId, { ...facts, suitability: { deception: { applies: true, note: 'Earlier' } } });
  await page.goto(`./#/cases/${caseId}/suitability`);
  await expect(page.locator('#ground-deception')).toBeChecked();
  await expect(page.locator('#note-deception')).toHaveValue('Earlier');
  await tick(page, 'ground-nhs-debt');
  await tick(page, 'ground-none');
  await expect(page.locator('#ground-none')).toBeChecked();
  await expect(page.locator('#ground-deception')).not.toBeChecked();
  await expect(page.locator('#ground-nhs-debt')).not.toBeChecked();
  await expect(page.locator('#note-deception')).toHaveCount(0);
  // And the other way: a ground clears "None of these".
  await tick(page, 'ground-exclusion');
  await expect(page.locator('#ground-none')).not.toBeChecked();
  await tick(page, 'ground-exclusion');
  await tick(page, 'ground-none');
  await submit(page);
  await expect(page.locator('main h1')).not.toHaveText('Suitability findings');
  const saved = async () => ((await readCase(page, caseId))?.['caseFile'] as CaseFile | undefined)?.suitability;
  await expect.poll(async () => Object.keys((await saved()) ?? {}).length).toBe(17);
  const stored = { suitability: await saved() };
  const findings = Object.values(stored.suitability ?? {});
  expect(findings.length).toBe(17);
  for (const finding of findings) expect(finding?.applies).toBe(false);
  expect(stored.suitability?.deception).toEqual({ applies: false, note: 'Earlier' });
  await page.goto(`./#/cases/${caseId}/check-answers`);
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Suitability findings' })).toContainText('None of these apply');
  await pressOn(page, page.getByRole('button', { name: 'Continue to the outcome' }), 'Enter');
  await expect(page.locator('.govuk-panel__title')).toHaveText('Grant settlement');
});

test('the suitability page: a warning when overlapping findings are both ticked, in both numberings while no decision date is recorded', async ({ page }) => {
  const caseId = await startNewCase(page);
  const { decisionDate: _date, ...facts } = unansweredFacts();
  await storeCaseFile(page, caseId, facts);
  await page.goto(`./#/cases/${caseId}/suitability`);
  await expect(page.getByRole('checkbox', { name: 'Presence not conducive to the public good (9.3.1 / SUI 3.1)' })).toBeVisible();
  const warnings = page.locator('.govuk-warning-text');
  await expect(warnings).toHaveCount(0);
  const pairs: [string, string, string][] = [
    ['excluded-from-protection', 'exclusion', 'both 352J(i) and 9.5.1 / SUI 4.1'],
    ['criminality-serious', 'persistent-offender', 'both 9.4.1 / SUI 5.1 and STP 2.1(e)'],
    ['criminality-serious', 'serious-harm', 'both 9.4.1 / SUI 5.1 and STP 2.1(f)'],
    ['not-conducive', 'settlement-not-conducive', 'both 9.3.1 / SUI 3.1 and STP 2.1(g)'],
  ];
  for (const [a, b, text] of pairs) {
    await tick(page, `ground-${a}`);
    await expect(warnings).toHaveCount(0);
    await tick(page, `ground-${b}`);
    await expect(warnings).toHaveCount(1);
    await expect(warnings).toContainText(text);
    await tick(page, `ground-${a}`);
    await tick(page, `ground-${b}`);
    await expect(warnings).toHaveCount(0);
  }
  await tick(page, 'ground-not-conducive');
  await tick(page, 'ground-settlement-not-conducive');
  await expectNoAxeViolations(page, 'on the suitability page with an overlap warning');
});
