import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { copiedTextAsParagraphs, docxParagraphs } from '../src/letters/testing';
import { collectPageErrors, expectNoAxeViolations } from './helpers';

/**
 * The related-route wizards (app/features/related): each route filled by keyboard and label to a
 * grant and to a refusal, axe on every distinct page (the list, start page, each question page,
 * an error page, check answers, result and letters), and each route's letters (the fee status
 * assessment) opened and downloaded as .docx.
 */

type Answer = string | { date: [string, string, string] } | { text: string };
/** One page of answers: question label -> answer (radio option text, date boxes or text). */
type PageAnswers = [label: string, answer: Answer][];

async function answerPage(page: Page, answers: PageAnswers) {
  for (const [label, answer] of answers) {
    if (typeof answer === 'string') {
      await page.getByRole('group', { name: label, exact: true }).getByLabel(answer, { exact: true }).check();
    } else if ('date' in answer) {
      const group = page.getByRole('group', { name: label, exact: true });
      await group.getByLabel('Day').fill(answer.date[0]);
      await group.getByLabel('Month').fill(answer.date[1]);
      await group.getByLabel('Year').fill(answer.date[2]);
    } else {
      await page.getByLabel(label, { exact: true }).fill(answer.text);
    }
  }
}

/** Opens the route from the list, starts, and fills every page; axe on each page when asked. */
async function fillRoute(page: Page, routeTitle: string, pages: { heading: string; answers: PageAnswers; submit?: string }[], axe: boolean, finish = true) {
  await page.goto('./#/related');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Other routes');
  await page.getByRole('link', { name: routeTitle, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(routeTitle);
  if (axe) await expectNoAxeViolations(page, `${routeTitle} start`);
  await page.getByRole('button', { name: /Start now|Continue/ }).click();
  for (const [index, { heading, answers, submit }] of pages.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    if (axe && index === 0) {
      // The error page: summary focused, linking to the first field, title prefixed.
      await page.getByRole('button', { name: 'Continue' }).click();
      const summary = page.locator('.govuk-error-summary');
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(/^Error: /);
      await expectNoAxeViolations(page, `${routeTitle} ${heading} errors`);
    }
    await answerPage(page, answers);
    if (axe) await expectNoAxeViolations(page, `${routeTitle} ${heading}`);
    await page.getByRole('button', { name: submit ?? 'Continue' }).click();
  }
  if (!finish) return;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.locator('.govuk-inset-text')).toHaveCount(0);
  if (axe) await expectNoAxeViolations(page, `${routeTitle} check answers`);
  await page.getByRole('button', { name: 'See the decision' }).click();
}

/** Downloads the letter shown as .docx: its file name and paragraphs (every XML part parsed by a conforming parser). */
async function downloadDocx(page: Page): Promise<{ name: string; paragraphs: string[]; xml: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .docx' }).click();
  const download = await downloading;
  const { paragraphs, xml } = await docxParagraphs(await readFile((await download.path()) ?? ''));
  await expect(page.getByRole('status').filter({ hasText: 'downloaded' })).toContainText(`downloaded as ${download.suggestedFilename()}`);
  return { name: download.suggestedFilename(), paragraphs, xml };
}

async function startAgain(page: Page, axe = false) {
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('heading', { name: 'Are you sure you want to start again?' })).toBeVisible();
  if (axe) await expectNoAxeViolations(page, 'start again confirmation');
  await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
}

const yes = 'Yes';
const no = 'No';

