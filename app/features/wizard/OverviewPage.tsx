import { useMemo, useState } from 'react';
import { TaskList, type TaskListItem, type TagColour } from '../../components/govuk';
import { useCurrentCase } from '../../cases/CaseContext';
import { usePageTitle } from '../../usePageTitle';
import { sectionStart } from './flow';
import { newItemId, useWizardNavigation } from './navigation';
import { cannotStartReason, sectionStatus, STATUS_TEXT, type SectionStatus } from './status';
import { personName, SECTIONS } from './steps';
import { todayIso } from './today';

const COLOURS: Record<SectionStatus, TagColour | undefined> = {
  'not-started': 'blue',
  'in-progress': 'light-blue',
  completed: undefined,
  'cannot-start': undefined,
};

/** The case overview: the GOV.UK task list of the wizard's sections, each with its status. */
export function CaseOverviewPage() {
  usePageTitle('Case overview');
  const editor = useCurrentCase();
  const record = editor.record;
  if (!record) throw new Error('The case is not loaded');
  const { href } = useWizardNavigation(record.id);
  const [today] = useState(todayIso);
  const caseFile = record.caseFile;
  const { items, decisionComplete } = useMemo(() => {
    const list: TaskListItem[] = SECTIONS.map((section) => {
      const status = sectionStatus(section.key, caseFile, record.drafts, today);
      const start = section.key === 'decision' && status === 'completed' ? { page: 'check-answers' as const } : sectionStart(section.key, caseFile, newItemId);
      const reason = status === 'cannot-start' ? cannotStartReason(section.key, caseFile, today) : undefined;
      return {
        id: `task-${section.key}`,
        title: section.title,
        href: start ? href(start) : undefined,
        ...(reason ? { hint: reason } : {}),
        status: { text: STATUS_TEXT[status], colour: COLOURS[status], cannotStart: status === 'cannot-start' },
      };
    });
    return { items: list, decisionComplete: sectionStatus('decision', caseFile, record.drafts, today) === 'completed' };
  }, [caseFile, record.drafts, today, href]);
  const reference = caseFile.identity?.homeOfficeReference;
  const done = items.filter((item) => item.status.text === STATUS_TEXT.completed).length;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">
          {personName(caseFile) === 'the person' ? 'New case' : personName(caseFile)}
          {reference ? `, ${reference}` : ''}
          {record.kind === 'training' ? ' (training copy)' : ''}
        </span>
        <h1 className="govuk-heading-l">Case overview</h1>
        <p className="govuk-body">
          You have completed {done} of {items.length} sections. You can do them in any order; the decision can be made once the others are complete, or sooner when no answer still missing could change the outcome.
        </p>
        <TaskList items={items} />
        {decisionComplete ? (
          <p className="govuk-body">
            <a className="govuk-link" href={href({ page: 'outcome' })}>
              See the outcome
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
