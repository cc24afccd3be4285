import { useIsTrainingMode } from './useTrainingMode';

/** The banner every training page shows, above the main content. */
export function TrainingBanner() {
  const training = useIsTrainingMode();
  if (!training) return null;
  return (
    <div className="app-training-banner" role="region" aria-label="Training mode">
      <div className="govuk-width-container">
        <strong>Training mode.</strong> This is a training copy, not a real case. Nothing here changes any real case.
      </div>
    </div>
  );
}
