/**
 * The operational process (guidance, "Operational process" and "Other applications for leave to
 * remain"): consideration starts once the questionnaire is back and biometrics are enrolled where
 * required; a person with an outstanding application chooses whether to be considered under the
 * Calais policy instead. An outstanding-application choice is read only when an outstanding
 * application is recorded.
 */
import type { OtherApplication, Questionnaire } from '../../case/schema';
import { formatLong } from '../../dates';
import { reason } from '../reason';
import type { Reason } from '../types';

/** Process: questionnaire. The Calais leave questionnaire has been returned. */
export function questionnaireReturnedReason(questionnaire: Questionnaire | undefined): Reason {
  const path = 'questionnaire.returned';
  const answer = questionnaire?.returned;
  if (answer === true) {
    const on = questionnaire?.returnedOn ? ` on ${formatLong(questionnaire.returnedOn)}` : '';
    return reason('questionnaire-returned', 'Process: questionnaire', 'met', `The questionnaire was returned${on}.`, [path]);
  }
  if (answer === false) return reason('questionnaire-returned', 'Process: questionnaire', 'not-met', 'The questionnaire has not been returned.', [path]);
  return reason('questionnaire-returned', 'Process: questionnaire', 'unknown', 'Not yet recorded whether the questionnaire has been returned.', [path], [path]);
}

/** Process: biometrics. Biometrics are enrolled, or not required. */
export function biometricsReason(questionnaire: Questionnaire | undefined): Reason {
  const path = 'questionnaire.biometrics';
  switch (questionnaire?.biometrics) {
    case 'not-required':
      return reason('biometrics-enrolled', 'Process: biometrics', 'met', 'Biometrics are not required.', [path]);
    case 'enrolled':
      return reason('biometrics-enrolled', 'Process: biometrics', 'met', 'Biometrics are enrolled.', [path]);
    case 'outstanding':
      return reason('biometrics-enrolled', 'Process: biometrics', 'not-met', 'Biometrics are required and have not been enrolled.', [path]);
    case undefined:
      return reason('biometrics-enrolled', 'Process: biometrics', 'unknown', 'Not yet recorded whether biometrics are required and enrolled.', [path], [path]);
  }
}

/**
 * Other applications: with an outstanding application for further leave, the person must have
 * chosen to be considered under the Calais policy. "No" means the other application continues;
 * no answer (or "not answered") means the questionnaire must be chased.
 */
export function otherApplicationReason(other: OtherApplication | undefined): Reason {
  const path = 'otherApplication.outstanding';
  const choicePath = 'otherApplication.considerUnderCalaisPolicy';
  if (other?.outstanding === undefined) {
    return reason('calais-policy-chosen', 'Other applications', 'unknown', 'Not yet recorded whether there is an outstanding application for further leave.', [path], [path]);
  }
  if (!other.outstanding) return reason('calais-policy-chosen', 'Other applications', 'met', 'No outstanding application for further leave.', [path]);
  const details = [other.route ? `on the ${other.route} route` : undefined, other.madeOn ? `made ${formatLong(other.madeOn)}` : undefined, other.inTime === true ? 'in time' : other.inTime === false ? 'out of time' : undefined]
    .filter((part) => part !== undefined)
    .join(', ');
  const application = `Outstanding application for further leave${details ? ` (${details})` : ''}`;
  const facts = [path, choicePath];
  switch (other.considerUnderCalaisPolicy) {
    case 'yes':
      return reason('calais-policy-chosen', 'Other applications', 'met', `${application}; the person chose to be considered under the Calais policy instead.`, facts);
    case 'no':
      return reason('calais-policy-chosen', 'Other applications', 'not-met', `${application}; the person chose not to be considered under the Calais policy.`, facts);
    case 'not-answered':
      return reason('calais-policy-chosen', 'Other applications', 'unknown', `${application}; the person did not answer whether to be considered under the Calais policy.`, facts, [choicePath]);
    case undefined:
      return reason('calais-policy-chosen', 'Other applications', 'unknown', `${application}; the person’s choice is not recorded.`, facts, [choicePath]);
  }
}
