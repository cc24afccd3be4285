/**
 * Who can be considered under the Calais concession, in the order of the guidance:
 *
 * - 352I: transferred between 17 October 2016 and 13 July 2017 inclusive (a Calais-leave case
 *   outside the window is flagged as inconsistent, never accepted silently);
 * - Concession 1: present in the UK;
 * - Concession 2: granted Calais leave under 352J (352L counts; section 67 leave does not);
 * - Concession 3: held a BID for a continuous period of 5 years (replacing the 10 years of
 *   352Q(i), 352Q(ii) and 352R(ii));
 * - Concession 4: the BID was not revoked within that 5-year period;
 * - Concession: revoked — Calais leave not revoked;
 * - Concession: settled — not already settled and not a British citizen.
 *
 * Concession requirement 5 (continue to meet 352J) is `suitability.ts`.
 */
import type { Leave } from '../../case/schema';
import { addYears, formatLong, isBefore, isOnOrAfter, isWithin, type IsoDate } from '../../dates';
import { CALAIS_TRANSFER_WINDOW, CONCESSION_BID_YEARS, inForce } from '../parameters';
import { reason, type RuleContext } from '../reason';
import type { Reason } from '../types';

/** 352I: the transfer falls within the Calais window. Checked unless the leave is known not to be Calais leave. */
export function transferWindowReason(leave: Leave | undefined, context: RuleContext): Reason | undefined {
  if (leave?.type === 'section-67' || leave?.type === 'other') return undefined;
  const path = 'leave.transferredOn';
  const window = inForce(CALAIS_TRANSFER_WINDOW, context.decisionDate);
  const span = `${formatLong(window.first)} to ${formatLong(window.last)}`;
  if (leave?.transferredOn === undefined) {
    return reason('transfer-in-window', '352I', 'unknown', `Date of transfer not recorded (Calais transfers were from ${span}).`, [path], [path]);
  }
  if (isWithin(leave.transferredOn, window.first, window.last)) {
    return reason('transfer-in-window', '352I', 'met', `Transferred on ${formatLong(leave.transferredOn)}, within ${span}.`, [path]);
  }
  const out = reason(
    'transfer-in-window',
    '352I',
    'not-met',
    `Inconsistent record: Calais leave is recorded but the transfer date ${formatLong(leave.transferredOn)} is outside ${span}. Check the transfer date and the type of leave.`,
    [path, 'leave.type'],
  );
  out.inconsistent = true;
  return out;
}

/** Concession 1: present in the UK. */
export function presentInUkReason(leave: Leave | undefined): Reason {
  const path = 'leave.presentInUk';
  const answer = leave?.presentInUk;
  if (answer === true) return reason('present-in-uk', 'Concession 1', 'met', 'The person is in the UK.', [path]);
  if (answer === false) return reason('present-in-uk', 'Concession 1', 'not-met', 'The person is not in the UK.', [path]);
  return reason('present-in-uk', 'Concession 1', 'unknown', 'Not yet recorded whether the person is in the UK.', [path], [path]);
}

/** Concession 2: granted Calais leave under 352J (or 352L); section 67 leave is a different scheme. */
export function grantedCalaisLeaveReason(leave: Leave | undefined): Reason {
  const path = 'leave.type';
  const facts = [path];
  switch (leave?.type) {
    case 'calais-352J':
      return reason('granted-calais-leave', 'Concession 2', 'met', 'Granted Calais leave under paragraph 352J.', facts);
    case 'calais-352L':
      return reason('granted-calais-leave', 'Concession 2', 'met', 'Granted Calais leave under paragraph 352L.', facts);
    case 'section-67':
      return reason(
        'granted-calais-leave',
        'Concession 2',
        'not-met',
        'Holds section 67 leave (paragraphs 352ZG to 352ZS), which is not Calais leave: not considered under this concession.',
        facts,
      );
    case 'other':
      return reason('granted-calais-leave', 'Concession 2', 'not-met', 'Was not granted Calais leave.', facts);
    case undefined:
      return reason('granted-calais-leave', 'Concession 2', 'unknown', 'Type of leave not recorded.', facts, facts);
  }
}

/** The date the BID has been held for the concession's 5 years. */
export function fiveYearsOfBidOn(bidIssuedOn: IsoDate, decisionDate: IsoDate): IsoDate {
  return addYears(bidIssuedOn, inForce(CONCESSION_BID_YEARS, decisionDate));
}

/**
 * Concession 3: held a BID for a continuous period of 5 years. Met on and after the fifth
 * anniversary of issue (a BID issued on 29 February reaches it on 28 February). When not met, the
 * reason carries the date it will be (product rule: not yet eligible).
 */
