import { useMemo } from 'react';
import type { CaseFile } from '../../../src/case';
import { useWizardNavigation } from './navigation';
import { unfinishedPages } from './status';
import { SECTIONS } from './steps';

interface DecisionNotReadyProps {
  caseId: string;
  caseFile: CaseFile;
  today: string;
  /** The page's own heading ("You cannot see the outcome yet"). */
  heading: string;
  /** 1 when this is the page's main heading, 2 when it is a part of a page. */
  level: 1 | 2;
  /** What is held back: "the outcome", "the letters". */
  what: string;
}

/**
 * What is still needed before the decision can start, GOV.UK style: each unfinished section with
 * a link to each page to finish. Shown instead of the outcome and the decision letters, so that
 * no outcome is shown, and no letter offered, on answers that are not finished.
 */
export function DecisionNotReady({ caseId, caseFile, today, heading, level, what }: DecisionNotReadyProps) {
  const { href } = useWizardNavigation(caseId);
  const pages = useMemo(() => unfinishedPages(caseFile, today), [caseFile, today]);
  const sections = SECTIONS.map((section) => ({ ...section, pages: pages.filter((page) => page.section === section.key) })).filter((section) => section.pages.length > 0);
  const Heading = level === 1 ? 'h1' : 'h2';
  const SectionHeading = level === 1 ? 'h2' : 'h3';
  return (
    <div id="decision-not-ready">
      <Heading className={level === 1 ? 'govuk-heading-l' : 'govuk-heading-m'}>{heading}</Heading>
      <p className="govuk-body">
        The decision can be made when every other section of the case is complete, or sooner when no answer still missing could change the outcome. Until then {what} cannot be shown. Finish these first:
      </p>
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`still-needed-${section.key}`}>
          <SectionHeading className="govuk-heading-s" id={`still-needed-${section.key}`}>
            {section.title}
          </SectionHeading>
          <ul className="govuk-list govuk-list--bullet">
            {section.pages.map((page) => (
              <li key={`${page.step}|${page.ctx.dependant ?? ''}|${page.ctx.item ?? ''}`}>
                <a className="govuk-link" href={href({ page: 'step', step: page.step, ctx: page.ctx })}>
                  {page.title}
                </a>
                {page.todo ? `: ${page.todo}` : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="govuk-body">
        <a className="govuk-link" href={href({ page: 'overview' })}>
          Return to the case overview
        </a>
      </p>
    </div>
  );
}