const protectionPages = (revoked: boolean) => [
  {
    heading: 'The applicant',
    answers: [
      ['Full name', { text: 'Amal <b>Haddad</b>' }],
      ['Home Office reference', { text: 'H1234567' }],
      ['Postal address', { text: '1 High Street\nCroydon CR0 1AA' }],
      ['Who is applying?', 'The person with refugee status or humanitarian protection'],
    ] as PageAnswers,
  },
  {
    heading: 'Validity of the application',
    answers: [
      ['Was the application made online on the specified form?', yes],
      ['Has the applicant provided any required biometrics?', yes],
      ['Has the applicant satisfactorily established their identity and nationality?', yes],
      ['Was the applicant in the UK on the date of application?', yes],
    ] as PageAnswers,
  },
  {
    heading: 'Protection status',
    answers: [
      ['What permission does the applicant have, or were they last granted?', 'Refugee status'],
      ['When was the asylum claim made?', { date: ['2', '11', '2020'] }],
      ['Which protection status does the applicant hold?', 'Refugee status'],
      ['When did the continuous period in the UK with that status start?', { date: ['1', '6', '2021'] }],
      ['Has the period since then been continuous, in the UK?', yes],
      ['Has the status been revoked or renounced?', revoked ? yes : no],
      ['Is the applicant still entitled to refugee status or humanitarian protection?', revoked ? no : yes],
    ] as PageAnswers,
  },
  {
    heading: 'Criminality and suitability',
    answers: [
      ['Does the applicant have any convictions or out-of-court disposals?', no],
      ['Is the applicant a persistent offender?', no],
      ['Has the applicant’s offending caused serious harm?', no],
      ['Would settlement not be conducive to the public good?', no],
    ] as PageAnswers,
  },
];

test('settlement protection: a grant with its letter, then (after starting again) a refusal citing STP 4.1 and 5.2', async ({ page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = collectPageErrors(page);
  await page.goto('./#/related');
  await expectNoAxeViolations(page, 'list of routes');
  await fillRoute(page, 'Settlement protection', protectionPages(false), true);
  await expect(page.locator('.govuk-panel__title')).toHaveText('Settlement granted');
  await expect(page.locator('.govuk-panel__body')).toContainText('STP 5.1');
  await expect(page.getByRole('table', { name: 'Reasons' })).toContainText('STP 3.1(a)');
  await expectNoAxeViolations(page, 'protection result');
  await page.getByRole('link', { name: 'Grant of settlement (protection)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grant of settlement (protection)');
  // The name is shown as the characters typed, never as markup.
  await expect(page.locator('.app-letter')).toContainText('Dear Amal <b>Haddad</b>');
  await expect(page.locator('.app-letter b')).toHaveCount(0);
  await expectNoAxeViolations(page, 'protection grant letter');
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByRole('status')).toContainText('copied as text');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('paragraph STP 5.1 of Appendix Settlement Protection');
  // The .docx holds the same lines as the copied text, the name escaped in the XML.
  const docx = await downloadDocx(page);
  expect(docx.name).toBe('H1234567-Grant_of_settlement_protection.docx');
  expect(docx.paragraphs.filter((line) => line !== '')).toEqual(copiedTextAsParagraphs(copied));
  expect(docx.xml).toContain('Dear Amal &lt;b&gt;Haddad&lt;/b&gt;');

  // The answers are kept on this device: a reload comes back to the same decision.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grant of settlement (protection)');
  await page.getByRole('link', { name: 'Back to the decision' }).click();
  await startAgain(page, true);

  await fillRoute(page, 'Settlement protection', protectionPages(true), false);
  await expect(page.locator('.govuk-panel__title')).toHaveText('Settlement refused');
  await page.getByRole('link', { name: 'Refusal of settlement (protection)' }).click();
  const letter = page.locator('.app-letter');
  await expect(letter.locator('h4')).toHaveText([
    'Paragraph STP 4.1 of Appendix Settlement Protection to the Immigration Rules',
    'Paragraph STP 5.2 of Appendix Settlement Protection to the Immigration Rules',
  ]);
  await expectNoAxeViolations(page, 'protection refusal letter');
  // The facts relied on are written on the page, kept on this device, and shown in the letter.
  await page.getByLabel('Facts relied on for STP 4.1').fill('Your refugee status was revoked on 3 March 2024.');
  await expect(letter).toContainText('Your refugee status was revoked on 3 March 2024.');
  await page.reload();
  await expect(page.getByLabel('Facts relied on for STP 4.1')).toHaveValue('Your refugee status was revoked on 3 March 2024.');

  // Changed to a status held for a year and still entitled: the 30-month grant under STP 5.2.
  const yearAgo = new Date();
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  await page.getByRole('link', { name: 'Back to the decision' }).click();
  await page.getByRole('link', { name: 'Back to your answers' }).click();
  await page.getByRole('link', { name: /^Change has the status been revoked or renounced/ }).click();
  await answerPage(page, [
    ['When did the continuous period in the UK with that status start?', { date: [String(yearAgo.getDate()), String(yearAgo.getMonth() + 1), String(yearAgo.getFullYear())] }],
    ['Has the status been revoked or renounced?', no],
    ['Is the applicant still entitled to refugee status or humanitarian protection?', yes],
  ]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'See the decision' }).click();
  await expect(page.locator('.govuk-panel__title')).toHaveText('Further permission of at least 30 months');
  await page.getByRole('link', { name: 'Grant of further permission (30 months, protection)' }).click();
  await expect(page.locator('.app-letter')).toContainText('for 30 months under paragraph STP 5.2');
  await expect(page.locator('.app-letter h4')).toHaveText(['Paragraph STP 3.1(a) of Appendix Settlement Protection to the Immigration Rules']);
  await expectNoAxeViolations(page, 'protection 30-month grant letter');
  expect(errors).toEqual([]);
});

