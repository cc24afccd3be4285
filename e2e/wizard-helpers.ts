/**
 * Drives the caseworker wizard with the keyboard only, from a case file's facts: on each page it
 * reads which questions are shown (from the same page definitions the app uses), answers them
 * from the file by typing and pressing Space on radios, and presses Enter on Continue.
 */
import { expect, type Page } from '@playwright/test';
import type { CaseFile } from '../src/case';
import { isShown, readValues, type Field } from '../app/features/wizard/fields';
import { stepRoot } from '../app/features/wizard/flow';
import { groundsOnPage, isStepKey, listItems, STEPS, subjectOf, type StepContext } from '../app/features/wizard/steps';
import { groundName, NONE_ID, noteName } from '../app/features/wizard/suitability';
import { isoToParts, type DateParts } from '../app/features/wizard/dateParts';
import { draftKey } from '../app/features/wizard/status';
import { expectNoAxeViolations } from './helpers';

/** Facts the wizard requires but a scenario may leave out because the rules never read them. */
const PLACEHOLDERS: Record<string, string> = {
  givenNames: 'Test',
  familyName: 'Person',
  homeOfficeReference: 'T0000001',
  offence: 'Offence',
  where: 'uk',
  transferBasis: 'expedited-process',
  inTime: 'yes',
  appealPending: 'no',
};
const PLACEHOLDER_DATES: Record<string, string> = {
  dateOfBirth: '2001-01-01',
  letterSentOn: '2024-01-02',
  respondedOn: '2024-01-20',
  madeOn: '2022-01-01',
  grantedOn: '2017-03-01',
  transferredOn: '2016-11-01',
};

/** Installs timing marks: Enter pressed -> the frame that paints the next page's heading. */
export async function installTimingMarks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __mark: { t0: number; t1: number; hash: string; heading: Element | null } };
    w.__mark = { t0: 0, t1: 0, hash: '', heading: null };
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Enter') return;
        w.__mark = { t0: performance.now(), t1: 0, hash: location.hash, heading: document.querySelector('main h1') };
      },
      true,
    );
    const observer = new MutationObserver(() => {
      const mark = w.__mark;
      const heading = document.querySelector('main h1');
      // The new page's heading: a new element (each page is drawn afresh), not the old page's
      // heading still on screen while the address has already changed.
      if (!mark.t0 || mark.t1 || location.hash === mark.hash || !heading || heading === mark.heading) return;
      // The next animation frame is the one that paints the new page (style, layout and paint
      // follow at once: 2–3 ms in long-animation-frame entries). A setTimeout after it would add
      // the throttled task queue's delay, which is not the app's work.
      mark.t1 = -1;
      requestAnimationFrame(() => (mark.t1 = performance.now()));
    });
    const start = () => observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start);
  });
}

