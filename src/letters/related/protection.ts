/**
 * Settlement protection letters (Appendix Settlement Protection): the grant of settlement
 * (STP 5.1 / 11.1), the grant of further permission of at least 30 months (STP 5.2 / 11.2) and
 * the refusal (STP 5.3 / 11.3). Built from the case and the decision only: the outcome, the
 * paragraph it is taken under, the reasons not met and the decision's dates. Nothing is
 * recomputed; a refusal cites exactly the paragraphs of the decision's reasons not met.
 */
import type { SettlementProtectionCase, SettlementProtectionDecision } from '../../related';
import { PROTECTION_APPLICANT_WORDS } from '../../related/plainWords';
import { editable, frameLetter, h, p, type LetterBody } from '../compose';
import { longDate, paragraphName } from '../format';
import type { Block, Letter, LetterOptions } from '../types';
import { notMetCitations, relatedParty, requirementsNotMet, type RelatedPerson } from './shared';

function applicantPhrase(caseFile: SettlementProtectionCase): string {
  return PROTECTION_APPLICANT_WORDS[caseFile.applicant];
}

function grantBody(caseFile: SettlementProtectionCase, decision: SettlementProtectionDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const paragraph = decision.decisionCitation ?? 'STP 5.1';
  return {
    kind: 'grant',
    id: 'protection-grant',
    title: 'Grant of settlement (protection)',
    subject: 'Decision: indefinite leave to remain granted',
    blocks: [
      p(`We have considered your application for settlement ${applicantPhrase(caseFile)}, under Appendix Settlement Protection to the Immigration Rules.`),
      h('Our decision'),
      p(`You meet the requirements. On ${decided} we decided to grant you indefinite leave to remain in the United Kingdom under ${paragraphName(paragraph)}.`),
      p('This means you can live, work and study in the UK without any time limit. You do not need to apply to extend your stay.'),
      h('British citizenship and travel'),
      p('Once you hold indefinite leave to remain, you may be able to apply to become a British citizen. The requirements are explained on GOV.UK.'),
      p('Keep this letter: it is the notice of our decision.'),
      editable('additional', 'Anything else to tell the person (optional)', ''),
    ],
    facts: { Decision: 'Grant of indefinite leave to remain', 'Decision date': decided, Paragraph: paragraph },
    warnings: [],
  };
}

function furtherPermissionBody(caseFile: SettlementProtectionCase, decision: SettlementProtectionDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const paragraph = decision.decisionCitation ?? 'STP 5.2';
  const months = decision.durationMonths;
  const period = months !== undefined ? `${months} months` : '[not recorded: period of permission]';
  const warnings = months === undefined ? ['The period of permission is not in the decision.'] : [];
  const blocks: Block[] = [
    p(`We have considered your application for settlement ${applicantPhrase(caseFile)}, under Appendix Settlement Protection to the Immigration Rules.`),
    h('Our decision'),
    p(`On ${decided} we decided that you do not yet meet every requirement for indefinite leave to remain, for the reasons set out below.`),
    p(`Because you ${caseFile.applicant === 'main' ? 'are still entitled to protection' : 'still qualify as the partner or child of a person on a protection route'}, we have decided instead to grant you further permission to stay in the United Kingdom for ${period} under ${paragraphName(paragraph)}.`),
    h('Requirements you do not yet meet'),
    ...requirementsNotMet(decision, [paragraph]),
  ];
  const facts: Record<string, string> = {
    Decision: 'Grant of further permission to stay',
    'Decision date': decided,
    Paragraph: paragraph,
    Period: period,
    'Requirements not met': notMetCitations(decision).filter((c) => c !== paragraph).join('; '),
  };
  if (decision.eligibleFrom) {
    const from = longDate(decision.eligibleFrom, 'date');
    facts['Five years complete on'] = from;
    blocks.push(p(`On the facts we hold now, you will have completed 5 continuous years with your status on ${from}. You may apply for settlement again from then.`));
  }
  if (decision.timeLimitedGroundsEndOn) {
    const from = longDate(decision.timeLimitedGroundsEndOn, 'date');
    facts['Criminality grounds stop applying'] = from;
    blocks.push(p(`The criminality grounds above apply only for a limited time. On the facts we hold now, none of them would apply from ${from}.`));
  }
  blocks.push(
    h('What happens next'),
    p('Your permission allows you to live, work and study in the UK. Apply for settlement before your permission ends.'),
    editable('additional', 'Anything else to tell the person (optional)', ''),
  );
  return { kind: 'grant', id: 'protection-further-permission', title: 'Grant of further permission (30 months, protection)', subject: 'Decision: further permission to stay granted', blocks, facts, warnings };
}

function refusalBody(caseFile: SettlementProtectionCase, decision: SettlementProtectionDecision): LetterBody {
  const decided = longDate(decision.decisionDate, 'decision date');
  const paragraph = decision.decisionCitation ?? 'STP 5.3';
  const citations = notMetCitations(decision);
  const blocks: Block[] = [
    p(`We have considered your application for settlement ${applicantPhrase(caseFile)}, under Appendix Settlement Protection to the Immigration Rules.`),
    h('Our decision'),
    p(`On ${decided} we decided to refuse your application under ${paragraphName(paragraph)}, for the ${citations.length === 1 ? 'reason' : 'reasons'} set out below.`),
    h('Why we have refused your application'),
    ...requirementsNotMet(decision),
  ];
  const facts: Record<string, string> = { Decision: 'Refusal of settlement', 'Decision date': decided, Paragraph: paragraph, 'Requirements not met': citations.join('; ') };
  if (decision.timeLimitedGroundsEndOn) {
    const from = longDate(decision.timeLimitedGroundsEndOn, 'date');
    facts['Criminality grounds stop applying'] = from;
    blocks.push(p(`The criminality grounds above apply only for a limited time. On the facts we hold now, none of them would apply from ${from}.`));
  }
  blocks.push(
    h('What you can do next'),
    p('If you want to stay in the UK, you will need to apply for permission on another immigration route. We strongly advise you to get independent legal advice before you apply.'),
    editable('additional', 'Anything else to tell the person (optional)', ''),
  );
  const warnings = citations.length === 0 ? ['The decision lists no requirement not met: check the decision before sending.'] : [];
  return { kind: 'refusal', id: 'protection-refusal', title: 'Refusal of settlement (protection)', subject: 'Decision: settlement refused', blocks, facts, warnings };
}

/** The settlement protection letter that fits the decision: none while it is incomplete or invalid. */
export function settlementProtectionLetters(caseFile: SettlementProtectionCase, decision: SettlementProtectionDecision, person: RelatedPerson, options: LetterOptions): Letter[] {
  const party = relatedParty(person);
  switch (decision.outcome) {
    case 'settle':
      return frameLetter(grantBody(caseFile, decision), party, options);
    case 'further-permission':
      return frameLetter(furtherPermissionBody(caseFile, decision), party, options);
    case 'refuse':
      return frameLetter(refusalBody(caseFile, decision), party, options);
    case 'invalid':
    case 'incomplete':
      return [];
  }
}
