/**
 * The not-eligible letter (guidance 000, "Concession to the Immigration Rules"): the person does
 * not qualify for settlement under the Calais leave concession. Each eligibility requirement the
 * decision found not met, in plain words with its citation; the date from which the person would
 * qualify, when the decision gives one; then what they can do instead, as the decision's actions
 * say. Offered only once consideration has begun (never `beforeConsideration`).
 */
import type { CaseFile } from '../case/schema';
import type { Reason } from '../rules';
import { editable, h, p, type LetterBody, type LetterInput } from './compose';
import { capitalise, longDate } from './format';
import { ANOTHER_ROUTE, familyNotGrantedBlocks, NO_ADMINISTRATIVE_REVIEW, otherApplicationBlocks } from './nextSteps';
import type { Block } from './types';

/** How a requirement of the concession is explained to the person: its title, the rule, and what our records show. */
interface RequirementText {
  title: string;
  rule: string;
  found: string;
}

const CONCESSION = 'The concession to the Immigration Rules for people granted Calais leave';

/** What each eligibility requirement says and what our records show, by the decision's reason code. */
const REQUIREMENTS: Readonly<Record<string, (caseFile: CaseFile, reason: Reason) => RequirementText>> = {
  'present-in-uk': () => ({
    title: 'being in the United Kingdom',
    rule: `${CONCESSION} covers only people who are in the United Kingdom.`,
    found: 'Our records show that you are not in the United Kingdom.',
  }),
  'granted-calais-leave': (caseFile) => ({
    title: 'Calais leave',
    rule: `${CONCESSION} covers only people granted Calais leave under paragraph 352J of the Immigration Rules.`,
    found:
      caseFile.leave?.type === 'section-67'
        ? 'Our records show that you hold leave under section 67 of the Immigration Act 2016 (paragraphs 352ZG to 352ZS of the Immigration Rules). This is a different form of leave from Calais leave, so the concession does not apply to you.'
        : 'Our records show that you were not granted Calais leave.',
  }),
  'bid-held-five-years': (caseFile, reason) => ({
    title: 'holding your biometric immigration document for 5 years',
    rule: `${CONCESSION} covers people who have held a biometric immigration document issued under paragraph 352L of the Immigration Rules for a continuous period of 5 years in the United Kingdom.`,
    found: `Our records show that your biometric immigration document was issued on ${longDate(caseFile.leave?.bidIssuedOn, 'date the biometric immigration document was issued')}${
      reason.timeLimited ? `, so you will not have held it for 5 years until ${longDate(reason.timeLimited.until, 'date')}` : ''
    }.`,
  }),
  'bid-not-revoked': (caseFile) => ({
    title: 'your biometric immigration document revoked',
    rule: `${CONCESSION} covers only people whose biometric immigration document was not revoked within the 5 years.`,
    found: `Our records show that your biometric immigration document, issued on ${longDate(caseFile.leave?.bidIssuedOn, 'date the biometric immigration document was issued')}, was revoked on ${longDate(caseFile.leave?.bidRevokedOn, 'date the biometric immigration document was revoked')}, within those 5 years.`,
  }),
  'leave-not-revoked': () => ({
    title: 'your Calais leave revoked',
    rule: 'A person whose Calais leave has been revoked is not granted settlement under the concession.',
    found: 'Our records show that your Calais leave has been revoked.',
  }),
  'not-already-settled': (caseFile) => ({
    title: caseFile.leave?.currentStatus === 'british-citizen' ? 'already a British citizen' : 'already settled',
    rule: 'People previously granted Calais leave who have since been granted settlement or become British citizens are not eligible for settlement under the concession.',
    found:
      caseFile.leave?.currentStatus === 'british-citizen'
        ? 'Our records show that you are already a British citizen. This decision does not affect your citizenship.'
        : 'Our records show that you have already been granted settlement (indefinite leave to remain). This decision does not affect the settlement you hold.',
  }),
};

/** The eligibility requirements the decision found not met (an inconsistent record is never a reason given to the person). */
export function notEligibleReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((r) => r.status === 'not-met' && !r.inconsistent && REQUIREMENTS[r.code] !== undefined);
}

/** Builds the not-eligible letter. */
export function notEligibleLetter(input: LetterInput): LetterBody {
  const { caseFile, decision } = input;
  const decided = longDate(decision.decisionDate, 'decision date');
  const failing = notEligibleReasons(decision.reasons);
  const facts: Record<string, string> = {
    Decision: 'Not eligible for settlement under the Calais leave concession',
    'Decision date': decided,
    'Requirements not met': failing.map((r) => r.citation).join('; '),
  };
  const blocks: Block[] = [
    p('We have considered whether you can be granted settlement (indefinite leave to remain) under the concession to the Immigration Rules for people granted Calais leave.'),
    h('Our decision'),
    p(`On ${decided} we decided that you do not qualify for settlement under the concession, for the ${failing.length === 1 ? 'reason' : 'reasons'} set out below.`),
    h('Why you do not qualify'),
  ];
  for (const reason of failing) {
    const text = (REQUIREMENTS[reason.code] as (typeof REQUIREMENTS)[string])(caseFile, reason);
    blocks.push({ kind: 'heading', level: 4, text: `${capitalise(text.title)} – ${reason.citation}` }, p(`${text.rule} ${text.found}`));
  }
  if (decision.eligibleFrom) {
    const from = longDate(decision.eligibleFrom, 'date');
    const unlessConvicted = decision.eligibleFromUnlessConvicted === true;
    facts['Eligible from'] = from;
    if (unlessConvicted) facts['Date holds unless convicted'] = 'Yes: a prosecution is under way';
    blocks.push(
      h('When you may qualify'),
      p(`On the facts we hold now, you would meet the requirements of the concession from ${from}${unlessConvicted ? ', unless the prosecution you face ends in a conviction' : ''}. You may be considered for settlement under the concession from that date.`),
    );
  }
  blocks.push(...familyNotGrantedBlocks(input, facts), ...otherApplicationBlocks(input, facts));
  const anotherRoute = decision.actions.some((a) => a.code === 'seek-leave-on-another-route');
  if (anotherRoute) {
    facts['Other routes'] = 'Seek permission to stay on another immigration route';
    blocks.push(h('What you can do instead'), p(ANOTHER_ROUTE));
    if (caseFile.leave?.type === 'section-67') blocks.push(p('Settlement for people with section 67 leave is considered under its own guidance, not under the Calais leave concession.'));
  }
  blocks.push(p(NO_ADMINISTRATIVE_REVIEW), editable('additional', 'Anything else to tell the person (optional)', ''));
  return {
    kind: 'not-eligible',
    id: 'not-eligible',
    title: 'Not eligible for settlement under the Calais leave concession',
    subject: 'Decision: not eligible for settlement under the Calais leave concession',
    blocks,
    facts,
    warnings: failing.length === 0 ? ['The decision names no eligibility requirement that is not met: check the case before sending.'] : [],
  };
}
