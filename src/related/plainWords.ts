/**
 * Plain words for every answer, option and outcome id of the related routes: the one mapping that
 * letters, the fee status assessment, the rules' own sentences and the result pages use, so that
 * an id such as `option-1` or `notify-only` never reaches a person. Each map is typed by the
 * schema's own values, so a new value does not compile until it has words.
 */
import type { DiscretionaryLeaveDecision, DiscretionaryLeaveOutcome } from '../rules/discretionary/decide';
import type { DlCategory } from '../rules/discretionary/schema';
import type { FeeStatusDecision } from '../rules/fees/decide';
import type { CalaisFeeStatusCase } from '../rules/fees/schema';
import type { SettlementProtectionDecision } from '../rules/protection/decide';
import type { SettlementProtectionCase } from '../rules/protection/schema';
import type { RestrictedLeaveCondition } from '../rules/restricted/conditions';
import type { RestrictedLeaveDecision } from '../rules/restricted/decide';
import type { RestrictedLeaveCase } from '../rules/restricted/schema';

type Conditions = NonNullable<RestrictedLeaveCase['conditions']>;

/** The kinds of restricted leave condition, as the notice of conditions and the result page name them. */
export const CONDITION_NAMES: Record<RestrictedLeaveCondition['kind'], string> = {
  work: 'Work',
  study: 'Study',
  'public-funds': 'Public funds',
  reporting: 'Reporting',
  residence: 'Where you live',
};

/** The work condition for each public protection risk ("RL: Work condition", options 1 to 3). */
export const WORK_OPTION_WORDS: Record<NonNullable<Conditions['risk']>, string> = {
  lower: 'notify the Home Office of all work (option 1)',
  higher: 'prior permission for each role (option 2)',
  'particularly-high': 'no work of any kind (option 3)',
};

/** The study condition. */
export const STUDY_WORDS: Record<NonNullable<Conditions['study']>, string> = {
  restricted: 'study restricted',
  'permitted-for-course': 'one named course permitted',
};

/** How often the person reports, as a sentence says it ("report … every two months"). */
export const REPORTING_WORDS: Record<NonNullable<Conditions['reporting']>, string> = {
  weekly: 'weekly',
  fortnightly: 'every two weeks',
  monthly: 'monthly',
  'two-monthly': 'every two months',
  quarterly: 'every three months',
};

/** The residence condition. */
export const RESIDENCE_WORDS: Record<NonNullable<Conditions['residence']>, string> = {
  'notify-only': 'notify any change of address',
  'specific-area': 'live in a specified area',
  'prior-consent': 'consent needed before a change of address',
};

/** A dependant's relationship to the person. */
export const RELATIONSHIP_WORDS: Record<'partner' | 'child', string> = { partner: 'partner', child: 'child' };

/** Who applies for settlement protection, as a letter says it ("as …"). */
export const PROTECTION_APPLICANT_WORDS: Record<SettlementProtectionCase['applicant'], string> = {
  main: 'as a person with refugee status or humanitarian protection',
  partner: 'as the partner of a person on a protection route',
  child: 'as the child of a person on a protection route',
};

/** The DL categories ("Reasons for granting Discretionary Leave"). */
export const DL_CATEGORY_WORDS: Record<DlCategory, string> = {
  medical: 'a medical case',
  'other-echr': 'another case under the European Convention on Human Rights',
  'exceptional-circumstances': 'exceptional circumstances',
  'modern-slavery': 'a modern slavery case',
  'other-compelling': 'other compelling reasons',
  none: 'no category',
};

/** The status held on the first day of a later academic year (fee status criterion (a)). */
export const LATER_YEAR_STATUS_WORDS: Record<NonNullable<CalaisFeeStatusCase['laterYearStatus']>, string> = {
  'calais-leave': 'Calais leave',
  'any-leave': 'other leave',
  'british-or-irish': 'British or Irish citizenship',
  'late-application-sui-13-1': 'a late application protected by SUI 13.1',
  none: 'none of these',
};

/** Each route's outcomes as the result page's panel states them. */
export const OUTCOME_TITLES: {
  'settlement-protection': Record<SettlementProtectionDecision['outcome'], string>;
  'discretionary-leave': Record<DiscretionaryLeaveOutcome, string>;
  'restricted-leave': Record<RestrictedLeaveDecision['outcome'], string>;
  'calais-fee-status': Record<FeeStatusDecision['outcome'], string>;
} = {
  'settlement-protection': {
    settle: 'Settlement granted',
    'further-permission': 'Further permission of at least 30 months',
    refuse: 'Settlement refused',
    invalid: 'Application invalid',
    incomplete: 'More answers needed',
  },
  'discretionary-leave': {
    grant: 'Discretionary leave granted',
    settle: 'Settlement granted',
    'defer-settlement': 'Settlement deferred',
    refer: 'Refer before deciding',
    refuse: 'Discretionary leave refused',
    incomplete: 'More answers needed',
  },
  'restricted-leave': {
    grant: 'Restricted leave granted',
    'grant-indefinite': 'Indefinite leave granted outside the Rules',
    refer: 'Refer for approval',
    refuse: 'Restricted leave refused',
    'not-in-scope': 'Not within the restricted leave policy',
    incomplete: 'More answers needed',
  },
  'calais-fee-status': {
    'home-fees': 'Home fee status',
    'not-eligible': 'Not eligible for home fee status',
    'out-of-scope': 'Outside the Calais leave fee category',
    incomplete: 'More answers needed',
  },
};

/** The outcome of any related-route decision in plain words. */
export function outcomeTitle(decision: SettlementProtectionDecision | DiscretionaryLeaveDecision | RestrictedLeaveDecision | FeeStatusDecision): string {
  switch (decision.route) {
    case 'settlement-protection':
      return OUTCOME_TITLES['settlement-protection'][decision.outcome];
    case 'discretionary-leave':
      // A settlement application refused under the Rules, with further DL granted instead ("Considering settlement").
      if (decision.outcome === 'grant' && decision.settlementRefusedUnder !== undefined) return 'Settlement refused: further discretionary leave granted';
      return OUTCOME_TITLES['discretionary-leave'][decision.outcome];
    case 'restricted-leave':
      return OUTCOME_TITLES['restricted-leave'][decision.outcome];
    case 'calais-fee-status':
      return OUTCOME_TITLES['calais-fee-status'][decision.outcome];
  }
}
