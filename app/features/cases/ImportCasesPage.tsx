import { Link } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { Button, ErrorSummary, NotificationBanner, Radios, type SummaryError } from '../../components/govuk';
import { CaseExistsError, describeStorageError, getRecord, RevisionConflictError } from '../../cases/db';
import { checkImportSize, readImportFile, type FileReadResult } from '../../cases/exportFormat';
import type { CaseRecord } from '../../cases/records';
import { storeImportedCases, type ImportChoice } from '../../cases/repository';
import { usePageTitle } from '../../usePageTitle';
import { caseName, caseReference } from './caseSummary';
import { formatUpdated } from './CaseListPage';

/** A valid case from a file, and the stored case with the same id, if any. */
interface Candidate {
  key: string;
  fileName: string;
  record: CaseRecord;
  note: string | undefined;
  /** The stored case with the same id, or the earlier case in this import with it. */
  clash: { stored: CaseRecord | undefined; inThisImport: boolean } | undefined;
}

type Step =
  | { name: 'choose' }
  | { name: 'review'; failed: string[]; candidates: Candidate[] }
  | { name: 'done'; failed: string[]; imported: CaseRecord[] };

function who(record: CaseRecord): string {
  const reference = caseReference(record.caseFile);
  const name = caseName(record.caseFile);
  return reference ? `${name} (${reference})` : name;
}

/** Reads each chosen file (refusing one over the size limit before reading it) and validates it. */
async function readFiles(files: File[]): Promise<FileReadResult[]> {
  const importedAt = new Date().toISOString();
  return Promise.all(
    files.map(async (file): Promise<FileReadResult> => {
      const tooLarge = checkImportSize(file.name, file.size);
      if (tooLarge) return { fileName: file.name, ok: false, messages: [tooLarge] };
      try {
        return readImportFile(file.name, await file.text(), importedAt);
      } catch (error) {
        return { fileName: file.name, ok: false, messages: [`${file.name}: the file could not be read (${describeStorageError(error)})`] };
      }
    }),
  );
}

/**
 * Imports cases from files: each file is checked on its own; a file with any problem is listed
 * with every problem (file, field, what is wrong) and nothing from it is stored. A case whose id is
 * already on this device is imported only after the caseworker chooses to replace it or keep both.
 */
