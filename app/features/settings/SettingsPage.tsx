import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { signatorySchema } from '../../../src/letters/signatory';
import type { Signatory } from '../../../src/letters';
import { Button, ErrorSummary, NotificationBanner, TextInput, Textarea, type SummaryError } from '../../components/govuk';
import { usePageTitle } from '../../usePageTitle';
import { loadSignatory, saveSignatory } from './signatory';

const FIELD_IDS: Record<keyof Signatory, string> = { name: 'signatory-name', team: 'signatory-team', officeAddress: 'signatory-office-address' };

/**
 * The signatory every letter carries: the caseworker's name, team and office address. Kept in this
 * browser on this device only, like the cases.
 */
export function SettingsPage() {
  const [submitCount, setSubmitCount] = useState(0);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();
  const [loaded, setLoaded] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
    // The error summary takes focus (as on every other page), not the first field in error.
  } = useForm({ resolver: zodResolver(signatorySchema), defaultValues: { name: '', team: '', officeAddress: '' }, shouldFocusError: false });

  useEffect(() => {
    let cancelled = false;
    loadSignatory()
      .then((signatory) => {
        if (cancelled) return;
        if (signatory) reset(signatory);
        setLoaded(true);
      })
      .catch(() => {
        if (!cancelled) setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [reset]);

  const summary: SummaryError[] = (Object.keys(FIELD_IDS) as (keyof Signatory)[]).flatMap((key) => {
    const message = errors[key]?.message;
    return message ? [{ fieldId: FIELD_IDS[key], message }] : [];
  });
  usePageTitle('Settings: letter signatory', summary.length > 0);

  const onSubmit = handleSubmit(
    async (values) => {
      setSaveError(undefined);
      try {
        await saveSignatory(values);
        setSaved(true);
      } catch (error) {
        setSaved(false);
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    },
    () => {
      setSaved(false);
      setSubmitCount((n) => n + 1);
    },
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} focusKey={submitCount} />
        {saved ? (
          <NotificationBanner success title="Success">
            <p className="govuk-notification-banner__heading">The signatory has been saved. Every letter now carries these details.</p>
          </NotificationBanner>
        ) : null}
        {saveError ? (
          <NotificationBanner title="Important">
            <p className="govuk-notification-banner__heading">The signatory could not be saved: {saveError}</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Letter signatory</h1>
        <p className="govuk-body">Every letter is signed with these details. They are kept in this browser on this device only, and are not part of any case.</p>
        {loaded ? (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput id={FIELD_IDS.name} label="Caseworker’s name" autoComplete="name" spellCheck={false} error={errors.name?.message} {...register('name', { onChange: () => setSaved(false) })} />
            <TextInput id={FIELD_IDS.team} label="Team" hint="For example, Calais Leave Settlement Team" error={errors.team?.message} {...register('team', { onChange: () => setSaved(false) })} />
            <Textarea
              id={FIELD_IDS.officeAddress}
              label="Office address"
              hint="Write each line of the address on a new line"
              rows={5}
              error={errors.officeAddress?.message}
              {...register('officeAddress', { onChange: () => setSaved(false) })}
            />
            <Button type="submit">Save signatory</Button>
          </form>
        ) : (
          <p className="govuk-body">Loading…</p>
        )}
      </div>
    </div>
  );
}