export function bidHeldFiveYearsReason(leave: Leave | undefined, context: RuleContext): Reason {
  const path = 'leave.bidIssuedOn';
  if (leave?.bidIssuedOn === undefined) {
    return reason('bid-held-five-years', 'Concession 3', 'unknown', 'Date the biometric immigration document was issued not recorded.', [path], [path]);
  }
  const fiveYears = fiveYearsOfBidOn(leave.bidIssuedOn, context.decisionDate);
  const issued = `Biometric immigration document issued on ${formatLong(leave.bidIssuedOn)}`;
  if (isOnOrAfter(context.decisionDate, fiveYears)) {
    return reason('bid-held-five-years', 'Concession 3', 'met', `${issued}: held for 5 years on ${formatLong(fiveYears)}.`, [path]);
  }
  const out = reason('bid-held-five-years', 'Concession 3', 'not-met', `${issued}: not held for 5 years until ${formatLong(fiveYears)}.`, [path]);
  out.timeLimited = { until: fiveYears };
  return out;
}

/** Concession 4: the BID was not revoked within the 5-year period. A revocation date is read only if a revocation is recorded. */
export function bidNotRevokedReason(leave: Leave | undefined, context: RuleContext): Reason {
  const path = 'leave.bidRevoked';
  const answer = leave?.bidRevoked;
  if (answer === false) return reason('bid-not-revoked', 'Concession 4', 'met', 'The biometric immigration document has not been revoked.', [path]);
  if (answer === undefined) {
    return reason('bid-not-revoked', 'Concession 4', 'unknown', 'Not yet recorded whether the biometric immigration document has been revoked.', [path], [path]);
  }
  const datePath = 'leave.bidRevokedOn';
  const facts = [path, datePath, 'leave.bidIssuedOn'];
  const missing: string[] = [];
  if (leave?.bidRevokedOn === undefined) missing.push(datePath);
  if (leave?.bidIssuedOn === undefined) missing.push('leave.bidIssuedOn');
  if (leave?.bidRevokedOn === undefined || leave.bidIssuedOn === undefined) {
    return reason('bid-not-revoked', 'Concession 4', 'unknown', 'The biometric immigration document was revoked; the dates are needed to tell whether within the 5 years.', facts, missing);
  }
  const fiveYears = fiveYearsOfBidOn(leave.bidIssuedOn, context.decisionDate);
  if (isBefore(leave.bidRevokedOn, fiveYears)) {
    return reason(
      'bid-not-revoked',
      'Concession 4',
      'not-met',
      `The biometric immigration document was revoked on ${formatLong(leave.bidRevokedOn)}, within the 5 years from its issue on ${formatLong(leave.bidIssuedOn)}.`,
      facts,
    );
  }
  return reason('bid-not-revoked', 'Concession 4', 'met', `The biometric immigration document was revoked on ${formatLong(leave.bidRevokedOn)}, after the 5 years ended on ${formatLong(fiveYears)}.`, facts);
}

/** Concession: revoked. A person whose Calais leave has been revoked is not granted settlement. */
export function leaveNotRevokedReason(leave: Leave | undefined): Reason {
  const path = 'leave.revoked';
  const answer = leave?.revoked;
  if (answer === false) return reason('leave-not-revoked', 'Concession: revoked', 'met', 'The Calais leave has not been revoked.', [path]);
  if (answer === true) return reason('leave-not-revoked', 'Concession: revoked', 'not-met', 'The Calais leave has been revoked.', [path]);
  return reason('leave-not-revoked', 'Concession: revoked', 'unknown', 'Not yet recorded whether the Calais leave has been revoked.', [path], [path]);
}

/** Concession: settled. Not already settled and not a British citizen. */
export function notAlreadySettledReason(leave: Leave | undefined): Reason {
  const path = 'leave.currentStatus';
  switch (leave?.currentStatus) {
    case 'settled':
      return reason('not-already-settled', 'Concession: settled', 'not-met', 'The person has already been granted settlement.', [path]);
    case 'british-citizen':
      return reason('not-already-settled', 'Concession: settled', 'not-met', 'The person is already a British citizen.', [path]);
    case 'calais-leave-extant':
      return reason('not-already-settled', 'Concession: settled', 'met', 'Current status: Calais leave in force.', [path]);
    case 'extended-section-3c':
      return reason('not-already-settled', 'Concession: settled', 'met', 'Current status: Calais leave extended under section 3C by an in-time application.', [path]);
    case 'expired-no-application':
      return reason('not-already-settled', 'Concession: settled', 'met', 'Current status: Calais leave expired with no application made (no enforcement action while the questionnaire is considered).', [path]);
    case undefined:
      return reason('not-already-settled', 'Concession: settled', 'unknown', 'Current immigration status not recorded.', [path], [path]);
  }
}

/** Every eligibility requirement, in guidance order. */
export function eligibilityReasons(leave: Leave | undefined, context: RuleContext): Reason[] {
  const reasons: Reason[] = [];
  const window = transferWindowReason(leave, context);
  if (window) reasons.push(window);
  reasons.push(
    presentInUkReason(leave),
    grantedCalaisLeaveReason(leave),
    bidHeldFiveYearsReason(leave, context),
    bidNotRevokedReason(leave, context),
    leaveNotRevokedReason(leave),
    notAlreadySettledReason(leave),
  );
  return reasons;
}

