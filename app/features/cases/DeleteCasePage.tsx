import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button, WarningText } from '../../components/govuk';
import { describeStorageError, getRecord } from '../../cases/db';
import { isCaseOpenElsewhere } from '../../cases/editLock';
import { kindOfCaseId, type CaseRecord } from '../../cases/records';
import { deleteCase } from '../../cases/repository';
import { usePageTitle } from '../../usePageTitle';
import { caseName, caseReference } from './caseSummary';
import { setFlashMessage } from './flash';

/** The delete route's page, loaded when first opened (app/router.tsx): a new page per case. */
export function DeleteCaseRoutePage() {
  const { caseId } = useParams({ from: '/delete-case/$caseId' });
  return <DeleteCasePage key={caseId} caseId={caseId} />;
}

/** Asks, with the case's name in the question, before deleting a case from this device. */
export function DeleteCasePage({ caseId }: { caseId: string }) {
  const navigate = useNavigate();
  const [record, setRecord] = useState<CaseRecord | null | undefined>();
  const [openElsewhere, setOpenElsewhere] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState(false);
  const name = record ? caseName(record.caseFile) : undefined;
  const reference = record ? caseReference(record.caseFile) : undefined;
  const who = name ? (reference ? `${name} (${reference})` : name) : '';
  usePageTitle(record === null ? 'Case not found' : record ? `Are you sure you want to delete the case of ${who}?` : 'Delete a case');

  useEffect(() => {
    let cancelled = false;
    getRecord(kindOfCaseId(caseId), caseId)
      .then((found) => {
        if (!cancelled) setRecord(found ?? null);
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(describeStorageError(reason));
      });
    isCaseOpenElsewhere(caseId)
      .then((open) => {
        if (!cancelled) setOpenElsewhere(open);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [caseId]);

  if (record === undefined && !error) return <p className="govuk-body">Loading the case…</p>;
  if (record === null) {
    return (
      <>
        <h1 className="govuk-heading-l">Case not found</h1>
        <p className="govuk-body">There is no case with this address on this device. It may have been deleted already.</p>
        <p className="govuk-body">
          <Link to="/" className="govuk-link">
            Go to your cases
          </Link>
        </p>
      </>
    );
  }

  const confirm = () => {
    setDeleting(true);
    deleteCase(caseId)
      .then(() => {
        setFlashMessage(`The case of ${who} was deleted from this device.`);
        return navigate({ to: '/' });
      })
      .catch((reason: unknown) => {
        setDeleting(false);
        setError(describeStorageError(reason));
      });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error ? (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">The case could not be deleted: {error}.</p>
            </div>
          </div>
        ) : null}
        {record ? (
          <>
            <h1 className="govuk-heading-l">Are you sure you want to delete the case of {who}?</h1>
            <p className="govuk-body">
              The case, its answers, its letter edits and its audit log will be removed from this device. This cannot be
              undone. Export the case first if you may need it again.
            </p>
            {openElsewhere ? <WarningText>This case is open in another tab or window. That tab will not be able to save it once it is deleted.</WarningText> : null}
            <div className="govuk-button-group">
              <Button variant="warning" onClick={confirm} disabled={deleting} aria-disabled={deleting}>
                Yes, delete this case
              </Button>
              <Link to="/" className="govuk-link">
                No, keep it
              </Link>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
