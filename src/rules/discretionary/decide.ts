import { combine, reason, RELATED_RULES_VERSION, type Action, type DecideOptions, type Reason } from '../../related/reasons';
import { assessCriminality } from './criminality';
import { durationOf, LONGER_PERIODS } from './duration';
import { categoryReasons, exclusionReasons, MODERN_SLAVERY_FURTHER_LEAVE, restrictedLeaveScopeReason } from './eligibility';
import { DL_PERIODS, MODERN_SLAVERY_CUT_OFF } from './parameters';
import type { DiscretionaryLeaveCase } from './schema';
import { deferralLimit, deferralReason, qualifyingPeriodReason } from './settlement';
import { partNineReasons } from './suitability';

/**
 * The decision on discretionary leave, following the policy's order: key principles (for every
 * application, settlement included), the category, restricted leave scope, criminality, Part 9
 * (for a settlement application), then settlement and the duration of any grant.
 *
 * - `grant`: grant DL for `durationMonths` (for a settlement application not yet qualifying: further DL;
 *   for a settlement application refused under 9.4.1 / SUI 5.1 where all five "Considering further
 *   DL" criteria hold: further DL, with `settlementRefusedUnder`).
 * - `settle`: grant indefinite leave after the qualifying period of continuous DL.
 * - `defer-settlement`: the basis for DL will soon end: further DL, settlement deferred at most until `deferUntil`.
 * - `refer`: a senior caseworker must decide (longer leave, indefinite leave, or DL outside the listed categories).
 * - `refuse`: DL (or settlement) is refused; `actions` say where the person's case goes next.
 * - `incomplete`: an unanswered question decides the outcome.
 */
export type DiscretionaryLeaveOutcome = 'grant' | 'settle' | 'defer-settlement' | 'refer' | 'refuse' | 'incomplete';

/** A DL decision with the reasons it rests on. */
export interface DiscretionaryLeaveDecision {
  route: 'discretionary-leave';
  outcome: DiscretionaryLeaveOutcome;
  /** The policy section the outcome is taken under (absent while incomplete). */
  decisionCitation?: string;
  reasons: Reason[];
  actions: Action[];
  /** For `grant`: the months of DL. */
  durationMonths?: number;
  /** For a settlement application not yet qualifying: the day the qualifying period completes. */
  eligibleFrom?: string;
  /** For `defer-settlement`: the latest day settlement can be deferred to. */
  deferUntil?: string;
  /**
   * For a settlement application: settlement is refused under this paragraph (9.4.1 or SUI 5.1),
   * and the outcome is further DL because all five "Considering further DL" criteria hold.
   */
  settlementRefusedUnder?: string;
  /** The date decided on. */
  decisionDate: string;
  rulesVersion: string;
}

const ACTIONS = {
  restricted: { code: 'consider-restricted-leave', citation: 'DL: Exclusion and criminality', text: 'Consider the case under the restricted leave policy (Special Cases Unit or FNORC).' },
  rules: { code: 'consider-under-rules', citation: 'DL: Key principles', text: 'Consider the case under the Immigration Rules or for Article 8 leave outside the Rules, not for DL.' },
  deferRemoval: { code: 'defer-removal', citation: 'DL: Non-standard grant periods: shorter periods of stay', text: 'Refuse the claim outright and defer removal until return is possible.' },
  seniorCaseworker: { code: 'refer-senior-caseworker', citation: LONGER_PERIODS, text: 'Refer the case to a senior caseworker, with the evidence and the child’s best interests recorded.' },
  otherCases: { code: 'discuss-senior-caseworker', citation: 'DL: Other cases', text: 'Discuss the grant with a senior caseworker and keep a detailed file minute of what was decided and why.' },
  lapses: { code: 'lapses-on-travel', citation: 'DL: Exclusion and criminality', text: 'Leave of 6 months or less lapses if the person travels outside the UK: say so in the letter.' },
  temporaryPermission: {
    code: 'consider-temporary-permission-to-stay',
    citation: MODERN_SLAVERY_FURTHER_LEAVE,
    text: `Consider the application under ${MODERN_SLAVERY_CUT_OFF.value}, not for DL.`,
  },
  settlementRefused: {
    code: 'refuse-settlement-grant-further-dl',
    citation: 'DL: Considering settlement',
    text: 'Refuse settlement under the Immigration Rules (the custodial sentence), and grant further DL: all five criteria for a further grant hold.',
  },
  modernSlavery: {
    code: 'vary-or-curtail-on-determination',
    citation: 'DL: Pre-30 January 2023 modern slavery cases',
    text: 'Vary or curtail the leave once the asylum claim or further submissions are finally determined.',
  },
} satisfies Record<string, Action>;

/** The modern slavery reasons that, not met, send the case to temporary permission to stay (after the cut-off; a further application). */
const TO_TEMPORARY_PERMISSION = ['dl-ms-conclusive-grounds', 'dl-ms-trafficking-claim', 'dl-ms-further-leave'];

