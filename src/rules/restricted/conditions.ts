import { reason, type Reason } from '../../related/reasons';
import { REPORTING_WORDS, RESIDENCE_WORDS, WORK_OPTION_WORDS } from '../../related/plainWords';
import { RL_PERIODS } from './parameters';
import type { RestrictedLeaveCase } from './schema';

/**
 * "Conditions to impose on a grant of leave" (section 3(1)(c) of the Immigration Act 1971): work,
 * study, no recourse to public funds, reporting and residence, each chosen with its reason.
 */

/** One condition on a grant of restricted leave, with why it was chosen. */
export interface RestrictedLeaveCondition {
  kind: 'work' | 'study' | 'public-funds' | 'reporting' | 'residence';
  /** The choice made, e.g. `option-2`, `NRPF`, `2G`, `monthly`. */
  choice: string;
  citation: string;
  /** The condition as the notice of conditions states it. */
  text: string;
  /** Why this condition was chosen. */
  because: string;
}

/** The conditions chosen, their reasons, and any action they bring. */
export interface RlConditions {
  conditions: RestrictedLeaveCondition[];
  reasons: Reason[];
  /** Work option 3: refer to the local police under the Potentially Dangerous Person regime. */
  policeReferral: boolean;
}

const WORK = 'RL: Work condition';
const STUDY = 'RL: Study condition';
const FUNDS = 'RL: No recourse to public funds condition';
const REPORTING = 'RL: Reporting condition';
const RESIDENCE = 'RL: Residence condition';

