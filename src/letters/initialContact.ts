/**
 * The initial contact letter (guidance, "Operational process"; domain notes §5 step 1), in its two
 * versions: for a person with an outstanding application for further leave, and for one without.
 * It tells the person about the concession and asks for up-to-date contact details and any legal
 * representative.
 */
import { formatLong, isIsoDate } from '../dates';
import { editable, h, p, type LetterBody, type LetterInput } from './compose';
import { describeOtherApplication, otherApplicationFacts } from './otherApplication';
import type { Block } from './types';

/** Builds one version of the initial contact letter. */
export function initialContactLetter(input: LetterInput, withOutstandingApplication: boolean): LetterBody {
  const { caseFile } = input;
  const leave = caseFile.leave;
  const transferred = leave?.transferredOn && isIsoDate(leave.transferredOn) ? ` on ${formatLong(leave.transferredOn)}` : '';
  const blocks: Block[] = [
    p(
      `You were transferred to the UK${transferred} when the camp in Calais was cleared, and you were granted Calais leave. We are writing because the Home Office has changed how people with Calais leave can settle in the UK.`,
    ),
    h('Settlement after 5 years'),
    p(
      'People granted Calais leave can now be considered for settlement (indefinite leave to remain) once they have held their biometric immigration document for a continuous period of 5 years in the UK, instead of 10 years.',
    ),
    p('You do not need to make an application or pay a fee. We will consider you ourselves.'),
  ];
  const warnings: string[] = [];
  if (withOutstandingApplication) {
    const other = caseFile.otherApplication;
    blocks.push(
      h('Your application for further leave'),
      p(`Our records show that you made ${describeOtherApplication(caseFile, 'an')}. It has not yet been decided.`),
      p(
        'You can choose to be considered for settlement under the Calais leave policy instead. You do not need to decide now: we will ask you in a questionnaire, and explain what each choice means.',
      ),
    );
    if (other?.inTime === true) {
      blocks.push(p('Because you applied before your Calais leave ended, your leave continues while your application is waiting for a decision, under section 3C of the Immigration Act 1971.'));
    }
    if (other?.outstanding !== true) warnings.push('The case does not record an outstanding application: check that this is the right version of the letter.');
  } else {
    if (leave?.currentStatus === 'expired-no-application') {
      blocks.push(
        p('Our records show that your Calais leave has ended and you did not apply to extend it. We will not take any enforcement action against you while you complete the questionnaire we will send you, or while we consider your answers.'),
      );
    }
    if (caseFile.otherApplication?.outstanding === true) warnings.push('The case records an outstanding application: check that this is the right version of the letter.');
  }
  blocks.push(
    h('What you need to do now'),
    p('Please tell us:'),
    {
      kind: 'list',
      items: [
        'your current postal address',
        'your email address and phone number',
        'the name, address and reference of your legal representative, if you have one',
      ],
    },
    editable('reply', 'How and when to reply', 'Please reply to the address at the top of this letter, quoting our reference.', 'For example, a date to reply by, or an email address to reply to.'),
    h('What happens next'),
    p('When we have your reply, we will send you the Calais leave questionnaire. It asks for the information we need to decide whether you can be granted settlement.'),
    editable('additional', 'Anything else to tell the person (optional)', ''),
  );
  const version = withOutstandingApplication ? 'With an outstanding application' : 'Without an outstanding application';
  return {
    kind: withOutstandingApplication ? 'initial-contact-outstanding' : 'initial-contact',
    id: withOutstandingApplication ? 'initial-contact-outstanding' : 'initial-contact',
    title: `Initial contact letter (${version.toLowerCase()})`,
    subject: 'Settlement for people granted Calais leave',
    blocks,
    facts: {
      Letter: `Initial contact: ${version.toLowerCase()}`,
      'Date of transfer': transferred ? transferred.slice(4) : 'Not recorded',
      'Calais leave expired with no application made': leave?.currentStatus === 'expired-no-application' ? 'Yes' : 'No',
      ...(withOutstandingApplication ? otherApplicationFacts(caseFile) : {}),
    },
    warnings,
  };
}