/** Decides a DL case on `decisionDate`. Pure. */
export function decideDiscretionaryLeave(input: DiscretionaryLeaveCase, { decisionDate }: DecideOptions): DiscretionaryLeaveDecision {
  const base = { route: 'discretionary-leave' as const, decisionDate, rulesVersion: RELATED_RULES_VERSION };
  const kind = input.application?.kind;
  if (kind === undefined) {
    return {
      ...base,
      outcome: 'incomplete',
      reasons: [
        reason('dl-application-kind', 'DL: Reasons for granting Discretionary Leave', 'unknown', 'Record whether this is a first grant, a further grant or settlement.', ['application.kind'], ['application.kind']),
      ],
      actions: [],
    };
  }

  const criminality = assessCriminality(input, decisionDate);
  const gate = [
    ...exclusionReasons(input),
    ...categoryReasons(input),
    restrictedLeaveScopeReason(input),
    ...criminality.reasons,
    ...(kind === 'settlement' ? partNineReasons(input, decisionDate) : []),
  ];
  // A settlement refused under 9.4.1 / SUI 5.1 with all five further-DL criteria holding goes on to further DL.
  const refusedSettlement = criminality.settlementRefusedUnder;
  const blocking = refusedSettlement === undefined ? gate : gate.filter((r) => r.code !== 'dl-criminality-sentence');
  const gateStatus = combine(blocking);
  if (gateStatus === 'not-met') {
    const actions: Action[] = [];
    if (gate.some((r) => r.code === 'dl-restricted-leave-scope' && r.status === 'not-met')) actions.push(ACTIONS.restricted);
    if (gate.some((r) => r.code.startsWith('dl-key-principles') && r.status === 'not-met')) actions.push(ACTIONS.rules);
    const toTemporaryPermission = gate.some((r) => TO_TEMPORARY_PERMISSION.includes(r.code) && r.status === 'not-met');
    if (toTemporaryPermission) actions.push(ACTIONS.temporaryPermission);
    const furtherMs = gate.some((r) => r.code === 'dl-ms-further-leave');
    return {
      ...base,
      outcome: 'refuse',
      decisionCitation: furtherMs
        ? MODERN_SLAVERY_FURTHER_LEAVE
        : kind === 'settlement'
          ? 'DL: Refusal of settlement and further leave'
          : kind === 'further'
            ? 'DL: Refusing further DL'
            : 'DL: Refusing DL',
      reasons: gate,
      actions,
    };
  }
  if (gateStatus === 'unknown') return { ...base, outcome: 'incomplete', reasons: gate, actions: [] };

  const reasons: Reason[] = [...gate];
  let eligibleFrom: string | undefined;
  if (kind === 'settlement' && refusedSettlement === undefined) {
    const qualifying = qualifyingPeriodReason(input, decisionDate);
    reasons.push(qualifying.reason);
    if (qualifying.reason.status === 'unknown' || qualifying.period === undefined) return { ...base, outcome: 'incomplete', reasons, actions: [] };
    if (qualifying.reason.status === 'met') {
      const deferral = deferralReason(input, qualifying.period, decisionDate);
      reasons.push(deferral);
      if (deferral.status === 'unknown') return { ...base, outcome: 'incomplete', reasons, actions: [] };
      if (deferral.status === 'met') return { ...base, outcome: 'settle', decisionCitation: 'DL: Granting settlement', reasons, actions: [] };
      return {
        ...base,
        outcome: 'defer-settlement',
        decisionCitation: 'DL: Further grants of DL',
        reasons,
        actions: [],
        deferUntil: deferralLimit(qualifying.period.completeOn),
      };
    }
    eligibleFrom = qualifying.period.completeOn;
  }

  const duration = durationOf(input, decisionDate);
  reasons.push(...duration.reasons);
  const extras = eligibleFrom === undefined ? {} : { eligibleFrom };
  if (duration.returnSoon) {
    return { ...base, outcome: 'refuse', decisionCitation: 'DL: Non-standard grant periods: shorter periods of stay', reasons, actions: [ACTIONS.deferRemoval], ...extras };
  }
  if (combine(duration.reasons) !== 'met') return { ...base, outcome: 'incomplete', reasons, actions: [], ...extras };
  if (duration.referral) return { ...base, outcome: 'refer', decisionCitation: LONGER_PERIODS, reasons, actions: [ACTIONS.seniorCaseworker], ...extras };
  if (input.category?.basis === 'other-compelling') {
    return { ...base, outcome: 'refer', decisionCitation: 'DL: Other cases', reasons, actions: [ACTIONS.otherCases], ...extras };
  }
  const months = duration.months;
  if (months === undefined) return { ...base, outcome: 'incomplete', reasons, actions: [], ...extras };
  const actions: Action[] = [];
  if (refusedSettlement !== undefined) actions.push(ACTIONS.settlementRefused);
  if (months <= DL_PERIODS.lapsesOnTravelUpToMonths) actions.push(ACTIONS.lapses);
  if (input.category?.basis === 'modern-slavery') actions.push(ACTIONS.modernSlavery);
  return {
    ...base,
    outcome: 'grant',
    decisionCitation: refusedSettlement !== undefined ? 'DL: Considering settlement' : kind === 'initial' ? 'DL: Granting Discretionary Leave (DL)' : 'DL: Granting further DL',
    reasons,
    actions,
    durationMonths: months,
    ...extras,
    ...(refusedSettlement === undefined ? {} : { settlementRefusedUnder: refusedSettlement }),
  };
}
