/**
 * Discretionary leave letters (Home Office policy "Discretionary leave", version 10.0): the grant
 * of DL and of further DL, the refusal of settlement with further DL granted instead ("Considering
 * settlement"), the grant of settlement after DL, settlement deferred with further DL ("Further
 * grants of DL"), the refusal, and the letter saying that a modern slavery case goes to temporary
 * permission to stay instead. Built from the case and the decision only: the outcome, the section
 * it is taken under, its period and dates, its reasons not met and its actions. Nothing is
 * recomputed; a case referred to a senior caseworker has no letter until they decide.
 */
import type { DiscretionaryLeaveCase, DiscretionaryLeaveDecision } from '../../related';
import { DL_CATEGORY_WORDS } from '../../related/plainWords';
import { editable, frameLetter, h, p, type LetterBody } from '../compose';
import { longDate, notRecorded, paragraphName } from '../format';
import type { Block, Letter, LetterOptions } from '../types';
import { notMetCitations, relatedParty, requirementsNotMet, type RelatedPerson } from './shared';

const POLICY = 'the Home Office policy on discretionary leave, which is leave outside the Immigration Rules';

/** How a letter on a settlement application after DL opens. */
const SETTLEMENT_CONSIDERED: readonly Block[] = [p(`We have considered your application for settlement after discretionary leave, under ${POLICY}.`), h('Our decision')];

function has(decision: DiscretionaryLeaveDecision, code: string): boolean {
  return decision.actions.some((a) => a.code === code);
}

function periodOf(decision: DiscretionaryLeaveDecision): { text: string; warnings: string[] } {
  const months = decision.durationMonths;
  if (months === undefined) return { text: notRecorded('period of leave'), warnings: ['The period of leave is not in the decision.'] };
  return { text: `${months} ${months === 1 ? 'month' : 'months'}`, warnings: [] };
}

/** What a grant of leave says about its length, travel and (for the modern slavery category) its end. */
function leaveTerms(caseFile: DiscretionaryLeaveCase, decision: DiscretionaryLeaveDecision): Block[] {
  const blocks: Block[] = [];
  const shorterReason = caseFile.duration?.period === 'shorter' ? caseFile.duration.shorterReason?.trim() : undefined;
  if (shorterReason) blocks.push(p(`This is shorter than the usual period because: ${shorterReason}`));
  if (has(decision, 'lapses-on-travel')) blocks.push(h('Travel outside the United Kingdom'), p('Your leave will lapse if you travel outside the United Kingdom. If you leave, you will not be able to return on this leave.'));
  if (has(decision, 'vary-or-curtail-on-determination')) {
    blocks.push(p('You have this leave while your asylum claim or further submissions are decided. Once they are finally decided, we will vary your leave or cut it short.'));
  }
  blocks.push(
    h('What happens next'),
    p('Your leave allows you to live, work and study in the UK. If you want to stay after it ends, apply for further leave before it ends. If your circumstances change, tell us at once.'),
  );
  return blocks;
}

function facts(decision: DiscretionaryLeaveDecision, what: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Decision: what, 'Decision date': longDate(decision.decisionDate, 'decision date'), 'Decided under': decision.decisionCitation ?? notRecorded('section'), ...extra };
}

function grantBody(caseFile: DiscretionaryLeaveCase, decision: DiscretionaryLeaveDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const further = caseFile.application?.kind !== 'initial';
  const period = periodOf(decision);
  const basis = caseFile.category?.basis;
  const blocks: Block[] = [
    p(`We have considered your application for ${further ? 'further ' : ''}discretionary leave under ${POLICY}.`),
    h('Our decision'),
    p(`On ${decided} we decided to grant you ${further ? 'further ' : ''}discretionary leave to remain in the United Kingdom for ${period.text}, under ${paragraphName(decision.decisionCitation ?? 'DL: Granting Discretionary Leave (DL)')}.`),
  ];
  if (basis !== undefined && basis !== 'none') blocks.push(p(`We considered your case as ${DL_CATEGORY_WORDS[basis]}.`));
  if (decision.eligibleFrom) {
    blocks.push(p(`On the facts we hold now, you will have completed the continuous period of discretionary leave needed for settlement on ${longDate(decision.eligibleFrom, 'date')}. You may apply for settlement from then.`));
  }
  blocks.push(...leaveTerms(caseFile, decision), editable('additional', 'Anything else to tell the person (optional)', ''));
  const extra: Record<string, string> = { Period: period.text };
  if (decision.eligibleFrom) extra['Qualifying period complete on'] = longDate(decision.eligibleFrom, 'date');
  return {
    kind: 'grant',
    id: further ? 'dl-further-grant' : 'dl-grant',
    title: further ? 'Grant of further discretionary leave' : 'Grant of discretionary leave',
    subject: `Decision: ${further ? 'further ' : ''}discretionary leave granted`,
    blocks,
    facts: facts(decision, further ? 'Grant of further discretionary leave' : 'Grant of discretionary leave', extra),
    warnings: period.warnings,
  };
}

