import { combine, findingReason, reason, RELATED_RULES_VERSION, type Action, type DecideOptions, type Reason } from '../../related/reasons';
import { chooseConditions, type RestrictedLeaveCondition } from './conditions';
import { durationOf } from './duration';
import { RL_PERIODS } from './parameters';
import type { RestrictedLeaveCase } from './schema';
import { assessScope } from './scope';

/**
 * The decision on restricted leave, in the policy's order: scope, the ECHR barrier to removal,
 * indefinite leave outside the Rules (when asked for), duration, then conditions.
 *
 * - `grant`: restricted leave for `durationMonths`, with `conditions` (also when indefinite leave is refused).
 * - `grant-indefinite`: indefinite leave outside the Rules, exceptional and approved at SCS PB1.
 * - `refer`: an approval is needed first (grade 6 for a longer period; SCS PB1).
 * - `refuse`: no ECHR barrier to removal: removal or deportation is prioritised.
 * - `not-in-scope`: the person is not within the restricted leave policy; consider other leave.
 * - `incomplete`: an unanswered question (or a proposal that breaks the policy) must be resolved first.
 */
export type RestrictedLeaveOutcome = 'grant' | 'grant-indefinite' | 'refer' | 'refuse' | 'not-in-scope' | 'incomplete';

/** A dependant granted leave outside the Rules in line with the main applicant. */
export interface DependantInLine {
  relationship: 'partner' | 'child';
  name?: string;
  durationMonths: number;
}

/** A restricted leave decision with the reasons it rests on. */
export interface RestrictedLeaveDecision {
  route: 'restricted-leave';
  outcome: RestrictedLeaveOutcome;
  decisionCitation?: string;
  reasons: Reason[];
  actions: Action[];
  /** For `grant`: the months of restricted leave. */
  durationMonths?: number;
  /** For `grant`: the conditions, each with the reason it was chosen. */
  conditions?: RestrictedLeaveCondition[];
  /** For `grant`: leave of 6 months or less lapses on travel outside the Common Travel Area. */
  lapsesOnTravelOutsideCommonTravelArea?: boolean;
  /** For `grant`: dependants given leave outside the Rules in line. */
  dependantsInLine?: DependantInLine[];
  /** The date decided on. */
  decisionDate: string;
  rulesVersion: string;
}

const ILR = 'RL: Indefinite leave to remain outside the Immigration Rules';

