/**
 * The grant of settlement: indefinite leave to remain under the Calais leave concession (domain
 * notes §2, §5 steps 4–6). Names every child granted in line (§6) and no one else; where the person
 * opted in from an outstanding application, says that application is void once this decision is
 * served and that the fee and Immigration Health Surcharge will be refunded (§5 step 6). Both follow
 * from the decision's dependants and actions.
 */
import { editable, h, p, type LetterBody, type LetterInput } from './compose';
import { dependantsWithOutcome } from './dependants';
import { longDate } from './format';
import { describeOtherApplication } from './otherApplication';
import type { Block } from './types';

/** Builds the grant letter. */
export function grantLetter(input: LetterInput): LetterBody {
  const { caseFile, decision } = input;
  const decided = longDate(decision.decisionDate, 'decision date');
  const inLine = dependantsWithOutcome(caseFile, decision, 'grant-in-line');
  const othersIn352T = decision.dependants.filter((d) => d.outcome === 'refuse' || d.outcome === 'on-hold' || d.outcome === 'main-not-granted' || d.outcome === 'awaiting-information').length;
  const familyRoute = decision.dependants.some((d) => d.outcome === 'family-route');
  const voids = decision.actions.some((a) => a.code === 'void-other-application-after-service');
  const refunds = decision.actions.some((a) => a.code === 'refund-fee-and-ihs');

  const blocks: Block[] = [
    p('We have considered whether you can be granted settlement under the concession to the Immigration Rules for people granted Calais leave.'),
    h('Our decision'),
    p(`You meet the requirements. On ${decided} we decided to grant you indefinite leave to remain in the United Kingdom.`),
    p('This means you can live, work and study in the UK without any time limit. You do not need to apply to extend your stay.'),
  ];
  if (inLine.length > 0 || othersIn352T > 0 || familyRoute) blocks.push(h('Your family'));
  if (inLine.length > 0) {
    blocks.push(
      p(inLine.length === 1 ? 'We have also granted indefinite leave to remain, in line with you, to your child:' : 'We have also granted indefinite leave to remain, in line with you, to your children:'),
      { kind: 'list', items: inLine },
    );
  }
  // Children not granted in line are not named here: each hears about their own case separately.
  if (othersIn352T > 0) {
    blocks.push(
      p(
        inLine.length > 0
          ? 'We will write to you separately about any other child who holds leave in line with you.'
          : `We will write to you separately about your ${othersIn352T === 1 ? 'child who holds' : 'children who hold'} leave in line with you.`,
      ),
    );
  }
  if (familyRoute) blocks.push(p('Any other member of your family who wants to stay in the UK must apply for permission to stay on the relevant family route.'));
  if (voids || refunds) {
    blocks.push(h('Your other application'));
    if (voids) {
      blocks.push(p(`You asked to be considered under the Calais leave policy instead of ${describeOtherApplication(caseFile)}. Once this decision has been served on you, that application is void: it will not be decided.`));
    }
    if (refunds) blocks.push(p('We will refund the application fee and any Immigration Health Surcharge you paid for that application. You do not need to ask for the refund.'));
  }
  blocks.push(
    h('British citizenship and travel'),
    p('Once you hold indefinite leave to remain, you may be able to apply to become a British citizen. The requirements are explained on GOV.UK. You may also be able to apply for a Home Office travel document.'),
    p('Keep this letter: it is the notice of our decision.'),
    editable('additional', 'Anything else to tell the person (optional)', ''),
  );
  return {
    kind: 'grant',
    id: 'grant',
    title: 'Grant of settlement (indefinite leave to remain)',
    subject: 'Decision: indefinite leave to remain granted',
    blocks,
    facts: {
      Decision: 'Grant of indefinite leave to remain',
      'Decision date': decided,
      'Children granted in line': inLine.length > 0 ? inLine.join('; ') : 'None',
      'Other application void and fee refunded': voids || refunds ? `Yes: ${describeOtherApplication(caseFile).replace(/^your /, '')}` : 'No',
    },
    warnings: [],
  };
}
