/**
 * Where Continue and Back go, computed from the case file: pages that do not apply are skipped,
 * an empty add-another list goes straight to adding the first item, and a section's last page
 * returns to the task list. Pure functions; `newId` is passed in so tests are repeatable.
 */
import type { CaseFile } from '../../../src/case';
import { findDependant, isInLine, listItems, STEPS, type FormStep, type SectionKey, type Step, type StepContext, type StepKey } from './steps';
import { getPath, readValues, validateValues } from './fields';
import type { IsoDate } from '../../../src/dates';

/** The main person's pages, in order. */
export const MAIN_FLOW: readonly StepKey[] = [
  'person',
  'contact-details',
  'representative',
  'initial-contact-letter',
  'transfer',
  'leave',
  'leave-details',
  'bid',
  'current-status',
  'questionnaire-returned',
  'calais-policy-choice',
  'criminality',
  'conviction-list',
  'charge-list',
  'suitability',
  'dependants',
  'dependant-list',
  'decision-date',
];

/** One dependant's pages, in order (all but the first only for a child with 352T leave). */
export const DEPENDANT_FLOW: readonly StepKey[] = ['dependant', 'criminality', 'conviction-list', 'charge-list', 'suitability'];

/** A page to go to. */
export type Target = { page: 'overview' } | { page: 'check-answers' } | { page: 'outcome' } | { page: 'step'; step: StepKey; ctx: StepContext };

/** Which section a page is in, for this person. */
export function sectionOf(step: StepKey, ctx: StepContext): SectionKey {
  return ctx.dependant ? 'dependants' : STEPS[step].section;
}

/** Whether a page applies to the case as it stands. */
export function stepApplies(step: StepKey, caseFile: CaseFile, ctx: StepContext): boolean {
  const definition = STEPS[step];
  if (ctx.dependant && step !== 'dependant' && !isInLine(findDependant(caseFile, ctx.dependant))) return false;
  return definition.applies ? definition.applies(caseFile, ctx) : true;
}

/** The object a form page's field paths are relative to (undefined for a new item). */
export function stepRoot(step: FormStep, caseFile: CaseFile, ctx: StepContext): unknown {
  switch (step.scope) {
    case 'case':
      return caseFile;
    case 'subject':
      return ctx.dependant ? findDependant(caseFile, ctx.dependant) : caseFile;
    case 'dependant':
      return findDependant(caseFile, ctx.dependant);
    case 'item':
      return step.collection ? listItems(caseFile, step.collection, ctx).find((item) => item.id === ctx.item) : undefined;
  }
}

/** Arriving at a list with nothing in it goes straight to adding the first item. */
function arrive(step: StepKey, caseFile: CaseFile, ctx: StepContext, newId: () => string): Target {
  const definition = STEPS[step];
  if (definition.kind === 'list' && listItems(caseFile, definition.collection, ctx).length === 0) {
    return definition.collection === 'dependants' ? { page: 'step', step: definition.itemStep, ctx: { dependant: newId() } } : { page: 'step', step: definition.itemStep, ctx: { ...ctx, item: newId() } };
  }
  return { page: 'step', step, ctx: withoutItem(ctx) };
}

function withoutItem(ctx: StepContext): StepContext {
  return ctx.dependant ? { dependant: ctx.dependant } : {};
}

/** The list page an item page belongs to. */
function listOf(step: StepKey): StepKey | undefined {
  const found = (Object.values(STEPS) as Step[]).find((candidate) => candidate.kind === 'list' && candidate.itemStep === step);
  return found?.key;
}