export function ImportCasesPage() {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [choices, setChoices] = useState<Record<string, 'replace' | 'keep-both'>>({});
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  usePageTitle(step.name === 'done' ? 'Cases imported' : step.name === 'review' ? 'Check the import' : 'Import cases', errors.length > 0);

  const showErrors = (list: SummaryError[]) => {
    setErrors(list);
    setFocusKey((key) => key + 1);
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const files = Array.from(fileInput.current?.files ?? []);
    if (files.length === 0) {
      showErrors([{ fieldId: 'import-files', message: 'Select one or more files to import' }]);
      return;
    }
    setBusy(true);
    try {
      const results = await readFiles(files);
      const failed = results.flatMap((result) => (result.ok ? [] : result.messages));
      const candidates: Candidate[] = [];
      const seen = new Set<string>();
      for (const result of results) {
        if (!result.ok) continue;
        for (const imported of result.cases) {
          const stored = await getRecord('case', imported.record.id);
          const inThisImport = seen.has(imported.record.id);
          seen.add(imported.record.id);
          candidates.push({
            key: `case-${candidates.length}`,
            fileName: result.fileName,
            record: imported.record,
            note: imported.note,
            clash: stored || inThisImport ? { stored, inThisImport } : undefined,
          });
        }
      }
      setErrors([]);
      setChoices({});
      setStep({ name: 'review', failed, candidates });
    } catch (error) {
      showErrors([{ fieldId: 'import-files', message: `The files could not be checked: ${describeStorageError(error)}` }]);
    } finally {
      setBusy(false);
    }
  };

  const store = async (candidates: Candidate[], failed: string[]) => {
    const missing = candidates.filter((candidate) => candidate.clash && !choices[candidate.key]);
    if (missing.length > 0) {
      showErrors(missing.map((candidate) => ({ fieldId: `choice-${candidate.key}`, message: `Select whether to replace the case of ${who(candidate.record)} or keep both` })));
      return;
    }
    setBusy(true);
    try {
      const items = candidates.map(({ key, record, clash }): { record: CaseRecord; choice: ImportChoice } => {
        if (!clash) return { record, choice: { action: 'new' } };
        // A second case with the same id in this import can only be kept beside the first.
        if (choices[key] === 'keep-both' || !clash.stored || clash.inThisImport) return { record, choice: { action: 'keep-both' } };
        return { record, choice: { action: 'replace', seenRevision: clash.stored.revision } };
      });
      const imported = await storeImportedCases(items);
      setErrors([]);
      setStep({ name: 'done', failed, imported });
    } catch (error) {
      const message =
        error instanceof RevisionConflictError || error instanceof CaseExistsError
          ? 'A case on this device changed while you were checking the import. Nothing was imported: check the files again.'
          : `Nothing was imported: ${describeStorageError(error)}`;
      showErrors([{ fieldId: 'import-submit', message }]);
    } finally {
      setBusy(false);
    }
  };

  if (step.name === 'done') {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NotificationBanner success title="Success">
            <h1 className="govuk-notification-banner__heading">
              {step.imported.length} {step.imported.length === 1 ? 'case was' : 'cases were'} imported
            </h1>
          </NotificationBanner>
          <ul className="govuk-list govuk-list--bullet">
            {step.imported.map((record) => (
              <li key={record.id}>
                <Link to="/cases/$caseId" params={{ caseId: record.id }} className="govuk-link">
                  {who(record)}
                </Link>
              </li>
            ))}
          </ul>
          {step.failed.length > 0 ? <FailedFiles messages={step.failed} /> : null}
          <p className="govuk-body">
            <Link to="/" className="govuk-link">
              Go to your cases
            </Link>
          </p>
        </div>
      </div>
    );
  }

  if (step.name === 'review') {
    const { candidates, failed } = step;
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={focusKey} />
          <h1 className="govuk-heading-l">Check the import</h1>
          {failed.length > 0 ? <FailedFiles messages={failed} /> : null}
          {candidates.length === 0 ? (
            <p className="govuk-body">No cases can be imported from the files you chose. Nothing on this device was changed.</p>
          ) : (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void store(candidates, failed);
              }}
            >
              <h2 className="govuk-heading-m">{candidates.length === 1 ? 'Case to import' : `${candidates.length} cases to import`}</h2>
              {candidates.map((candidate) => (
                <div key={candidate.key} className="govuk-!-margin-bottom-6">
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{who(candidate.record)}</h3>
                  <p className="govuk-body-s">From {candidate.fileName}. Last updated {formatUpdated(candidate.record.updatedAt)}.</p>
                  {candidate.note ? <p className="govuk-body-s">{candidate.note}</p> : null}
                  {candidate.clash ? (
                    <ClashQuestion
                      candidate={candidate}
                      value={choices[candidate.key]}
                      error={errors.find((error) => error.fieldId === `choice-${candidate.key}`)?.message}
                      onChange={(value) => setChoices((current) => ({ ...current, [candidate.key]: value }))}
                    />
                  ) : null}
                </div>
              ))}
              <div className="govuk-button-group">
                <Button type="submit" id="import-submit" disabled={busy} aria-disabled={busy}>
                  {candidates.length === 1 ? 'Import this case' : `Import ${candidates.length} cases`}
                </Button>
                <Link to="/" className="govuk-link">
                  Cancel
                </Link>
              </div>
            </form>
          )}
          <p className="govuk-body">
            <button
              type="button"
              className="govuk-link app-link-button"
              onClick={() => {
                setErrors([]);
                setStep({ name: 'choose' });
              }}
            >
              Choose other files
            </button>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} focusKey={focusKey} />
        <h1 className="govuk-heading-l">Import cases</h1>
        <p className="govuk-body">
          Import cases exported from this service on any device, or case files such as the training scenarios. Each file is
          checked first: nothing is stored until you confirm, and a file with a problem is not imported at all.
        </p>
        <form noValidate onSubmit={(event) => void check(event)}>
          <div className={`govuk-form-group${errors.length > 0 ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="import-files">
              Upload case files
            </label>
            <div id="import-files-hint" className="govuk-hint">
              JSON files, up to 5 MB each. You can choose more than one.
            </div>
            {errors.length > 0 ? (
              <p id="import-files-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors[0]?.message}
              </p>
            ) : null}
            <input
              ref={fileInput}
              id="import-files"
              name="import-files"
              type="file"
              multiple
              accept=".json,application/json"
              className={`govuk-file-upload${errors.length > 0 ? ' govuk-file-upload--error' : ''}`}
              aria-describedby={`import-files-hint${errors.length > 0 ? ' import-files-error' : ''}`}
            />
          </div>
          <div className="govuk-button-group">
            <Button type="submit" disabled={busy} aria-disabled={busy}>
              Check files
            </Button>
            <Link to="/" className="govuk-link">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

function FailedFiles({ messages }: { messages: string[] }) {
  return (
    <div className="govuk-error-summary" role="alert" aria-labelledby="import-failed-title">
      <h2 className="govuk-error-summary__title" id="import-failed-title">
        Some files cannot be imported
      </h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">Nothing from these files was imported, and nothing on this device was changed by them.</p>
        <ul className="govuk-list govuk-error-summary__list app-import-problems">
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function ClashQuestion({
  candidate,
  value,
  error,
  onChange,
}: {
  candidate: Candidate;
  value: 'replace' | 'keep-both' | undefined;
  error: string | undefined;
  onChange: (value: 'replace' | 'keep-both') => void;
}) {
  const stored = candidate.clash?.stored;
  if (candidate.clash?.inThisImport || !stored) {
    return <p className="govuk-body-s">Another case in this import has the same id, so this one will be imported as a new case beside it.</p>;
  }
  const id = `choice-${candidate.key}`;
  return (
    <Radios
      id={id}
      legend={`A case with the same id is already on this device: ${who(stored)}, last updated ${formatUpdated(stored.updatedAt)}. What do you want to do?`}
      legendSize="s"
      error={error}
      value={value}
      options={[
        { value: 'replace', text: 'Replace the case on this device with the one in the file' },
        { value: 'keep-both', text: 'Keep both: import this as a new case' },
      ]}
      inputProps={{
        name: id,
        onChange: (event) => onChange(event.target.value as 'replace' | 'keep-both'),
      }}
    />
  );
}
