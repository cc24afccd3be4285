import { formatLong } from '../../../src/dates';
import type { Decision, DependantOutcome, Outcome } from '../../../src/rules';

/** The heading of the outcome panel. */
export const OUTCOME_TITLE: Record<Outcome, string> = {
  'grant-settlement': 'Grant settlement',
  'refuse-settlement': 'Refuse settlement',
  'on-hold-pending-prosecution': 'Hold: criminal proceedings pending',
  'not-eligible': 'Not eligible under the Calais leave concession',
  'awaiting-information': 'More information needed',
  'declined-consideration': 'Not considered: the person chose their other application',
};

/** What happens to a dependant, in words. */
export const DEPENDANT_OUTCOME_TEXT: Record<DependantOutcome, string> = {
  'grant-in-line': 'Granted settlement in line',
  refuse: 'Not granted in line: refused',
  'on-hold': 'Not granted in line yet: held',
  'family-route': 'Not considered in line: must apply on the relevant family route',
  'main-not-granted': 'Not granted in line: the person is not granted',
  'awaiting-information': 'Not decided yet: their own answers are needed (the person’s grant does not wait)',
};


/** The words that qualify an eligible-from date given while a prosecution is under way (`eligibleFromUnlessConvicted`). */
export const UNLESS_CONVICTED = 'unless the prosecution ends in a conviction';

/**
 * What the decision's `eligibleFrom` means, from its outcome and `eligibleFromUnlessConvicted`
 * (never from the reasons' sentences); undefined when the decision gives no date.
 */
export function eligibleFromText(decision: Pick<Decision, 'outcome' | 'eligibleFrom' | 'eligibleFromUnlessConvicted'>): string | undefined {
  if (!decision.eligibleFrom) return undefined;
  const from = formatLong(decision.eligibleFrom);
  const unless = decision.eligibleFromUnlessConvicted ? `, ${UNLESS_CONVICTED}` : '';
  return decision.outcome === 'refuse-settlement'
    ? `The refusal rests only on time-limited grounds. From ${from} none of them would apply${unless}.`
    : `The person becomes eligible on ${from}, 5 years after their biometric immigration document was issued${unless}.`;
}

/** Said on a not-eligible decision reached before consideration can begin (`beforeConsideration`). */
export const BEFORE_CONSIDERATION =
  'No decision is served yet. Consideration begins once the questionnaire is returned and biometrics are enrolled (where required): finish the process first.';