/** The page after `step`, once its answers are in `caseFile`. */
export function nextTarget(step: StepKey, ctx: StepContext, caseFile: CaseFile, newId: () => string): Target {
  // An item page returns to its list ("add another?"); a dependant's details continue to their own pages.
  const list = listOf(step);
  if (list && step !== 'dependant') return { page: 'step', step: list, ctx: withoutItem(ctx) };
  const flow = ctx.dependant ? DEPENDANT_FLOW : MAIN_FLOW;
  const section = sectionOf(step, ctx);
  for (let index = flow.indexOf(step) + 1; index < flow.length; index++) {
    const candidate = flow[index];
    if (candidate === undefined) break;
    if (!stepApplies(candidate, caseFile, ctx)) continue;
    if (sectionOf(candidate, ctx) !== section) break;
    return arrive(candidate, caseFile, ctx, newId);
  }
  if (ctx.dependant) return { page: 'step', step: 'dependant-list', ctx: {} };
  if (step === 'decision-date') return { page: 'check-answers' };
  return { page: 'overview' };
}

/** The page before `step` (the Back link). */
export function previousTarget(step: StepKey, ctx: StepContext, caseFile: CaseFile): Target {
  const list = listOf(step);
  if (list && step !== 'dependant') {
    const definition = STEPS[list];
    if (definition.kind === 'list' && listItems(caseFile, definition.collection, ctx).length > 0) return { page: 'step', step: list, ctx: withoutItem(ctx) };
    return previousTarget(list, ctx, caseFile);
  }
  if (step === 'dependant') {
    return { page: 'step', step: (caseFile.dependants?.people ?? []).length > 0 ? 'dependant-list' : 'dependants', ctx: {} };
  }
  const flow = ctx.dependant ? DEPENDANT_FLOW : MAIN_FLOW;
  const section = sectionOf(step, ctx);
  for (let index = flow.indexOf(step) - 1; index >= 0; index--) {
    const candidate = flow[index];
    if (candidate === undefined) break;
    if (!stepApplies(candidate, caseFile, ctx)) continue;
    if (sectionOf(candidate, ctx) !== section && !ctx.dependant) break;
    return { page: 'step', step: candidate, ctx: candidate === 'dependant' ? { dependant: ctx.dependant } : withoutItem(ctx) };
  }
  return { page: 'overview' };
}

/** The first page of a section, where its task-list link goes. */
export function sectionStart(section: SectionKey, caseFile: CaseFile, newId: () => string): Target | undefined {
  for (const step of MAIN_FLOW) {
    if (STEPS[step].section === section && stepApplies(step, caseFile, {})) return arrive(step, caseFile, {}, newId);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Completeness

/** Whether the answers on a page are complete and valid. */
export function stepComplete(step: StepKey, caseFile: CaseFile, ctx: StepContext, today: IsoDate): boolean {
  const definition = STEPS[step];
  if (definition.kind === 'list') {
    const items = listItems(caseFile, definition.collection, ctx);
    if (items.length === 0) return false;
    return items.every((item) =>
      definition.collection === 'dependants' ? dependantComplete(caseFile, item.id, today) : stepComplete(definition.itemStep, caseFile, { ...ctx, item: item.id }, today),
    );
  }
  const root = stepRoot(definition, caseFile, ctx);
  if (root === undefined) return false;
  const decisionDate = caseFile.decisionDate ?? today;
  const fields = definition.fields(caseFile, ctx, decisionDate);
  return validateValues(fields, readValues(fields, root), today).length === 0;
}

/** Whether every applicable page of one dependant is complete. */
export function dependantComplete(caseFile: CaseFile, id: string, today: IsoDate): boolean {
  return DEPENDANT_FLOW.every((step) => !stepApplies(step, caseFile, { dependant: id }) || stepComplete(step, caseFile, { dependant: id }, today));
}

/** Whether any page of the list has an answer recorded. */
export function stepStarted(step: StepKey, caseFile: CaseFile, ctx: StepContext): boolean {
  const definition = STEPS[step];
  if (definition.kind === 'list') return listItems(caseFile, definition.collection, ctx).length > 0;
  const root = stepRoot(definition, caseFile, ctx);
  if (root === undefined) return false;
  return definition.fields(caseFile, ctx, caseFile.decisionDate ?? '2000-01-01').some((field) => getPath(root, field.path) !== undefined);
}
