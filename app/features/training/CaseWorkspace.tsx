import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { decide } from '../../../src/rules';
import { Button } from '../../components/govuk';
import { useCurrentCase } from '../../cases/CaseContext';
import { todayIso } from '../wizard/today';
import { ExplanationPanel } from './ExplanationPanel';
import { loadScenarioLibrary } from './scenarioLibrary';
import { StepThrough } from './StepThrough';
import { resetTrainingCopy } from './trainingCopies';
import { useTrainingMode } from './useTrainingMode';

const PANEL_KEY = 'calais-explanation-panel';

/** Whether the explanation panel is shown: on by default in training mode, remembered for the tab. */
function usePanelPreference(training: boolean): [boolean, (on: boolean) => void] {
  const key = `${PANEL_KEY}:${training ? 'training' : 'case'}`;
  const [on, setOn] = useState(() => {
    const stored = sessionStorage.getItem(key);
    return stored === null ? training : stored === 'on';
  });
  return [
    on,
    (next) => {
      sessionStorage.setItem(key, next ? 'on' : 'off');
      setOn(next);
    },
  ];
}

/**
 * The frame around the wizard's pages: the explanation panel beside them (a toggle, on by
 * default for training copies), and for a training copy its banner with reset and the
 * presenter's step-through. The panel reads `decide`'s result; it is computed only while shown.
 */
export function CaseWorkspace() {
  const { record } = useCurrentCase();
  if (!record) throw new Error('The case is not loaded');
  const training = record.kind === 'training';
  useTrainingMode(training);
  const [panel, setPanel] = usePanelPreference(training);
  const [today] = useState(todayIso);
  const decisionDate = record.caseFile.decisionDate ?? today;
  const decision = useMemo(() => (panel ? decide(record.caseFile, { decisionDate }) : undefined), [panel, record.caseFile, decisionDate]);
  const onOutcomePage = useRouterState({ select: (state) => state.location.pathname.endsWith('/outcome') });

  return (
    <>
      {training ? <TrainingCopyBar /> : null}
      <p className="app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" aria-expanded={panel} aria-controls="explanation" onClick={() => setPanel(!panel)}>
          {panel ? 'Hide the explanation' : 'Show how the rules see this case'}
        </button>
      </p>
      {panel && decision && !onOutcomePage ? (
        <div className="govuk-grid-row app-with-explanation">
          <div className="govuk-grid-column-two-thirds">
            <Outlet />
          </div>
          <div className="govuk-grid-column-one-third" id="explanation">
            <ExplanationPanel decision={decision} caseFile={record.caseFile} />
          </div>
        </div>
      ) : (
        <>
          <Outlet />
          {panel && decision ? (
            <div id="explanation">
              <ExplanationPanel decision={decision} caseFile={record.caseFile} />
            </div>
          ) : null}
        </>
      )}
    </>
  );
}

/** The training copy's own bar: which scenario, reset to the original, back to the library. */
function TrainingCopyBar() {
  const { record } = useCurrentCase();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  if (!record) return null;
  const title = record.caseFile.scenario?.title ?? 'Training copy';

  const reset = async () => {
    setProblem(undefined);
    try {
      const file = record.scenarioFile;
      if (!file) throw new Error('this training copy does not record which scenario it came from');
      // Read the scenario as published now, through the same validation as the library.
      const entries = await loadScenarioLibrary((url) => fetch(url, { cache: 'no-cache' }));
      const entry = entries.find((candidate) => candidate.file === file);
      if (!entry?.ok) throw new Error(entry && !entry.ok ? entry.error : `the scenario file ${file} is no longer in the library`);
      await resetTrainingCopy(record.id, entry.caseFile);
      // The open pages hold the old answers in memory: start the case afresh from storage.
      await navigate({ to: '/cases/$caseId', params: { caseId: record.id } });
      window.location.reload();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setConfirming(false);
    }
  };

  return (
    <div className="app-training-copy app-no-print">
      <p className="govuk-body govuk-!-margin-bottom-2">
        <strong>Training copy:</strong> {title}
      </p>
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The copy could not be reset: {problem}
        </p>
      ) : null}
      {confirming ? (
        <div className="govuk-button-group" role="group" aria-label="Confirm reset">
          <p className="govuk-body govuk-!-margin-bottom-2">Every change you made to this training copy will be lost.</p>
          <Button variant="warning" onClick={() => void reset()}>
            Yes, reset to the original
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <div className="govuk-button-group">
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Reset to the original
          </Button>
          <Link to="/scenarios" className="govuk-link">
            Back to the scenario library
          </Link>
        </div>
      )}
      <StepThrough />
    </div>
  );
}
