import { useParams, useSearch } from '@tanstack/react-router';
import { useCurrentCase } from '../../cases/CaseContext';
import { usePageTitle } from '../../usePageTitle';
import { FormStepPage } from './FormStepPage';
import { ListStepPage } from './ListStepPage';
import { SuitabilityPage } from './SuitabilityPage';
import { parseWizardSearch } from './navigation';
import { draftKey } from './status';
import { isStepKey, STEPS } from './steps';

/** One step of the wizard, chosen by the address: /cases/$caseId/$step?dependant=&item=. */
export function WizardStepPage() {
  const params = useParams({ strict: false });
  const search = parseWizardSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const editor = useCurrentCase();
  const stepKey = params.step ?? '';
  if (!isStepKey(stepKey) || !editor.record) return <StepNotFound />;
  const step = STEPS[stepKey];
  const ctx = { dependant: search.dependant, item: search.item };
  // A new key per page and item, so no form state carries over from the page before.
  const key = draftKey(stepKey, ctx);
  // data-wizard-page says which page is on screen, so tests can wait for the page the address names.
  return (
    <div data-wizard-page={key}>
      {step.kind === 'list' ? (
        <ListStepPage key={key} step={step} ctx={ctx} returnTo={search.returnTo} />
      ) : step.key === 'suitability' ? (
        <SuitabilityPage key={`${key}|${search.focus ?? ''}`} step={step} ctx={ctx} returnTo={search.returnTo} focus={search.focus} />
      ) : (
        <FormStepPage key={`${key}|${search.focus ?? ''}`} step={step} ctx={ctx} returnTo={search.returnTo} focus={search.focus} />
      )}
    </div>
  );
}

function StepNotFound() {
  usePageTitle('Page not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">There is no page with this address in the case.</p>
      </div>
    </div>
  );
}
