import { useRouterState } from '@tanstack/react-router';
import { useCurrentCase } from '../../cases/CaseContext';
import { sectionStart, type Target } from '../wizard/flow';
import { newItemId, useWizardNavigation } from '../wizard/navigation';
import { SECTIONS } from '../wizard/steps';

interface Stop {
  name: string;
  target: Target;
  /** The path (after /cases/<id>) that marks this stop as the current one. */
  path: string;
}

/**
 * The presenter's step-through: Previous and Next move through the case in order (overview, the
 * first page of each section, check answers, outcome), so a trainer can walk a class through it.
 */
export function StepThrough() {
  const { record } = useCurrentCase();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const { href } = useWizardNavigation(record?.id ?? '');
  if (!record) return null;
  const stops: Stop[] = [{ name: 'Case overview', target: { page: 'overview' }, path: '' }];
  for (const section of SECTIONS) {
    const target = sectionStart(section.key, record.caseFile, newItemId);
    if (target?.page === 'step') stops.push({ name: section.title, target, path: `/${target.step}` });
  }
  stops.push({ name: 'Check your answers', target: { page: 'check-answers' }, path: '/check-answers' }, { name: 'Outcome', target: { page: 'outcome' }, path: '/outcome' });
  const here = pathname.replace(/^\/cases\/[^/]+/, '').replace(/\/$/, '');
  const index = stops.findIndex((stop) => stop.path === here);
  const previous = index > 0 ? stops[index - 1] : undefined;
  const next = index >= 0 ? stops[index + 1] : stops[0];
  return (
    <nav className="app-step-through" aria-label="Step through the case">
      <span className="govuk-body-s govuk-!-margin-right-2">
        Step through{index >= 0 ? ` (${index + 1} of ${stops.length}: ${stops[index]?.name})` : ''}:
      </span>
      {previous ? (
        <a className="govuk-link govuk-!-margin-right-3" href={href(previous.target)}>
          Previous: {previous.name}
        </a>
      ) : null}
      {next ? (
        <a className="govuk-link" href={href(next.target)}>
          Next: {next.name}
        </a>
      ) : null}
    </nav>
  );
}
