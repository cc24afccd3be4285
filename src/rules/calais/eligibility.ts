/**
 * Who can be considered under the Calais concession, in the order of the guidance:
 *
 * - 352I: transferred between 17 October 2016 and 13 July 2017 inclusive (a Calais-leave case
 *   outside the window is flagged as inconsistent, never accepted silently);
 * - Concession 1: present in the UK;
 * - 352I: the transfer basis is one of the three 352I names (expedited process, Tribunal order,
 *   Dublin III); another basis beside Calais leave is flagged as inconsistent;
 * - Concession 2: granted Calais leave under 352J (section 67 leave is not Calais leave);
 * - Concession 3 with 352L: held a BID issued under paragraph 352L for a continuous period of
 *   5 years (replacing the 10 years of 352Q(i), 352Q(ii) and 352R(ii));
 * - Concession 4: the BID was not revoked within that 5-year period;
 * - Concession: revoked — Calais leave not revoked;
 * - Concession: settled — not already settled and not a British citizen;
 * - Section 3C: a status "extended under section 3C" needs an in-time application outstanding;
 *   without one the record is flagged as inconsistent.
 *
 * Concession requirement 5 (continue to meet 352J) is `suitability.ts`.
 */
import type { Leave, OtherApplication } from '../../case/schema';
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

/**
 * 352I: transferred by the expedited process, a Tribunal order or the Dublin III Regulation.
 * Checked unless the leave is known not to be Calais leave; `other` beside Calais leave is an
 * inconsistent record, never accepted silently.
 */
export function transferBasisReason(leave: Leave | undefined): Reason | undefined {
  if (leave?.type === 'section-67' || leave?.type === 'other') return undefined;
  const path = 'leave.transferBasis';
  switch (leave?.transferBasis) {
    case undefined:
      return reason('transfer-basis', '352I', 'unknown', 'Basis of transfer not recorded (352I: the expedited process, a Tribunal order or the Dublin III Regulation).', [path], [path]);
    case 'other': {
      const out = reason(
        'transfer-basis',
        '352I',
        'not-met',
        'Inconsistent record: Calais leave is recorded but the basis of transfer is none of the three 352I names (the expedited process, a Tribunal order, the Dublin III Regulation). Check the basis of transfer and the type of leave.',
        [path, 'leave.type'],
      );
      out.inconsistent = true;
      return out;
    }
    case 'expedited-process':
      return reason('transfer-basis', '352I', 'met', 'Transferred by the expedited process.', [path]);
    case 'tribunal-order':
      return reason('transfer-basis', '352I', 'met', 'Transferred under a Tribunal order.', [path]);
    case 'dublin-iii':
      return reason('transfer-basis', '352I', 'met', 'Transferred under the Dublin III Regulation.', [path]);
  }
}

/** Concession 1: present in the UK. */
export function presentInUkReason(leave: Leave | undefined): Reason {
  const path = 'leave.presentInUk';
  const answer = leave?.presentInUk;
  if (answer === true) return reason('present-in-uk', 'Concession 1', 'met', 'The person is in the UK.', [path]);
  if (answer === false) return reason('present-in-uk', 'Concession 1', 'not-met', 'The person is not in the UK.', [path]);
  return reason('present-in-uk', 'Concession 1', 'unknown', 'Not yet recorded whether the person is in the UK.', [path], [path]);
}

/** Concession 2: granted Calais leave under 352J; section 67 leave is a different scheme. */
export function grantedCalaisLeaveReason(leave: Leave | undefined): Reason {
  const path = 'leave.type';
  const facts = [path];
  switch (leave?.type) {
    case 'calais-352J':
      return reason('granted-calais-leave', 'Concession 2', 'met', 'Granted Calais leave under paragraph 352J.', facts);
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

/** The citation of the BID requirement: the concession's 3rd requirement, with 352L (the BID's paragraph). */
export const BID_CITATION = 'Concession 3 (352L)';

/**
 * Concession 3 with 352L: held a BID issued under paragraph 352L for a continuous period of 5 years. Met on and after the fifth
 * anniversary of issue (a BID issued on 29 February reaches it on 28 February). When not met, the
 * reason carries the date it will be (product rule: not yet eligible).
 */
export function bidHeldFiveYearsReason(leave: Leave | undefined, context: RuleContext): Reason {
  const path = 'leave.bidIssuedOn';
  if (leave?.bidIssuedOn === undefined) {
    return reason('bid-held-five-years', BID_CITATION, 'unknown', 'Date the biometric immigration document was issued not recorded.', [path], [path]);
  }
  const fiveYears = fiveYearsOfBidOn(leave.bidIssuedOn, context.decisionDate);
  const issued = `Biometric immigration document issued on ${formatLong(leave.bidIssuedOn)}`;
  if (isOnOrAfter(context.decisionDate, fiveYears)) {
    return reason('bid-held-five-years', BID_CITATION, 'met', `${issued}: held for 5 years on ${formatLong(fiveYears)}.`, [path]);
  }
  const out = reason('bid-held-five-years', BID_CITATION, 'not-met', `${issued}: not held for 5 years until ${formatLong(fiveYears)}.`, [path]);
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

/**
 * Section 3C: a status "Calais leave extended under section 3C" rests on an in-time application
 * still outstanding. Recorded without one, the record is inconsistent; with the application's
 * answers missing, unknown. No reason for any other status.
 */
export function section3CReason(leave: Leave | undefined, other: OtherApplication | undefined): Reason | undefined {
  if (leave?.currentStatus !== 'extended-section-3c') return undefined;
  const facts = ['leave.currentStatus', 'otherApplication.outstanding', 'otherApplication.inTime'];
  const inconsistent = (why: string) => {
    const out = reason(
      'section-3c-application',
      'Section 3C',
      'not-met',
      `Inconsistent record: the Calais leave is recorded as extended under section 3C, but ${why}. Check the current status and the outstanding application.`,
      facts,
    );
    out.inconsistent = true;
    return out;
  };
  if (other?.outstanding === false) return inconsistent('no application for further leave is outstanding');
  if (other?.outstanding === true && other.inTime === false) return inconsistent('the outstanding application was made out of time');
  if (other?.outstanding === true && other.inTime === true) {
    return reason('section-3c-application', 'Section 3C', 'met', 'Extended under section 3C by the in-time application still outstanding.', facts);
  }
  const missing = other?.outstanding === undefined ? ['otherApplication.outstanding'] : ['otherApplication.inTime'];
  return reason('section-3c-application', 'Section 3C', 'unknown', 'Recorded as extended under section 3C: whether an in-time application is outstanding is not recorded.', facts, missing);
}

/** Every eligibility requirement, in guidance order. */
export function eligibilityReasons(leave: Leave | undefined, context: RuleContext, other?: OtherApplication | undefined): Reason[] {
  const reasons: Reason[] = [];
  const window = transferWindowReason(leave, context);
  if (window) reasons.push(window);
  const basis = transferBasisReason(leave);
  if (basis) reasons.push(basis);
  reasons.push(
    presentInUkReason(leave),
    grantedCalaisLeaveReason(leave),
    bidHeldFiveYearsReason(leave, context),
    bidNotRevokedReason(leave, context),
    leaveNotRevokedReason(leave),
    notAlreadySettledReason(leave),
  );
  const section3C = section3CReason(leave, other);
  if (section3C) reasons.push(section3C);
  return reasons;
}