/** Decides a restricted leave case. Pure. */
export function decideRestrictedLeave(input: RestrictedLeaveCase, { decisionDate }: DecideOptions): RestrictedLeaveDecision {
  const base = { route: 'restricted-leave' as const, decisionDate, rulesVersion: RELATED_RULES_VERSION };
  if (input.request === undefined) {
    return {
      ...base,
      outcome: 'incomplete',
      reasons: [reason('rl-request', 'RL: Grant of restricted leave', 'unknown', 'Record whether this is a first grant, a further grant or indefinite leave.', ['request'], ['request'])],
      actions: [],
    };
  }

  const scope = assessScope(input);
  const reasons: Reason[] = [...scope.reasons];
  if (scope.status === 'not-met') {
    const action: Action = scope.presumptionRebuttedOnly
      ? { code: 'consider-refugee-leave', citation: 'RL: Extent to which the person has changed', text: 'Article 33(2) no longer applies once the presumption is rebutted: consider refugee leave.' }
      : { code: 'consider-other-leave', citation: 'RL: Background', text: 'Consider the case under the Immigration Rules or the discretionary leave policy.' };
    return { ...base, outcome: 'not-in-scope', decisionCitation: 'RL: Background', reasons, actions: [action] };
  }
  if (scope.status === 'unknown') return { ...base, outcome: 'incomplete', reasons, actions: [] };

  const articles = input.echrArticles?.length ? ` (${input.echrArticles.join(', ')})` : '';
  const barrier = findingReason('rl-echr-barrier', 'RL: Application of the restricted leave policy', 'echrBarrier', input.echrBarrier, {
    met: `Removal would breach the UK's obligations under the ECHR${articles}.`,
    notMet: 'There is no ECHR barrier to removal.',
    unknown: 'Record whether removal would breach the ECHR, and which article.',
  });
  reasons.push(barrier);
  if (barrier.status === 'not-met') {
    return {
      ...base,
      outcome: 'refuse',
      decisionCitation: 'RL: Removal or deportation',
      reasons,
      actions: [{ code: 'prioritise-removal', citation: 'RL: Removal or deportation', text: 'Refuse restricted leave and prioritise removal or deportation.' }],
    };
  }
  if (barrier.status === 'unknown') return { ...base, outcome: 'incomplete', reasons, actions: [] };

  const actions: Action[] = [];
  if (input.request === 'indefinite') {
    const exceptional = findingReason('rl-indefinite-exceptional', ILR, 'exceptionalCircumstances', input.exceptionalCircumstances, {
      met: 'Caseworker finding: exceptional circumstances justify indefinite leave outside the Rules (length of residence, gravity of conduct, extent of change).',
      notMet: 'Caseworker finding: no exceptional circumstances justify indefinite leave; restricted leave continues.',
      unknown: 'Record whether exceptional circumstances justify indefinite leave outside the Rules.',
    });
    reasons.push(exceptional);
    if (exceptional.status === 'unknown') return { ...base, outcome: 'incomplete', reasons, actions: [] };
    if (exceptional.status === 'met') {
      const approval = input.approvals?.scsPb1;
      const path = ['approvals.scsPb1'];
      if (approval === true) {
        reasons.push(reason('rl-approval-scs-pb1', ILR, 'met', 'Approved at SCS PB1.', path));
        return { ...base, outcome: 'grant-indefinite', decisionCitation: ILR, reasons, actions: [] };
      }
      if (approval === undefined) {
        reasons.push(reason('rl-approval-scs-pb1', ILR, 'unknown', 'Indefinite leave outside the Rules must be agreed at SCS PB1 level.', path, path));
        return { ...base, outcome: 'refer', decisionCitation: ILR, reasons, actions: [{ code: 'approval-scs-pb1', citation: ILR, text: 'Refer for agreement at SCS PB1 level.' }] };
      }
      reasons.push(reason('rl-approval-scs-pb1', ILR, 'not-met', 'Not agreed at SCS PB1 level: indefinite leave is refused and restricted leave continues.', path));
    }
    actions.push({ code: 'indefinite-refused', citation: ILR, text: 'Refuse indefinite leave and grant restricted leave within the terms of the policy.' });
  }

  if (input.request === 'initial' && input.previouslyHeldDiscretionaryLeave === true) {
    const approval = input.approvals?.scsPb1;
    const citation = 'RL: Active reviews';
    const paths = ['previouslyHeldDiscretionaryLeave', 'approvals.scsPb1'];
    if (approval !== true) {
      reasons.push(reason('rl-approval-after-dl', citation, 'unknown', 'A first grant of restricted leave after discretionary leave must be approved at SCS PB1 level.', paths, ['approvals.scsPb1']));
      return { ...base, outcome: 'refer', decisionCitation: citation, reasons, actions: [{ code: 'approval-scs-pb1', citation, text: 'Refer for approval at SCS PB1 level.' }] };
    }
    reasons.push(reason('rl-approval-after-dl', citation, 'met', 'First grant after discretionary leave, approved at SCS PB1 level.', paths));
  }

  const duration = durationOf(input);
  reasons.push(...duration.reasons);
  if (duration.needsGrade6) {
    return {
      ...base,
      outcome: 'refer',
      decisionCitation: 'RL: Duration of leave',
      reasons,
      actions: [{ code: 'approval-grade-6', citation: 'RL: Duration of leave', text: 'Obtain grade 6 approval for a period longer than 6 months.' }],
    };
  }
  const chosen = chooseConditions(input);
  reasons.push(...chosen.reasons);
  const months = duration.months;
  if (combine([...duration.reasons, ...chosen.reasons]) !== 'met' || months === undefined) return { ...base, outcome: 'incomplete', reasons, actions };

  const lapses = months <= RL_PERIODS.lapsesOnTravelUpToMonths;
  if (lapses) {
    actions.push({ code: 'lapses-on-travel', citation: 'RL: Travel outside of the UK', text: 'The leave lapses if the person travels outside the Common Travel Area: say so in the cover letter.' });
  }
  if (chosen.policeReferral) {
    actions.push({ code: 'police-pdp-referral', citation: 'RL: Work condition', text: 'Refer to the local police force under the Potentially Dangerous Person regime.' });
  }
  const dependantsInLine: DependantInLine[] = (input.dependants ?? []).map((d) =>
    d.name === undefined ? { relationship: d.relationship, durationMonths: months } : { relationship: d.relationship, name: d.name, durationMonths: months },
  );
  if (dependantsInLine.length > 0) {
    actions.push({
      code: 'dependants-in-line',
      citation: 'RL: Dependants',
      text: 'Grant the dependants leave outside the Rules in line; their conditions need not match. A child turning 18 must apply in their own right.',
    });
  }
  actions.push({
    code: 'letter-and-notice',
    citation: 'RL: Grant paperwork',
    text: 'Send the grant of restricted leave cover letter and the notice of conditions, explaining why each condition is imposed and how to apply to vary them.',
  });
  return {
    ...base,
    outcome: 'grant',
    decisionCitation: 'RL: Grant of restricted leave',
    reasons,
    actions,
    durationMonths: months,
    conditions: chosen.conditions,
    lapsesOnTravelOutsideCommonTravelArea: lapses,
    ...(dependantsInLine.length > 0 ? { dependantsInLine } : {}),
  };
}
