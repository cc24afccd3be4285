/**
 * The cover letter sent with the Calais leave questionnaire (guidance, "Operational process";
 * domain notes §5 step 2), to the person and any legal representative. For a person with an
 * outstanding application, it explains the choice to be considered under the Calais leave policy
 * instead, and what follows from each answer (guidance, "Other applications for leave to remain").
 */
import { formatLong, isIsoDate } from '../dates';
import { editable, h, p, type LetterBody, type LetterInput } from './compose';
import { describeOtherApplication, otherApplicationFacts } from './otherApplication';
import type { Block } from './types';

/** Builds the questionnaire cover letter. */
export function questionnaireCoverLetter(input: LetterInput): LetterBody {
  const { caseFile } = input;
  const responded = caseFile.initialContact?.respondedOn;
  const thanks = responded && isIsoDate(responded) ? `Thank you for your reply of ${formatLong(responded)}.` : 'Thank you for your reply to our letter about settlement for people granted Calais leave.';
  const outstanding = caseFile.otherApplication?.outstanding === true;
  const blocks: Block[] = [
    p(thanks),
    p('We enclose the Calais leave questionnaire. It asks for the information we need to decide whether you can be granted settlement (indefinite leave to remain) under the Calais leave policy. You do not need to pay a fee.'),
    h('What you need to do'),
    { kind: 'list', items: ['answer every question in the questionnaire', 'sign and date it', 'return it to us with any documents it asks for'] },
    editable('return', 'How and when to return the questionnaire', 'Please return the questionnaire to the address at the top of this letter, quoting our reference.', 'For example, a date to return it by.'),
    h('Biometric information'),
    p('If we need your biometric information (fingerprints and a photograph), we will tell you how to provide it. If you do not provide it when asked, we may not be able to consider you for settlement.'),
  ];
  if (outstanding) {
    blocks.push(
      h('Your other application: you need to choose'),
      p(`You made ${describeOtherApplication(caseFile, 'an')}. It has not yet been decided. The questionnaire asks whether you would like to be considered for settlement under the Calais leave policy instead.`),
      p('If you choose to be considered under the Calais leave policy and we grant you settlement:'),
      {
        kind: 'list',
        items: [
          'your other application will be void once we have given you our decision, and will not be decided',
          'we will refund the application fee and any Immigration Health Surcharge you paid for it',
        ],
      },
      p('If you choose to be considered under the Calais leave policy and we do not grant you settlement, your other application will continue and will be decided under the rules for that route.'),
      p('If you choose not to be considered under the Calais leave policy, your other application will be decided under the rules for that route.'),
    );
    if (caseFile.otherApplication?.inTime === true) {
      blocks.push(p('Because you applied before your Calais leave ended, you are not an overstayer while you wait: your leave continues under section 3C of the Immigration Act 1971.'));
    }
  } else if (caseFile.leave?.currentStatus === 'expired-no-application') {
    blocks.push(p('We will not take any enforcement action against you while you complete the questionnaire, or while we consider your answers.'));
  }
  blocks.push(editable('additional', 'Anything else to tell the person (optional)', ''));
  return {
    kind: 'questionnaire-cover',
    id: 'questionnaire-cover',
    title: 'Questionnaire cover letter',
    subject: 'Your Calais leave questionnaire',
    blocks,
    facts: {
      Letter: 'Questionnaire cover letter',
      'Reply to the initial contact letter': responded && isIsoDate(responded) ? formatLong(responded) : 'Date not recorded',
      'Calais leave expired with no application made': caseFile.leave?.currentStatus === 'expired-no-application' ? 'Yes' : 'No',
      ...otherApplicationFacts(caseFile),
    },
    warnings: [],
  };
}