const dlPages = (sentence: boolean) => [
  {
    heading: 'The application',
    answers: [
      ['Full name', { text: 'Samir Ali' }],
      ['What is the application for?', 'A first grant of discretionary leave'],
      // With a sentence: made on 1 December 2020, so the wizard asks the time (9.4.1 applies after 9 am).
      ...((sentence
        ? [
            ['When was the application made?', { date: ['1', '12', '2020'] }],
            ['Was the application made after 9 am?', yes],
          ]
        : [['When was the application made?', { date: ['14', '4', '2026'] }]]) as PageAnswers),
    ] as PageAnswers,
  },
  {
    heading: 'Grounds for discretionary leave',
    answers: [
      ['Does the applicant qualify for leave under the Immigration Rules?', no],
      ['Does the applicant qualify for Article 8 leave outside the Rules?', no],
      ['On what basis is discretionary leave considered?', 'Medical case'],
      ['Does the evidence meet that category?', yes],
      ['Does the applicant fall within the restricted leave policy?', no],
    ] as PageAnswers,
  },
  {
    heading: 'Criminality',
    answers: [
      ['Has the applicant had a custodial sentence?', sentence ? yes : no],
      ['Is the applicant a persistent offender?', no],
      ['Has the applicant’s offending caused serious harm?', no],
    ] as PageAnswers,
  },
  ...(sentence
    ? [
        {
          heading: 'Custodial sentence 1',
          answers: [
            ['Date of conviction', { date: ['10', '2', '2019'] }],
            ['Length of the custodial sentence, in months', { text: '18' }],
          ] as PageAnswers,
          submit: 'Save custodial sentence',
        },
        { heading: 'You have added 1 custodial sentence', answers: [['Do you need to add another custodial sentence?', no]] as PageAnswers },
      ]
    : []),
  {
    heading: 'Length of leave',
    answers: [
      ['Will return be possible within 6 months of the decision?', no],
      ['What period of leave do you propose?', 'The standard period'],
      ['Are any children affected by the decision?', no],
    ] as PageAnswers,
  },
];

