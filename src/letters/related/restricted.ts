/**
 * Restricted leave letters ("Restricted leave", version 9.0, "Grant paperwork"): the grant of
 * restricted leave cover letter and the notice of conditions. The notice states each condition
 * the decision chose with the reason it was chosen; where the leave is 6 months or less, both say
 * that it lapses on travel outside the Common Travel Area. Built from the case and the decision
 * only; nothing is recomputed.
 */
import type { RestrictedLeaveCase, RestrictedLeaveDecision } from '../../related';
import { CONDITION_NAMES, RELATIONSHIP_WORDS } from '../../related/plainWords';
import { editable, frameLetter, h, p, type LetterBody } from '../compose';
import { joinAnd, longDate } from '../format';
import type { Block, Letter, LetterOptions } from '../types';
import { relatedParty, type RelatedPerson } from './shared';

const LAPSE =
  'Your leave will lapse if you travel outside the Common Travel Area (the United Kingdom, Ireland, the Isle of Man and the Channel Islands). If you leave the Common Travel Area, you will not be able to return on this leave.';

function periodText(decision: RestrictedLeaveDecision): string {
  return decision.durationMonths !== undefined ? `${decision.durationMonths} ${decision.durationMonths === 1 ? 'month' : 'months'}` : '[not recorded: period of leave]';
}

function dependantText(decision: RestrictedLeaveDecision): string[] {
  return (decision.dependantsInLine ?? []).map((d) => (d.name?.trim() ? `${d.name.trim()} (your ${RELATIONSHIP_WORDS[d.relationship]})` : `your ${RELATIONSHIP_WORDS[d.relationship]}`));
}

function coverBody(caseFile: RestrictedLeaveCase, decision: RestrictedLeaveDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const period = periodText(decision);
  const articles = (caseFile.echrArticles ?? []).map((a) => a.trim()).filter((a) => a !== '');
  const dependants = dependantText(decision);
  const blocks: Block[] = [
    h('Our decision'),
    p(
      `On ${decided} we decided that you cannot be removed from the United Kingdom at present, because removal would breach the United Kingdom’s obligations under the European Convention on Human Rights${articles.length > 0 ? ` (${joinAnd(articles)})` : ''}.`,
    ),
    p(`You fall within the restricted leave policy. We have therefore decided to grant you restricted leave, which is leave outside the Immigration Rules, for ${period} from the date of this letter.`),
    h('Conditions of your leave'),
    p('Your leave is subject to conditions. The enclosed notice of conditions sets out each condition and why we have imposed it. You must keep to every condition.'),
  ];
  if (decision.lapsesOnTravelOutsideCommonTravelArea === true) blocks.push(h('Travel outside the United Kingdom'), p(LAPSE));
  if (dependants.length > 0) {
    blocks.push(h('Your family'), p(`We have also granted leave outside the Immigration Rules, in line with you, to ${joinAnd(dependants)}. Their conditions are set out in their own notices.`));
  }
  blocks.push(
    h('What happens next'),
    p('We will review your case before your leave ends. If you want to stay after that, apply for further leave before your leave ends. If your circumstances change, tell us at once.'),
    editable('additional', 'Anything else to tell the person (optional)', ''),
  );
  const facts: Record<string, string> = {
    Decision: 'Grant of restricted leave',
    'Decision date': decided,
    Period: period,
    'ECHR articles': articles.length > 0 ? articles.join('; ') : 'None named',
    'Lapses on travel outside the Common Travel Area': decision.lapsesOnTravelOutsideCommonTravelArea === true ? 'Yes' : 'No',
    'Dependants in line': dependants.length > 0 ? dependants.join('; ') : 'None',
  };
  const warnings = decision.durationMonths === undefined ? ['The period of leave is not in the decision.'] : [];
  return { kind: 'grant', id: 'restricted-leave-cover', title: 'Grant of restricted leave: cover letter', subject: 'Decision: restricted leave granted', blocks, facts, warnings };
}

function noticeBody(decision: RestrictedLeaveDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const conditions = decision.conditions ?? [];
  const blocks: Block[] = [
    p(`This notice sets out the conditions of the restricted leave we granted you on ${decided}, for ${periodText(decision)}. They are imposed under section 3(1)(c) of the Immigration Act 1971.`),
  ];
  const facts: Record<string, string> = { 'Decision date': decided, Period: periodText(decision) };
  conditions.forEach((condition, index) => {
    const heading = `${index + 1}. ${CONDITION_NAMES[condition.kind]}`;
    blocks.push(h(heading), p(condition.text));
    if (condition.because.trim() !== '') blocks.push(p(`Why we have imposed this condition: ${condition.because.trim()}`));
    facts[`Condition: ${CONDITION_NAMES[condition.kind]}`] = condition.text;
  });
  if (decision.lapsesOnTravelOutsideCommonTravelArea === true) blocks.push(h('Travel outside the United Kingdom'), p(LAPSE));
  blocks.push(
    h('Asking for a condition to be changed'),
    p('If you want a condition to be changed, write to us at the address above, saying which condition and why, with any evidence. Keep to the condition until we tell you it has changed.'),
    p('Failing to keep to a condition of your leave may be a criminal offence, and may lead to your leave being cut short.'),
  );
  const warnings = conditions.length === 0 ? ['The decision lists no conditions: check the decision before sending.'] : [];
  return { kind: 'grant', id: 'restricted-leave-conditions', title: 'Notice of conditions (restricted leave)', subject: 'Notice of conditions of restricted leave', blocks, facts, warnings };
}

/** The cover letter and notice of conditions for a grant of restricted leave; no letter for any other outcome. */
export function restrictedLeaveLetters(caseFile: RestrictedLeaveCase, decision: RestrictedLeaveDecision, person: RelatedPerson, options: LetterOptions): Letter[] {
  if (decision.outcome !== 'grant') return [];
  const party = relatedParty(person);
  return [...frameLetter(coverBody(caseFile, decision), party, options), ...frameLetter(noticeBody(decision), party, options)];
}
