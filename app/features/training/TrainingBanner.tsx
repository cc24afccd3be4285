import { useEffect, useState } from 'react';
import { useIsTrainingMode } from './useTrainingMode';

const LARGE_TEXT_KEY = 'calais-large-text';

/** Whether the presenter's large text option is on (kept for this browser tab's session). */
function useLargeText(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => sessionStorage.getItem(LARGE_TEXT_KEY) === 'on');
  useEffect(() => {
    document.documentElement.classList.toggle('app-large-text', on);
    sessionStorage.setItem(LARGE_TEXT_KEY, on ? 'on' : 'off');
  }, [on]);
  return [on, setOn];
}

/** The banner every training page shows, with the presenter's large text switch. */
export function TrainingBanner() {
  const training = useIsTrainingMode();
  const [largeText, setLargeText] = useLargeText();
  useEffect(() => {
    if (!training) document.documentElement.classList.remove('app-large-text');
    else document.documentElement.classList.toggle('app-large-text', largeText);
  }, [training, largeText]);
  if (!training) return null;
  return (
    <div className="app-training-banner app-no-print" role="region" aria-label="Training mode">
      <div className="govuk-width-container app-training-banner__inner">
        <p className="app-training-banner__text">
          <strong>Training mode.</strong> This is a training copy, not a real case. Nothing here changes any real case.
        </p>
        <button type="button" className="app-training-banner__toggle" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
          Large text
        </button>
      </div>
    </div>
  );
}
