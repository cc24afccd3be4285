/**
 * The status of each task-list section, from the case file alone (and the drafts of pages typed
 * but not yet continued). Pure functions, unit-tested.
 */
import type { CaseFile } from '../../../src/case';
import type { IsoDate } from '../../../src/dates';
import { decide, type Decision } from '../../../src/rules';
import { DEPENDANT_FLOW, MAIN_FLOW, stepApplies, stepComplete, stepStarted } from './flow';
import { describeItem, listItems, SECTIONS, STEPS, type SectionKey, type StepContext, type StepKey } from './steps';
import { midSentence } from '../../components/text';

/** GOV.UK task-list statuses. */
export type SectionStatus = 'not-started' | 'in-progress' | 'completed' | 'cannot-start';

/** The words shown for each status. */
export const STATUS_TEXT: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'cannot-start': 'Cannot start yet',
};

/** The key under which a page's unsaved answers are kept. */
export function draftKey(step: string, ctx: { dependant?: string | undefined; item?: string | undefined }): string {
  return `${step}${ctx.dependant ? `|d=${ctx.dependant}` : ''}${ctx.item ? `|i=${ctx.item}` : ''}`;
}

/** The section a draft belongs to. */
function draftSection(key: string): SectionKey | undefined {
  const step = key.split('|')[0] ?? '';
  if (!(step in STEPS)) return undefined;
  return key.includes('|d=') ? 'dependants' : STEPS[step as keyof typeof STEPS].section;
}

function sectionSteps(section: SectionKey, caseFile: CaseFile) {
  return MAIN_FLOW.filter((step) => STEPS[step].section === section && stepApplies(step, caseFile, {}));
}

/** Why a section cannot start, or undefined when it can. */
export function cannotStartReason(section: SectionKey, caseFile: CaseFile, today: IsoDate): string | undefined {
  if (section === 'decision') {
    const open = SECTIONS.filter((other) => other.key !== 'decision' && sectionSteps(other.key, caseFile).length > 0 && sectionStatus(other.key, caseFile, {}, today) !== 'completed');
    if (open.length === 0 || decisionSoFar(caseFile, today)?.waitsForAnswers === false) return undefined;
    return `Complete ${open.map((other) => midSentence(other.title.replace(/^Calais leave q/, 'the q'))).join(', ')} first`;
  }
  if (sectionSteps(section, caseFile).length === 0) return 'Not needed: the person does not hold Calais leave';
  return undefined;
}

/** The status of a section. `drafts` are the pages typed but not yet continued. */
export function sectionStatus(section: SectionKey, caseFile: CaseFile, drafts: Record<string, unknown>, today: IsoDate): SectionStatus {
  if (cannotStartReason(section, caseFile, today)) return 'cannot-start';
  const steps = sectionSteps(section, caseFile);
  const complete = steps.every((step) => stepComplete(step, caseFile, {}, today));
  if (complete) return 'completed';
  const started = steps.some((step) => stepStarted(step, caseFile, {})) || Object.keys(drafts).some((key) => draftSection(key) === section);
  return started ? 'in-progress' : 'not-started';
}

/** A page still to finish before the decision can start, and what it needs. */
export interface UnfinishedPage {
  section: SectionKey;
  step: StepKey;
  ctx: StepContext;
  /** The page's title, for the link. */
  title: string;
  /** What to do there, when the title alone does not say. */
  todo?: string;
}

/**
 * Every page that keeps the decision from starting, by section in task-list order: each applicable
 * page whose answers are not complete, each incomplete item of a list, and each page of a
 * dependant considered in line. An add-another list answered "yes" with nothing in it is named as
 * such: the answer is unknown, never "none".
 */
export function unfinishedPages(caseFile: CaseFile, today: IsoDate): UnfinishedPage[] {
  const pages: UnfinishedPage[] = [];
  const add = (section: SectionKey, step: StepKey, ctx: StepContext, todo?: string) =>
    pages.push({ section, step, ctx, title: STEPS[step].title(caseFile, ctx), ...(todo ? { todo } : {}) });
  const visit = (section: SectionKey, step: StepKey, ctx: StepContext) => {
    if (!stepApplies(step, caseFile, ctx) || stepComplete(step, caseFile, ctx, today)) return;
    const definition = STEPS[step];
    if (definition.kind !== 'list') return add(section, step, ctx);
    const items = listItems(caseFile, definition.collection, ctx);
    if (items.length === 0) return add(section, step, ctx, `add the ${definition.noun}, or change the answer to No`);
    for (const item of items) {
      if (definition.collection === 'dependants') {
        for (const own of DEPENDANT_FLOW) visit(section, own, { dependant: item.id });
      } else if (!stepComplete(definition.itemStep, caseFile, { ...ctx, item: item.id }, today)) {
        add(section, definition.itemStep, { ...ctx, item: item.id }, `finish “${describeItem(definition.collection, item, items.indexOf(item)).key}”`);
      }
    }
  };
  for (const section of SECTIONS) {
    if (section.key === 'decision') continue;
    for (const step of MAIN_FLOW) if (STEPS[step].section === section.key) visit(section.key, step, {});
  }
  return pages;
}

/**
 * The core's decision on the answers recorded so far, on the recorded decision date or else today
 * (as the outcome page decides it); undefined when the rules cannot read the case.
 */
export function decisionSoFar(caseFile: CaseFile, today: IsoDate): Decision | undefined {
  try {
    return decide(caseFile, { decisionDate: caseFile.decisionDate ?? today });
  } catch {
    return undefined;
  }
}

/**
 * Whether the decision can start, so that the outcome and the decision letters show
 * (docs/rules.md, "When the decision can start"): every other section is complete, **or** the
 * core's outcome does not wait for any answer still missing (`decision.waitsForAnswers` false: a
 * known eligibility failure, a firm refusal, a grant whose only gaps are a 352T child's own
 * answers, a hold the guidance requires now). The page never guesses this: the core says it.
 */
export function decisionCanStart(caseFile: CaseFile, today: IsoDate): boolean {
  return cannotStartReason('decision', caseFile, today) === undefined;
}
