import { useMemo, useState } from 'react';
import type { CaseFile } from '../../../src/case';
import { formatLong, isIsoDate } from '../../../src/dates';
import { decide, type Decision } from '../../../src/rules';
import { Button, DateInput, Radios, Select, TextInput } from '../../components/govuk';
import { ReasonItem } from './ExplanationPanel';
import { OUTCOME_NAMES } from './scenarioLibrary';
import { compareDecisions, currentValue, setAtPath, whatIfFields, type WhatIfField } from './whatIf';

interface WhatIfPanelProps {
  caseFile: CaseFile;
  /** The decision date the case is decided on now. */
  decisionDate: string;
  decision: Decision;
  /** Writes the change into the case (only when the trainer chooses to apply it). */
  onApply?: ((path: string, value: unknown) => void) | undefined;
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string } | undefined;

function parseValue(field: WhatIfField, raw: { text: string; day: string; month: string; year: string }): Parsed {
  switch (field.kind) {
    case 'date': {
      if (!raw.day && !raw.month && !raw.year) return undefined;
      const iso = `${raw.year.trim().padStart(4, '0')}-${raw.month.trim().padStart(2, '0')}-${raw.day.trim().padStart(2, '0')}`;
      return /^\d{4}$/.test(raw.year.trim()) && isIsoDate(iso) ? { ok: true, value: iso } : { ok: false, error: `${field.label} must be a real date` };
    }
    case 'number': {
      if (!raw.text.trim()) return undefined;
      const value = Number(raw.text);
      return Number.isFinite(value) && value >= 0 ? { ok: true, value } : { ok: false, error: `${field.label} must be a number, like 6 or 18` };
    }
    case 'yes-no':
      return raw.text ? { ok: true, value: raw.text === 'yes' } : undefined;
    case 'choice':
      return raw.text ? { ok: true, value: raw.text } : undefined;
  }
}

/**
 * "What if": change one answer and see the outcome and reasons it would give, with the
 * differences marked. The case itself is untouched unless the trainer applies the change.
 */
export function WhatIfPanel({ caseFile, decisionDate, decision, onApply }: WhatIfPanelProps) {
  const fields = useMemo(() => whatIfFields(caseFile), [caseFile]);
  const [path, setPath] = useState('');
  const [raw, setRaw] = useState({ text: '', day: '', month: '', year: '' });
  const field = fields.find((candidate) => candidate.path === path);
  const parsed = field ? parseValue(field, raw) : undefined;

  const result = useMemo(() => {
    if (!field || !parsed?.ok) return undefined;
    const changed = setAtPath(caseFile, field.path, parsed.value);
    const date = field.path === 'decisionDate' ? String(parsed.value) : decisionDate;
    const after = decide(changed, { decisionDate: date });
    return { after, ...compareDecisions(decision, after) };
  }, [caseFile, decision, decisionDate, field, parsed]);

  const choose = (nextPath: string) => {
    setPath(nextPath);
    const next = fields.find((candidate) => candidate.path === nextPath);
    const value = next ? currentValue(caseFile, next) : '';
    const [year = '', month = '', day = ''] = next?.kind === 'date' && value ? value.split('-') : [];
    setRaw({ text: next?.kind === 'date' ? '' : value, day, month, year });
  };

  return (
    <section className="app-what-if" aria-labelledby="what-if-title">
      <h2 className="govuk-heading-m" id="what-if-title">
        What if an answer were different?
      </h2>
      <p className="govuk-body-s">Change one answer to see the decision it would give. The case is not changed unless you apply it.</p>
      <Select
        id="what-if-field"
        label="Answer to change"
        value={path}
        onChange={(event) => choose(event.target.value)}
        options={[{ value: '', text: 'Choose an answer' }, ...fields.map((candidate) => ({ value: candidate.path, text: candidate.label }))]}
      />
      {field?.kind === 'date' ? (
        <DateInput
          id="what-if-date"
          legend={`New value: ${field.label}`}
          error={parsed && !parsed.ok ? parsed.error : undefined}
          dayProps={{ value: raw.day, onChange: (event) => setRaw({ ...raw, day: event.target.value }), name: 'what-if-day' }}
          monthProps={{ value: raw.month, onChange: (event) => setRaw({ ...raw, month: event.target.value }), name: 'what-if-month' }}
          yearProps={{ value: raw.year, onChange: (event) => setRaw({ ...raw, year: event.target.value }), name: 'what-if-year' }}
        />
      ) : null}
      {field?.kind === 'number' ? (
        <TextInput
          id="what-if-number"
          label={`New value: ${field.label}`}
          inputMode="decimal"
          widthClass="govuk-input--width-5"
          error={parsed && !parsed.ok ? parsed.error : undefined}
          value={raw.text}
          onChange={(event) => setRaw({ ...raw, text: event.target.value })}
        />
      ) : null}
      {field?.kind === 'yes-no' || field?.kind === 'choice' ? (
        <Radios
          id="what-if-choice"
          legend={`New value: ${field.label}`}
          legendSize="s"
          small
          options={field.kind === 'yes-no' ? [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }] : (field.options ?? []).map((option) => ({ ...option }))}
          value={raw.text}
          inputProps={{ name: 'what-if-choice', onChange: (event) => setRaw({ ...raw, text: event.target.value }) }}
        />
      ) : null}
      {result && field && parsed?.ok ? (
        <div className="app-what-if__result" aria-live="polite">
          <h3 className="govuk-heading-s">The decision would be</h3>
          <p className={`govuk-body-l${result.outcomeChanged ? ' app-outcome-changed' : ''}`} data-testid="what-if-outcome">
            <strong>{OUTCOME_NAMES[result.after.outcome]}</strong>
            {result.outcomeChanged ? <span className="govuk-body-s"> (now: {OUTCOME_NAMES[decision.outcome]})</span> : <span className="govuk-body-s"> (no change)</span>}
          </p>
          {result.after.eligibleFrom ? (
            <p className="govuk-body">
              The outcome would change from <strong>{formatLong(result.after.eligibleFrom)}</strong>, when the time-limited grounds stop applying.
            </p>
          ) : null}
          {result.changes.length === 0 ? (
            <p className="govuk-body-s">No requirement changes.</p>
          ) : (
            <>
              <p className="govuk-body-s">
                {result.changes.length === 1 ? '1 requirement changes:' : `${result.changes.length} requirements change:`}
              </p>
              <ol className="govuk-list app-reasons">
                {result.changes.map((change) =>
                  change.after ? (
                    <ReasonItem
                      key={change.code}
                      reason={change.after}
                      caseFile={caseFile}
                      highlight={change.before ? `(was ${change.before.status.replace('-', ' ')}${change.before.citation !== change.after.citation ? `, ${change.before.citation}` : ''})` : '(new)'}
                    />
                  ) : (
                    <li key={change.code} className="app-reason app-reason--changed govuk-body-s">
                      {change.before?.citation}: no longer checked
                    </li>
                  ),
                )}
              </ol>
            </>
          )}
          {onApply ? (
            <div className="govuk-button-group">
              <Button onClick={() => onApply(field.path, parsed.value)}>Apply this change to the case</Button>
              <Button variant="secondary" onClick={() => choose('')}>
                Clear
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
