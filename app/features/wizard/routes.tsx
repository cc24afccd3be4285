/**
 * The wizard's pages, for app/router.tsx to mount under /cases/$caseId.
 */
export { CaseOverviewPage } from './OverviewPage';
export { CheckAnswersPage } from './CheckAnswersPage';
export { OutcomePage } from './OutcomePage';
export { WizardStepPage } from './WizardStepPage';
export { parseWizardSearch } from './navigation';