test('discretionary leave: a 30-month grant, and a refusal for an 18-month custodial sentence (application after 9 am on 1 December 2020)', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await fillRoute(page, 'Discretionary leave', dlPages(false), true);
  await expect(page.locator('.govuk-panel__title')).toHaveText('Discretionary leave granted');
  await expect(page.locator('.govuk-summary-list')).toContainText('30 months');
  await expectNoAxeViolations(page, 'DL result');
  // "Download case (JSON)" gives the route's case file, which the rules (and the CLI) read.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download case (JSON)' }).click();
  const download = await downloading;
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as { format: string; version: number; category?: { basis?: string } };
  expect(file).toMatchObject({ format: 'discretionary-leave-case', version: 2, category: { basis: 'medical', met: true }, criminality: { hasCustodialSentences: false } });
  // The grant letter, in the one letter frame, and its .docx.
  await page.getByRole('link', { name: 'Grant of discretionary leave' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grant of discretionary leave');
  await expect(page.locator('.app-letter')).toContainText('for 30 months, under the section “Granting Discretionary Leave (DL)” of the Home Office policy on discretionary leave');
  await expect(page.locator('.app-letter')).toContainText('We considered your case as a medical case.');
  await expectNoAxeViolations(page, 'DL grant letter');
  const docx = await downloadDocx(page);
  expect(docx.name).toBe('no-reference-Grant_of_discretionary_leave.docx');
  expect(docx.paragraphs).toContain('Dear Samir Ali');
  await page.getByRole('link', { name: 'Back to the decision' }).click();
  await startAgain(page);
  await fillRoute(page, 'Discretionary leave', dlPages(true), false);
  await expect(page.locator('.govuk-panel__title')).toHaveText('Discretionary leave refused');
  await expect(page.getByRole('table', { name: 'Reasons' })).toContainText('sentence 1: 18 months, convicted 10 February 2019');
  await expect(page.getByRole('table', { name: 'Reasons' }).locator('tr', { has: page.locator('.govuk-tag--red') })).toHaveCount(1);
  await expectNoAxeViolations(page, 'DL refusal');
  await page.getByRole('link', { name: 'Refusal of discretionary leave' }).click();
  await expect(page.locator('.app-letter h4')).toHaveCount(1);
  await expect(page.locator('.app-letter')).toContainText('18 months, convicted 10 February 2019');
  await expectNoAxeViolations(page, 'DL refusal letter');
  expect(errors).toEqual([]);
});

const rlPages = (barrier: boolean) => [
  {
    heading: 'The request',
    answers: [
      ['Full name', { text: 'Karim Haddad' }],
      ['Home Office reference', { text: 'K7654321' }],
      ['Postal address', { text: '2 Station Road, Leeds LS1 1AA' }],
      ['What is being decided?', 'A first grant of restricted leave'],
      ['Did the person hold discretionary leave before?', no],
    ] as PageAnswers,
  },
  {
    heading: 'Scope of the policy',
    answers: [
      ['Is the person excluded, or would they be, under Article 1F of the Refugee Convention?', yes],
      ['Is the person excluded, or would they be, from humanitarian protection under paragraph 339D?', yes],
      ['Is the person excluded from the 1954 Convention relating to the Status of Stateless Persons?', no],
      ['Are there reasonable grounds for regarding the person as a danger to the security of the UK?', no],
      ['Does the person have a conviction to test against section 72?', no],
    ] as PageAnswers,
  },
  {
    heading: 'Barrier to removal',
    answers: [['Would removal breach the European Convention on Human Rights?', barrier ? yes : no], ...((barrier ? [['Which articles?', { text: 'Article 3' }]] : []) as PageAnswers)] as PageAnswers,
  },
  {
    heading: 'Length of leave and conditions',
    answers: [
      ['Does removal appear reasonably likely within the next 6 months?', no],
      ['Does the risk posed call for review more often than every 6 months?', no],
      ['What is the public protection risk?', 'Higher'],
      ['Is the person, or would they be, destitute without public funds?', no],
    ] as PageAnswers,
  },
];

test('restricted leave: a 6-month grant with cover letter and notice of conditions, and a refusal with no ECHR barrier', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await fillRoute(page, 'Restricted leave', rlPages(true), true);
  await expect(page.locator('.govuk-panel__title')).toHaveText('Restricted leave granted');
  await expect(page.locator('main')).toContainText('Do not take any work or engage in any business unless the Secretary of State has given permission in writing first.');
  await expectNoAxeViolations(page, 'RL result');
  await page.getByRole('link', { name: 'Grant of restricted leave: cover letter' }).click();
  await expect(page.locator('.app-letter')).toContainText('for 6 months from the date of this letter');
  await expect(page.locator('.app-letter')).toContainText('Your leave will lapse if you travel outside the Common Travel Area');
  await expectNoAxeViolations(page, 'RL cover letter');
  await page.getByRole('link', { name: 'Back to the decision' }).click();
  await page.getByRole('link', { name: 'Notice of conditions (restricted leave)' }).click();
  const notice = page.locator('.app-letter');
  await expect(notice.locator('h3')).toHaveText(['1. Work', '2. Study', '3. Public funds', '4. Reporting', '5. Where you live', 'Travel outside the United Kingdom', 'Asking for a condition to be changed']);
  await expect(notice).toContainText('Why we have imposed this condition: The risk posed calls for prior permission for each role: option 2.');
  await expectNoAxeViolations(page, 'RL notice of conditions');
  await page.getByRole('link', { name: 'Back to the decision' }).click();
  await startAgain(page);
  await fillRoute(page, 'Restricted leave', rlPages(false), false);
  await expect(page.locator('.govuk-panel__title')).toHaveText('Restricted leave refused');
  await expect(page.getByRole('heading', { name: 'Letters' })).toBeVisible();
  await expect(page.getByText('No letter fits this outcome.')).toBeVisible();
  await expectNoAxeViolations(page, 'RL refusal');
  expect(errors).toEqual([]);
});

