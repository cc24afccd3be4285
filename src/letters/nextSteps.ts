/**
 * Parts that the decision letters which do not grant share (refusal, not eligible): the children
 * not granted in line, the other application that continues, and leave on another route. Each
 * reads the decision (its dependants' outcomes and its actions), never works anything out again.
 */
import { h, p, type LetterInput } from './compose';
import { dependantsWithOutcome } from './dependants';
import { joinAnd } from './format';
import { describeOtherApplication } from './otherApplication';
import type { Block } from './types';

/** "Your family": the 352T children not granted in line because the person is not granted. */
export function familyNotGrantedBlocks({ caseFile, decision }: LetterInput, facts: Record<string, string>): Block[] {
  const children = dependantsWithOutcome(caseFile, decision, 'main-not-granted');
  if (children.length === 0) return [];
  facts['Children not granted in line'] = children.join('; ');
  return [h('Your family'), p(`Because you have not been granted settlement, we cannot grant settlement in line with you to ${joinAnd(children)}.`)];
}

/** "Your other application", when the decision's actions say it continues (`continue-other-application`). */
export function otherApplicationBlocks({ caseFile, decision }: LetterInput, facts: Record<string, string>): Block[] {
  if (!decision.actions.some((a) => a.code === 'continue-other-application')) return [];
  facts['Other application continues'] = describeOtherApplication(caseFile).replace(/^your /, '');
  return [h('Your other application'), p(`This decision does not end ${describeOtherApplication(caseFile)}. It will be decided under the rules for that route.`)];
}

/** Guidance 000: to stay, the person "will need to seek leave under another immigration route taking into account any independent legal advice". */
export const ANOTHER_ROUTE =
  'If you want to stay in the UK, you will need to apply for permission to stay on another immigration route. We strongly advise you to get independent legal advice about the routes you may qualify for before you apply.';

/** Calais leave is not among the routes in Appendix AR 1.1. */
export const NO_ADMINISTRATIVE_REVIEW = 'Settlement under the Calais leave policy is not a route on which administrative review is available, so there is no administrative review of this decision.';