/** Starts a new empty case from the case list; returns its id. */
export async function startNewCase(page: Page): Promise<string> {
  await page.goto('./#/');
  await pressOn(page, page.getByRole('button', { name: 'Start a new case' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Case overview' })).toBeVisible();
  const match = /#\/cases\/([^/?]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No case id in ${page.url()}`);
  return match[1];
}

/** Replaces the stored case file of an existing case, as a later edit in the wizard would. */
export async function storeCaseFile(page: Page, id: string, caseFile: CaseFile) {
  await page.evaluate(
    async ({ id, caseFile }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('calais-settlement');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('cases', 'readwrite');
          const store = tx.objectStore('cases');
          const get = store.get(id);
          get.onsuccess = () => {
            const record = get.result as { revision: number; caseFile: unknown; drafts: unknown };
            record.caseFile = { ...caseFile, id };
            record.drafts = {};
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
    { id, caseFile },
  );
  // Read again from the database: the open page holds the case as it was.
  await page.reload();
}

/** Focuses an element and presses a key on it (no mouse). */
export async function pressOn(page: Page, locator: ReturnType<Page['locator']>, key: string) {
  await locator.focus();
  await page.keyboard.press(key);
}

/** Replaces the text of the focused box by typing. */
async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(selector).focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.insertText(text);
}

/** Answers one question with the keyboard. */
export async function answer(page: Page, field: Field, value: string | DateParts) {
  if (field.kind === 'date') {
    const parts = typeof value === 'object' ? value : isoToParts(value);
    await typeInto(page, `#${field.name}-day`, parts.day);
    await typeInto(page, `#${field.name}-month`, parts.month);
    await typeInto(page, `#${field.name}-year`, parts.year);
  } else if (field.kind === 'radios' || field.kind === 'yesNo') {
    const radio = page.locator(`input[type="radio"][name="${field.name}"][value="${String(value)}"]`);
    await radio.focus();
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
  } else {
    await typeInto(page, `#${CSS_ESCAPE(field.name)}`, String(value));
  }
}

function CSS_ESCAPE(id: string) {
  return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}

interface DriveOptions {
  axe?: boolean;
  /** Collects Continue -> next page timings (ms) when timing marks are installed. */
  timings?: number[];
}

/** Fills a whole case from `facts` through the wizard, then opens the outcome page. */
export class WizardDriver {
  private readonly ids = new Map<string, string>();
  private readonly decisionDate: string;

  constructor(
    private readonly page: Page,
    private readonly facts: CaseFile,
    private readonly options: DriveOptions = {},
  ) {
    if (!facts.decisionDate) throw new Error('The facts need a decision date');
    this.decisionDate = facts.decisionDate;
  }

  /** The page's step and its context in the facts (app ids mapped to the facts' ids). */
  private where(): { step: string; ctx: StepContext; appCtx: StepContext } {
    const url = new URL(this.page.url());
    const hash = url.hash.slice(1);
    const [path = '', query = ''] = hash.split('?');
    const step = path.split('/')[3] ?? '';
    const search = new URLSearchParams(query);
    const appCtx: StepContext = { dependant: search.get('dependant') ?? undefined, item: search.get('item') ?? undefined };
    const ctx: StepContext = {};
    if (appCtx.dependant) ctx.dependant = this.map(appCtx.dependant, () => (this.facts.dependants?.people ?? []).map((p) => p.id));
    if (appCtx.item && isStepKey(step)) {
      const definition = STEPS[step];
      const collection = definition.kind === 'form' ? definition.collection : undefined;
      if (collection) ctx.item = this.map(appCtx.item, () => listItems(this.facts, collection, ctx).map((i) => i.id));
    }
    return { step, ctx, appCtx };
  }

  /** The facts' id for an app id: a new app item takes the next facts item not yet matched. */
  private map(appId: string, candidates: () => string[]): string {
    const known = this.ids.get(appId);
    if (known) return known;
    const used = new Set(this.ids.values());
    const next = candidates().find((id) => !used.has(id));
    if (!next) throw new Error(`No item in the facts for ${appId}`);
    this.ids.set(appId, next);
    return next;
  }

  private async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
  }

  /** Presses Enter on a button and waits for the address to change. */
  async continueWith(name: RegExp | string) {
    const before = this.page.url();
    await pressOn(this.page, this.page.getByRole('button', { name, exact: typeof name === 'string' }), 'Enter');
    if (this.options.timings) {
      // Wait without querying the page meanwhile, so the test's own work is not timed.
      const handle = await this.page.waitForFunction(
        () => {
          const mark = (window as unknown as { __mark?: { t0: number; t1: number } }).__mark;
          return mark && mark.t1 > 0 ? mark.t1 - mark.t0 : false;
        },
        undefined,
        { polling: 250 },
      );
      this.options.timings.push(Number(await handle.jsonValue()));
    }
    await this.page.waitForURL((url) => url.toString() !== before);
    await this.pageForAddress();
  }

  /** Waits until the page on screen is the one the address names (the router renders after the address changes). */
  private async pageForAddress() {
    const { step, appCtx } = this.where();
    if (isStepKey(step)) await expect(this.page.locator(`[data-wizard-page="${draftKey(step, appCtx)}"]`)).toBeVisible();
    else await expect(this.page.locator('[data-wizard-page]')).toHaveCount(0);
    await expect(this.page.locator('main h1')).toBeVisible();
  }

  /** Answers the page in view from the facts, and continues. */
  async fillPage() {
    const { step, ctx } = this.where();
    if (!isStepKey(step)) throw new Error(`Not a wizard step: ${this.page.url()}`);
    if (this.options.axe) await expectNoAxeViolations(this.page, `on ${step}`);
    const definition = STEPS[step];
    if (definition.kind === 'list') {
      const shown = await this.page.locator('.govuk-summary-card').count();
      const wanted = listItems(this.facts, definition.collection, ctx).length;
      const radio = this.page.locator(`input[name="addAnother"][value="${shown < wanted ? 'yes' : 'no'}"]`);
      await radio.focus();
      await this.page.keyboard.press('Space');
      await this.continueWith('Continue');
      return;
    }
    if (step === 'suitability') {
      await this.fillSuitability(ctx);
      return;
    }
    const root = stepRoot(definition, this.facts, ctx);
    const fields = definition.fields(this.facts, ctx, this.decisionDate);
    const values = readValues(fields, root);
    for (const field of fields) {
      if (!isShown(field, fields, values)) continue;
      let value = values[field.name] ?? '';
      const empty = typeof value === 'string' ? value === '' : value.day === '';
      if (empty && field.required) {
        if (field.kind === 'date' && PLACEHOLDER_DATES[field.name]) value = PLACEHOLDER_DATES[field.name] ?? '';
        else if (PLACEHOLDERS[field.name]) value = PLACEHOLDERS[field.name] ?? '';
      }
      if (empty && !field.required && field.kind !== 'date' && field.kind !== 'text' && field.kind !== 'textarea') continue;
      await answer(this.page, field, value);
    }
    await this.continueWith(/^(Continue|Save and return)$/);
  }

  /**
   * The suitability page: ticks each ground the facts say applies and types its note, or ticks
   * "None of these" when none applies, with Space, then presses Enter on Continue.
   */
  private async fillSuitability(ctx: StepContext) {
    const codes = groundsOnPage(this.facts, ctx);
    const findings = subjectOf(this.facts, ctx)?.suitability;
    const applying = codes.filter((code) => findings?.[code]?.applies === true);
    const tick = async (id: string, wanted: boolean) => {
      const box = this.page.locator(`#${id}`);
      if ((await box.isChecked()) !== wanted) {
        await box.focus();
        await this.page.keyboard.press('Space');
      }
      if (wanted) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    };
    if (applying.length === 0) {
      await tick(NONE_ID, true);
    } else {
      for (const code of codes) await tick(groundName(code), applying.includes(code));
      for (const code of applying) await typeInto(this.page, `#${noteName(code)}`, findings?.[code]?.note ?? 'Reasons recorded');
    }
    await this.continueWith(/^(Continue|Save and return)$/);
  }

  /** Opens a section from the case overview and fills its pages until the overview (or check answers) is back. */
  async fillSection(title: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Case overview' })).toBeVisible();
    if (this.options.axe) await expectNoAxeViolations(this.page, 'on the case overview');
    const before = this.page.url();
    await pressOn(this.page, this.page.getByRole('link', { name: title, exact: true }), 'Enter');
    await this.page.waitForURL((url) => url.toString() !== before);
    await this.pageForAddress();
    for (let guard = 0; guard < 60; guard++) {
      const heading = await this.heading();
      if (heading === 'Case overview' || heading === 'Check your answers') return;
      await this.fillPage();
    }
    throw new Error(`Section ${title} did not end`);
  }

  /** Fills every section that can start, then goes through check answers to the outcome. */
  async fillCase() {
    for (const title of ['Initial contact', 'Calais leave questionnaire', 'Criminality', 'Dependants']) {
      const link = this.page.getByRole('link', { name: title, exact: true });
      if ((await link.count()) === 0) continue; // Cannot start yet: not needed for this case.
      await this.fillSection(title);
    }
    await this.fillSection('Decision');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    if (this.options.axe) await expectNoAxeViolations(this.page, 'on check your answers');
    await this.continueWith('Continue to the outcome');
    await expect(this.page.locator('.govuk-panel__title')).toBeVisible();
    if (this.options.axe) await expectNoAxeViolations(this.page, 'on the outcome');
  }
}