const feePages = (resident: boolean) => [
  {
    heading: 'The course and academic year',
    answers: [
      ['Full name', { text: 'Yonas Tesfay' }],
      ['When does the course start?', { date: ['22', '9', '2025'] }],
      ['When did the first term of the first academic year actually begin?', { date: ['22', '9', '2025'] }],
      ['First day of the academic year being assessed', { date: ['1', '8', '2025'] }],
      ['Is this the first academic year of the course?', yes],
    ] as PageAnswers,
  },
  {
    heading: 'Calais leave',
    answers: [
      ['Under which paragraph was the leave granted?', '352J'],
      ['When was the leave granted?', { date: ['1', '6', '2021'] }],
      ['When does the leave expire? (optional)', { date: ['31', '5', '2026'] }],
      ['Was an application to extend the leave made before it expired?', no],
    ] as PageAnswers,
  },
  {
    heading: 'Ordinary residence',
    answers: [
      ['Has the student been ordinarily resident in the UK and Islands since the leave was granted?', resident ? yes : no],
      ['Was the student ordinarily resident in the UK on the day the first term began?', yes],
    ] as PageAnswers,
  },
];

test('student fee status: home fees, and not eligible when not resident since the grant', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await fillRoute(page, 'Student fee status for Calais leave', feePages(true), true);
  await expect(page.locator('.govuk-panel__title')).toHaveText('Home fee status');
  await expect(page.locator('.govuk-summary-list')).toContainText('22 September 2025');
  await expectNoAxeViolations(page, 'fee result');
  // Fee status is assessed by a university or college: an assessment for the file, not a letter.
  await expect(page.getByRole('heading', { name: 'Fee status assessment' })).toBeVisible();
  await page.getByRole('link', { name: 'Fee status assessment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fee status assessment');
  const assessment = page.locator('.app-letter');
  await expect(assessment).toContainText('Student: Yonas Tesfay');
  await expect(assessment).toContainText('It is not a decision of the Home Office');
  await expect(assessment).not.toContainText('Dear ');
  await expectNoAxeViolations(page, 'fee status assessment');
  const docx = await downloadDocx(page);
  expect(docx.name).toBe('no-reference-Fee_status_assessment.docx');
  expect(docx.paragraphs).toContain('Home Office reference: [not recorded: Home Office reference]');
  await page.getByRole('link', { name: 'Back to the decision' }).click();
  await startAgain(page);
  await fillRoute(page, 'Student fee status for Calais leave', feePages(false), false);
  await expect(page.locator('.govuk-panel__title')).toHaveText('Not eligible for home fee status');
  await expect(page.getByRole('table', { name: 'Reasons' }).locator('tr', { has: page.locator('.govuk-tag--red') }).locator('th')).toHaveText(['FEE (b)']);
  await expectNoAxeViolations(page, 'fee refusal');
  // "Change" on check answers comes back there after the one page, and the outcome moves.
  await page.getByRole('link', { name: 'Back to your answers' }).click();
  await page.getByRole('link', { name: /^Change has the student been ordinarily resident in the UK and Islands/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ordinary residence');
  await answerPage(page, [['Has the student been ordinarily resident in the UK and Islands since the leave was granted?', yes]]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See the decision' }).click();
  await expect(page.locator('.govuk-panel__title')).toHaveText('Home fee status');
  expect(errors).toEqual([]);
});

test('restricted leave: every conviction is recorded (add another, change, remove), and the one that meets its own section 72 threshold counts', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  const pages = rlPages(true).map((p) =>
    p.heading === 'Scope of the policy'
      ? {
          heading: p.heading,
          answers: [
            ['Is the person excluded, or would they be, under Article 1F of the Refugee Convention?', no],
            ['Is the person excluded, or would they be, from humanitarian protection under paragraph 339D?', no],
            ['Is the person excluded from the 1954 Convention relating to the Status of Stateless Persons?', no],
            ['Are there reasonable grounds for regarding the person as a danger to the security of the UK?', no],
            ['Does the person have a conviction to test against section 72?', yes],
          ] as PageAnswers,
        }
      : p,
  );
  const [request, scope, ...rest] = pages;
  if (!request || !scope) throw new Error('pages');
  await fillRoute(page, 'Restricted leave', [request, scope], false, false);
  // No conviction added yet: the first one's questions, focused heading.
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Conviction 1');
  await expect(h1).toBeFocused();
  await page.getByRole('button', { name: 'Save conviction' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expectNoAxeViolations(page, 'RL conviction errors');
  const conviction = async (on: [string, string, string], months: string) => {
    await answerPage(page, [
      ['Date of conviction', { date: on }],
      ['Length of the sentence of imprisonment, in months', { text: months }],
      ['Was the person convicted in the UK?', yes],
      ['Is an appeal against the conviction or sentence pending?', no],
    ]);
    await page.getByRole('button', { name: 'Save conviction' }).click();
  };
  // The longer sentence, before 28 June 2022, is below its 2-year threshold.
  await conviction(['27', '6', '2022'], '18');
  await expect(h1).toHaveText('You have added 1 conviction');
  await expect(h1).toBeFocused();
  await answerPage(page, [['Do you need to add another conviction?', yes]]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1).toHaveText('Conviction 2');
  await conviction(['28', '6', '2022'], '10');
  await expect(h1).toHaveText('You have added 2 convictions');
  await expect(page.locator('.app-add-another')).toContainText('10 months, 28 June 2022');
  await expectNoAxeViolations(page, 'RL convictions summary');
  // Change the second: 12 months, which meets the 12-month threshold from 28 June 2022.
  await page.getByRole('button', { name: 'Change conviction 2' }).click();
  await expect(h1).toHaveText('Conviction 2');
  await page.getByLabel('Length of the sentence of imprisonment, in months', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Save conviction' }).click();
  // A third, added by mistake and removed.
  await answerPage(page, [['Do you need to add another conviction?', yes]]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await conviction(['1', '1', '2015'], '6');
  await expect(h1).toHaveText('You have added 3 convictions');
  await page.getByRole('button', { name: 'Remove conviction 3' }).click();
  await expect(h1).toHaveText('You have added 2 convictions');
  await expect(page.getByRole('status')).toHaveText('conviction 3 removed');
  await expect(page.locator('.app-add-another')).toContainText('12 months, 28 June 2022');
  await answerPage(page, [['Do you need to add another conviction?', no]]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1).toHaveText('Danger to the community');
  await answerPage(page, [['Has the presumption of danger to the community been rebutted?', no]]);
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const { heading, answers } of rest) {
    await expect(h1).toHaveText(heading);
    await answerPage(page, answers);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(h1).toHaveText('Check your answers');
  await expect(page.locator('main')).toContainText('Conviction 2: Length of the sentence of imprisonment, in months');
  await expectNoAxeViolations(page, 'RL check answers with convictions');
  await page.getByRole('button', { name: 'See the decision' }).click();
  await expect(page.locator('.govuk-panel__title')).toHaveText('Restricted leave granted');
  await expect(page.getByRole('table', { name: 'Reasons' })).toContainText('the threshold for a conviction on that date is 12 months');
  expect(errors).toEqual([]);
});