/** Chooses the conditions from the recorded risk and findings. */
export function chooseConditions(input: RestrictedLeaveCase): RlConditions {
  const c = input.conditions ?? {};
  const conditions: RestrictedLeaveCondition[] = [];
  const reasons: Reason[] = [];

  // Work: restricted rather than denied; the option follows the public protection risk.
  switch (c.risk) {
    case undefined:
      reasons.push(reason('rl-condition-work', WORK, 'unknown', 'Record the public protection risk, which sets the work condition.', ['conditions.risk'], ['conditions.risk']));
      break;
    case 'lower':
      conditions.push({
        kind: 'work',
        choice: 'option-1',
        citation: WORK,
        text: `Notify the Home Office of all work and volunteering roles, within ${RL_PERIODS.notifyWithinDays} days of any change.`,
        because: 'A lower-risk case: option 1, notification.',
      });
      break;
    case 'higher':
      conditions.push({
        kind: 'work',
        choice: 'option-2',
        citation: WORK,
        text: 'Do not take any work or engage in any business unless the Secretary of State has given permission in writing first.',
        because: 'The risk posed calls for prior permission for each role: option 2.',
      });
      break;
    case 'particularly-high':
      conditions.push({
        kind: 'work',
        choice: 'option-3',
        citation: WORK,
        text: 'Do not work in any capacity, paid or voluntary.',
        because: 'A particularly high public protection risk: option 3, a total ban, used exceptionally.',
      });
      break;
  }
  if (c.risk !== undefined) reasons.push(reason('rl-condition-work', WORK, 'met', `Work condition: ${WORK_OPTION_WORDS[c.risk]}.`, ['conditions.risk']));

  // Study: generally restricted; permission only for a specific, self-funded course.
  if (c.study === 'permitted-for-course') {
    if (!c.studyCourse?.trim()) {
      reasons.push(reason('rl-condition-study', STUDY, 'unknown', 'Record the course for which permission to study is given.', ['conditions.study', 'conditions.studyCourse'], ['conditions.studyCourse']));
    } else {
      conditions.push({
        kind: 'study',
        choice: 'permitted-for-course',
        citation: STUDY,
        text: `Study only the course named: ${c.studyCourse}. This gives no right to remain in the UK to complete it.`,
        because: 'Permission requested for a specific course the person can fund without public money, with no concerns about it.',
      });
      reasons.push(reason('rl-condition-study', STUDY, 'met', `Study permitted for one course: ${c.studyCourse}.`, ['conditions.study', 'conditions.studyCourse']));
    }
  } else {
    conditions.push({
      kind: 'study',
      choice: 'restricted',
      citation: STUDY,
      text: 'Do not undertake any course of study, in person or remotely.',
      because: 'Restricting study reinforces the temporary nature of the leave (the general rule).',
    });
    reasons.push(reason('rl-condition-study', STUDY, 'met', 'Study restricted.', ['conditions.study']));
  }

  // Public funds: no recourse unless the person is or would be destitute (then condition code 2G).
  if (c.destitute === undefined) {
    reasons.push(reason('rl-condition-public-funds', FUNDS, 'unknown', 'Record whether the person is, or would be, destitute without public funds.', ['conditions.destitute'], ['conditions.destitute']));
  } else if (c.destitute) {
    conditions.push({
      kind: 'public-funds',
      choice: '2G',
      citation: FUNDS,
      text: 'Recourse to public funds allowed (condition code 2G).',
      because: 'The person is, or would be, destitute without access to public funds; review this at any further application.',
    });
    reasons.push(reason('rl-condition-public-funds', FUNDS, 'met', 'Destitute: recourse to public funds (code 2G).', ['conditions.destitute']));
  } else {
    conditions.push({
      kind: 'public-funds',
      choice: 'NRPF',
      citation: FUNDS,
      text: 'Maintain and accommodate yourself, and any dependants, without recourse to public funds.',
      because: 'The person is not, and would not be, destitute.',
    });
    reasons.push(reason('rl-condition-public-funds', FUNDS, 'met', 'Not destitute: no recourse to public funds.', ['conditions.destitute']));
  }

  // Reporting: presumed for every grant; monthly is the normal standard.
  const frequency = c.reporting ?? 'monthly';
  if (frequency !== 'monthly' && !c.reportingReason?.trim()) {
    reasons.push(reason('rl-condition-reporting', REPORTING, 'unknown', `Record why reporting ${REPORTING_WORDS[frequency]} rather than monthly suits this case.`, ['conditions.reporting', 'conditions.reportingReason'], ['conditions.reportingReason']));
  } else {
    conditions.push({
      kind: 'reporting',
      choice: frequency,
      citation: REPORTING,
      text: `Report to the Secretary of State ${REPORTING_WORDS[frequency]}, at the place and time notified.`,
      because: frequency === 'monthly' ? 'Monthly reporting is the normal standard.' : (c.reportingReason ?? ''),
    });
    reasons.push(reason('rl-condition-reporting', REPORTING, 'met', `Reporting ${REPORTING_WORDS[frequency]}.`, ['conditions.reporting', 'conditions.reportingReason']));
  }

  // Residence: always notify address changes; a specific area or prior consent only where justified.
  const residence = c.residence ?? 'notify-only';
  const notify = `Notify the Secretary of State of your home address and of any change of address within ${RL_PERIODS.notifyWithinDays} days.`;
  if (residence === 'specific-area' && c.publiclyFundedAccommodation !== true) {
    reasons.push(
      reason(
        'rl-condition-residence',
        RESIDENCE,
        c.publiclyFundedAccommodation === false ? 'not-met' : 'unknown',
        'A condition to live in a specific area is for publicly provided or funded accommodation: record whether the accommodation is.',
        ['conditions.residence', 'conditions.publiclyFundedAccommodation'],
        c.publiclyFundedAccommodation === undefined ? ['conditions.publiclyFundedAccommodation'] : [],
      ),
    );
  } else if (residence === 'prior-consent' && !c.residenceReason?.trim()) {
    reasons.push(reason('rl-condition-residence', RESIDENCE, 'unknown', 'Record the risk that justifies requiring consent before a change of address.', ['conditions.residence', 'conditions.residenceReason'], ['conditions.residenceReason']));
  } else {
    const extra =
      residence === 'specific-area' ? ' Live in the area the Secretary of State specifies.' : residence === 'prior-consent' ? ' Obtain the consent of the Secretary of State before changing address.' : '';
    conditions.push({
      kind: 'residence',
      choice: residence,
      citation: RESIDENCE,
      text: `${notify}${extra}`,
      because:
        residence === 'specific-area'
          ? 'Accommodation is publicly provided or funded: living in a specific area reduces the cost of housing.'
          : residence === 'prior-consent'
            ? (c.residenceReason ?? '')
            : 'Every grant requires the address to be known so that the person can be located when removal is possible.',
    });
    reasons.push(reason('rl-condition-residence', RESIDENCE, 'met', `Residence: ${RESIDENCE_WORDS[residence]}.`, ['conditions.residence', 'conditions.publiclyFundedAccommodation', 'conditions.residenceReason']));
  }

  return { conditions, reasons, policeReferral: c.risk === 'particularly-high' };
}