function settlementRefusedBody(caseFile: DiscretionaryLeaveCase, decision: DiscretionaryLeaveDecision, refusedUnder: string): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const period = periodOf(decision);
  const blocks: Block[] = [
    p(`We have considered your application for settlement (indefinite leave to remain) after discretionary leave, under ${POLICY}.`),
    h('Our decision on settlement'),
    p(`On ${decided} we decided to refuse you settlement under ${paragraphName(refusedUnder)}, because of your custodial sentence.`),
    h('Further discretionary leave'),
    p(
      `You were granted discretionary leave before, knowing of that sentence, the circumstances of that grant continue, and you have not been convicted since. We have therefore decided to grant you further discretionary leave for ${period.text}, under ${paragraphName(decision.decisionCitation ?? 'DL: Considering settlement')}.`,
    ),
    ...leaveTerms(caseFile, decision),
    editable('additional', 'Anything else to tell the person (optional)', ''),
  ];
  return {
    kind: 'grant',
    id: 'dl-settlement-refused-further-grant',
    title: 'Refusal of settlement: further discretionary leave granted',
    subject: 'Decision: settlement refused, further discretionary leave granted',
    blocks,
    facts: facts(decision, 'Refusal of settlement, further discretionary leave granted', { Period: period.text, 'Settlement refused under': refusedUnder }),
    warnings: period.warnings,
  };
}

function settlementBody(decision: DiscretionaryLeaveDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  return {
    kind: 'grant',
    id: 'dl-settlement',
    title: 'Grant of settlement after discretionary leave',
    subject: 'Decision: indefinite leave to remain granted',
    blocks: [
      ...SETTLEMENT_CONSIDERED,
      p(`You have completed the continuous period of discretionary leave needed. On ${decided} we decided to grant you indefinite leave to remain in the United Kingdom, under ${paragraphName(decision.decisionCitation ?? 'DL: Granting settlement')}.`),
      p('This means you can live, work and study in the UK without any time limit. You do not need to apply to extend your stay.'),
      h('British citizenship'),
      p('Once you hold indefinite leave to remain, you may be able to apply to become a British citizen. The requirements are explained on GOV.UK.'),
      p('Keep this letter: it is the notice of our decision.'),
      editable('additional', 'Anything else to tell the person (optional)', ''),
    ],
    facts: facts(decision, 'Grant of indefinite leave to remain'),
    warnings: [],
  };
}

/** Shown where the caseworker writes the period of the further grant that comes with a deferral. */
export const DEFERRED_PERIOD_TO_WRITE = '[Write here the period of further discretionary leave granted.]';

function deferredBody(decision: DiscretionaryLeaveDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const until = longDate(decision.deferUntil, 'date settlement is deferred to');
  return {
    kind: 'grant',
    id: 'dl-settlement-deferred',
    title: 'Settlement deferred: further discretionary leave',
    subject: 'Decision: settlement deferred, further discretionary leave granted',
    blocks: [
      ...SETTLEMENT_CONSIDERED,
      p(
        `On ${decided} we decided not to grant you settlement now, under ${paragraphName(decision.decisionCitation ?? 'DL: Further grants of DL')}: the reasons you were granted discretionary leave are expected to end within 12 months.`,
      ),
      ...requirementsNotMet(decision),
      h('Further discretionary leave'),
      p('We have decided instead to grant you further discretionary leave.'),
      editable('period', 'The period of further leave granted', DEFERRED_PERIOD_TO_WRITE),
      p(`Settlement cannot be deferred beyond ${until}. If you still qualify, we will consider you for settlement by then.`),
      editable('additional', 'Anything else to tell the person (optional)', ''),
    ],
    facts: facts(decision, 'Settlement deferred, further discretionary leave granted', { 'Deferred at the latest until': until }),
    warnings: [],
  };
}

