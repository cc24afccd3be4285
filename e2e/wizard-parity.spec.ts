import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CaseFile } from '../src/case';
import { formatLong } from '../src/dates';
import { decide } from '../src/rules';
import { OUTCOME_TITLE } from '../app/features/wizard/outcomeText';
import { readCase } from './storage-helpers';
import { startNewCase, WizardDriver } from './wizard-helpers';

// Scenario files filled in through the wizard from their facts: the outcome shown must equal
// `decide` run here in Node on the same file.
const SCENARIOS = [
  '01-grant-clean.json',
  '07-section-67-leave.json',
  '19-stp-c-day-before-7-years.json',
  '21-stp-d-caution-23-months.json',
  '32-352j-iv-section-72-on-28-june-2022.json',
  '39-pending-prosecution-hold.json',
  '44-opted-in-with-other-application.json',
  '48-dependant-refused-own-caution.json',
  '50-main-refused-dependants.json',
];

const AXE = new Set(['07-section-67-leave.json', '39-pending-prosecution-hold.json', '44-opted-in-with-other-application.json']);

for (const file of SCENARIOS) {
  test(`parity: ${file} filled through the wizard shows what decide gives`, async ({ page }) => {
    test.setTimeout(120_000);
    const facts = JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')) as CaseFile;
    const decisionDate = facts.decisionDate ?? '';
    const expected = decide(facts, { decisionDate });
    expect(expected.outcome).toBe(facts.scenario?.expected.outcome);
    const caseId = await startNewCase(page);
    // axe on the pages only these cases reach (charges, the Calais-policy choice, section 67).
    await new WizardDriver(page, facts, { axe: AXE.has(file) }).fillCase();
    // The outcome, the requirements that fail, the dependants and eligibleFrom: as decide gives on the scenario.
    await expect(page.locator('.govuk-panel__title')).toHaveText(OUTCOME_TITLE[expected.outcome]);
    const rows = page.locator('#reasons tbody tr');
    await expect(rows.first()).toBeVisible();
    const shown = await rows.evaluateAll((elements) => elements.map((element) => ({ citation: element.querySelector('th')?.textContent ?? '', status: element.getAttribute('data-status') })));
    expect(shown.filter((row) => row.status === 'not-met').map((row) => row.citation)).toEqual(
      expected.reasons.filter((reason) => reason.status === 'not-met').map((reason) => reason.citation),
    );
    // Every requirement, met or not: as decide gives on the case file the wizard stored (the wizard
    // skips questions a case does not need, e.g. suitability for section 67 leave).
    await expect.poll(async () => ((await readCase(page, caseId))?.['caseFile'] as CaseFile | undefined)?.decisionDate).toBe(decisionDate);
    const stored = (await readCase(page, caseId))?.['caseFile'] as CaseFile;
    const fromStored = decide(stored, { decisionDate });
    expect(fromStored.outcome).toBe(expected.outcome);
    expect(shown).toEqual(fromStored.reasons.map((reason) => ({ citation: reason.citation, status: reason.status })));
    const dependantOutcomes = await page.locator('#dependant-outcomes [data-outcome]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-outcome')));
    expect(dependantOutcomes).toEqual(expected.dependants.map((dependant) => dependant.outcome));
    if (expected.eligibleFrom) await expect(page.locator('.govuk-panel__body')).toContainText(`Eligible from: ${formatLong(expected.eligibleFrom)}`);
    else await expect(page.locator('.govuk-panel__body')).not.toContainText('Eligible from');
  });
}
