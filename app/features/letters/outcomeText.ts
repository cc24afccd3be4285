import type { Outcome } from '../../../src/case';

/** Why no letter is offered, by outcome, for the letters page. */
export const NO_LETTER_TEXT: Readonly<Record<Outcome, string>> = {
  'grant-settlement': 'No letter fits this case.',
  'refuse-settlement': 'No letter fits this case.',
  'on-hold-pending-prosecution': 'No letter fits this case.',
  'not-eligible':
    'The person is not eligible under the Calais leave concession, but no decision is served before consideration begins: once the questionnaire is returned and biometrics are enrolled (where required), the not-eligible letter will be offered.',
  'declined-consideration':
    'The person chose not to be considered under the Calais leave policy, so their other application continues under its own route. This service does not draft a letter for this outcome.',
  'awaiting-information':
    'The person has replied and the questionnaire is back, but the case cannot be decided until the missing answers are recorded. The decision letter will be offered once there is a decision.',
};