function refusalBody(caseFile: DiscretionaryLeaveCase, decision: DiscretionaryLeaveDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const kind = caseFile.application?.kind;
  const what = kind === 'settlement' ? 'settlement after discretionary leave' : kind === 'further' ? 'further discretionary leave' : 'discretionary leave';
  const citations = notMetCitations(decision);
  const blocks: Block[] = [
    p(`We have considered your application for ${what} under ${POLICY}.`),
    h('Our decision'),
    p(`On ${decided} we decided to refuse your application under ${paragraphName(decision.decisionCitation ?? 'DL: Refusing DL')}, for the ${citations.length === 1 ? 'reason' : 'reasons'} set out below.`),
    h('Why we have refused your application'),
    ...requirementsNotMet(decision),
    h('What you can do next'),
  ];
  if (has(decision, 'defer-removal')) {
    blocks.push(p('We expect that you will be able to return within 6 months. We will not remove you, or expect you to leave, until your return is possible.'));
  }
  if (has(decision, 'consider-under-rules')) {
    blocks.push(p('Discretionary leave is not for someone who qualifies for leave under the Immigration Rules or on the basis of private or family life. If you want to stay in the UK, apply on the route you qualify for.'));
  } else {
    blocks.push(p('If you want to stay in the UK, you will need to apply for permission on another immigration route.'));
  }
  blocks.push(p('We strongly advise you to get independent legal advice before you apply.'), editable('additional', 'Anything else to tell the person (optional)', ''));
  const warnings = citations.length === 0 ? ['The decision lists no requirement not met: check the decision before sending.'] : [];
  return {
    kind: 'refusal',
    id: 'dl-refusal',
    title: kind === 'settlement' ? 'Refusal of settlement (discretionary leave)' : kind === 'further' ? 'Refusal of further discretionary leave' : 'Refusal of discretionary leave',
    subject: `Decision: ${what} refused`,
    blocks,
    facts: facts(decision, `Refusal of ${what}`, { 'Requirements not met': citations.join('; ') }),
    warnings,
  };
}

function temporaryPermissionBody(decision: DiscretionaryLeaveDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const citations = notMetCitations(decision);
  return {
    kind: 'referral',
    id: 'dl-temporary-permission',
    title: 'Modern slavery case: considered for temporary permission to stay',
    subject: 'Your application will be considered for temporary permission to stay',
    blocks: [
      p(`We have considered whether your application falls under the part of ${POLICY} for modern slavery cases from before 30 January 2023.`),
      h('Our decision'),
      p(`On ${decided} we decided that it does not, under ${paragraphName(decision.decisionCitation ?? 'DL: Pre-30 January 2023 modern slavery cases')}, for the ${citations.length === 1 ? 'reason' : 'reasons'} set out below.`),
      ...requirementsNotMet(decision),
      h('What happens next'),
      p('Your application will instead be considered under the Home Office policy on temporary permission to stay for victims of human trafficking or slavery. We will write to you with that decision. You do not need to apply again.'),
      editable('additional', 'Anything else to tell the person (optional)', ''),
    ],
    facts: facts(decision, 'Considered for temporary permission to stay', { 'Requirements not met': citations.join('; ') }),
    warnings: [],
  };
}

/** The discretionary leave letter the decision gives: none while it is incomplete or referred to a senior caseworker. */
export function discretionaryLeaveLetters(caseFile: DiscretionaryLeaveCase, decision: DiscretionaryLeaveDecision, person: RelatedPerson, options: LetterOptions): Letter[] {
  const party = relatedParty(person);
  switch (decision.outcome) {
    case 'grant':
      return frameLetter(decision.settlementRefusedUnder !== undefined ? settlementRefusedBody(caseFile, decision, decision.settlementRefusedUnder) : grantBody(caseFile, decision), party, options);
    case 'settle':
      return frameLetter(settlementBody(decision), party, options);
    case 'defer-settlement':
      return frameLetter(deferredBody(decision), party, options);
    case 'refuse':
      return frameLetter(has(decision, 'consider-temporary-permission-to-stay') ? temporaryPermissionBody(decision) : refusalBody(caseFile, decision), party, options);
    case 'refer':
    case 'incomplete':
      return [];
  }
}
