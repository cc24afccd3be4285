import type { DependantOutcome, Outcome } from '../../../src/rules';

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

