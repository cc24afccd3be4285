import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/** Label, hint and error shared by every GOV.UK question. */
interface QuestionText {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Make the label the page heading (one question per page pattern). */
  isPageHeading?: boolean;
  labelClassName?: string;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** GOV.UK error message, with the visually hidden "Error:" prefix screen readers rely on. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

function Label({ id, label, isPageHeading, labelClassName }: QuestionText) {
  const className = `govuk-label${labelClassName ? ` ${labelClassName}` : isPageHeading ? ' govuk-label--l' : ''}`;
  const labelElement = (
    <label className={className} htmlFor={id}>
      {label}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement;
}

/** The form group around a single-control question: label (or page heading), hint and error. */
function QuestionFrame({
  id,
  label,
  hint,
  error,
  isPageHeading,
  labelClassName,
  children,
}: Omit<QuestionText, 'isPageHeading' | 'labelClassName'> & { isPageHeading: boolean | undefined; labelClassName: string | undefined; children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Label id={id} label={label} {...(isPageHeading ? { isPageHeading } : {})} {...(labelClassName ? { labelClassName } : {})} />
      {hint ? <div id={`${id}-hint`} className="govuk-hint">{hint}</div> : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      {children}
    </div>
  );
}

type TextInputProps = QuestionText &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { ref?: Ref<HTMLInputElement>; widthClass?: string };

/** GOV.UK text input. */
export function TextInput({ id, label, hint, error, isPageHeading, labelClassName, widthClass, ref, ...input }: TextInputProps) {
  return (
    <QuestionFrame id={id} label={label} hint={hint} error={error} isPageHeading={isPageHeading} labelClassName={labelClassName}>
      <input
        ref={ref}
        id={id}
        type="text"
        className={`govuk-input${widthClass ? ` ${widthClass}` : ''}${error ? ' govuk-input--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </QuestionFrame>
  );
}

type TextareaProps = QuestionText & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { ref?: Ref<HTMLTextAreaElement> };

/** GOV.UK textarea. */
export function Textarea({ id, label, hint, error, isPageHeading, labelClassName, ref, rows = 4, ...textarea }: TextareaProps) {
  return (
    <QuestionFrame id={id} label={label} hint={hint} error={error} isPageHeading={isPageHeading} labelClassName={labelClassName}>
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </QuestionFrame>
  );
}

type SelectProps = QuestionText &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { ref?: Ref<HTMLSelectElement>; options: { value: string; text: string }[] };

/** GOV.UK select. Prefer radios for short lists. */
export function Select({ id, label, hint, error, isPageHeading, labelClassName, options, ref, ...select }: SelectProps) {
  return (
    <QuestionFrame id={id} label={label} hint={hint} error={error} isPageHeading={isPageHeading} labelClassName={labelClassName}>
      <select ref={ref} id={id} className={`govuk-select${error ? ' govuk-select--error' : ''}`} aria-describedby={describedBy(id, hint, error)} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </QuestionFrame>
  );
}

interface FieldsetProps {
  legend: ReactNode;
  isPageHeading?: boolean;
  legendSize?: 's' | 'm' | 'l' | 'xl';
  hint?: ReactNode;
  hintId?: string;
  error?: string | undefined;
  errorId?: string;
  children: ReactNode;
  /** Wrap in a form group (and show the error state on it). */
  formGroup?: boolean;
  role?: string;
}

/** GOV.UK fieldset with legend, hint and error message. */
export function Fieldset({ legend, isPageHeading, legendSize, hint, hintId, error, errorId, children, formGroup = true, role }: FieldsetProps) {
  const size = legendSize ?? (isPageHeading ? 'l' : 'm');
  const described = [hint && hintId ? hintId : null, error && errorId ? errorId : null].filter(Boolean).join(' ') || undefined;
  const fieldset = (
    <fieldset className="govuk-fieldset" aria-describedby={described} role={role}>
      <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${size}`}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {hint ? <div id={hintId} className="govuk-hint">{hint}</div> : null}
      {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      {children}
    </fieldset>
  );
  if (!formGroup) return fieldset;
  return <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{fieldset}</div>;
}

/** One option of a radios or checkboxes group; `conditional` is revealed when it is chosen. */
export interface ChoiceOption {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  conditional?: ReactNode;
}

type ChoiceInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value'> & { ref?: Ref<HTMLInputElement> };

interface RadiosProps {
  /** Base id: the first option's input gets this id, so error links land on it. */
  id: string;
  legend: ReactNode;
  isPageHeading?: boolean;
  legendSize?: 's' | 'm' | 'l' | 'xl';
  hint?: ReactNode;
  error?: string | undefined;
  options: ChoiceOption[];
  /** Current value, used only to reveal conditional content. */
  value?: string | undefined;
  inline?: boolean;
  small?: boolean;
  inputProps: ChoiceInputProps;
}

/**
 * GOV.UK radios. Conditional content is revealed by React from the current value rather than by
 * govuk-frontend's script, and stays in the DOM order right after its option for screen readers.
 */
export function Radios({ id, legend, isPageHeading, legendSize, hint, error, options, value, inline, small, inputProps }: RadiosProps) {
  return (
    <Fieldset
      legend={legend}
      {...(isPageHeading ? { isPageHeading } : {})}
      {...(legendSize ? { legendSize } : {})}
      hint={hint}
      hintId={`${id}-hint`}
      error={error}
      errorId={`${id}-error`}
    >
      <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}${small ? ' govuk-radios--small' : ''}`}>
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${index + 1}`;
          const conditionalId = `conditional-${inputId}`;
          const revealed = option.conditional !== undefined && value === option.value;
          return (
            <div key={option.value}>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  type="radio"
                  value={option.value}
                  aria-controls={option.conditional !== undefined ? conditionalId : undefined}
                  // Says whether the option's follow-up questions are shown, as govuk-frontend does.
                  aria-expanded={option.conditional !== undefined ? revealed : undefined}
                  aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
                  {...inputProps}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {option.text}
                </label>
                {option.hint ? (
                  <div id={`${inputId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
              {option.conditional !== undefined ? (
                <div className={`govuk-radios__conditional${revealed ? '' : ' govuk-radios__conditional--hidden'}`} id={conditionalId}>
                  {revealed ? option.conditional : null}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

interface CheckboxProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  small?: boolean;
  inputProps: ChoiceInputProps;
}

/** A single GOV.UK checkbox (for a yes/no the user ticks), outside a group. */
export function Checkbox({ id, label, hint, small, inputProps }: CheckboxProps) {
  return (
    <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
      <div className="govuk-checkboxes__item">
        <input className="govuk-checkboxes__input" id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...inputProps} />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
            {hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Values of the three boxes of a GOV.UK date input, kept as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

type DateBoxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { ref?: Ref<HTMLInputElement> };

interface DateInputProps {
  /** Base id: the day box gets `${id}-day`, and error links should point at it (or the first box in error). */
  id: string;
  legend: ReactNode;
  isPageHeading?: boolean;
  legendSize?: 's' | 'm' | 'l' | 'xl';
  hint?: ReactNode;
  error?: string | undefined;
  /** Which boxes to mark as in error; all three when not given and there is an error. */
  errorParts?: ('day' | 'month' | 'year')[];
  /** Props (from react-hook-form's register, or value and onChange) for each box. */
  dayProps: DateBoxProps;
  monthProps: DateBoxProps;
  yearProps: DateBoxProps;
}

/** GOV.UK date input: day, month and year boxes in a fieldset. */
export function DateInput({ id, legend, isPageHeading, legendSize, hint, error, errorParts, dayProps, monthProps, yearProps }: DateInputProps) {
  const inError = (part: 'day' | 'month' | 'year') => Boolean(error) && (!errorParts || errorParts.length === 0 || errorParts.includes(part));
  const box = (part: 'day' | 'month' | 'year', label: string, width: string, props: DateBoxProps) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input ${width}${inError(part) ? ' govuk-input--error' : ''}`}
          id={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          {...props}
        />
      </div>
    </div>
  );
  return (
    <Fieldset
      legend={legend}
      {...(isPageHeading ? { isPageHeading } : {})}
      legendSize={legendSize ?? (isPageHeading ? 'l' : 's')}
      hint={hint}
      hintId={`${id}-hint`}
      error={error}
      errorId={`${id}-error`}
      role="group"
    >
      <div className="govuk-date-input" id={id}>
        {box('day', 'Day', 'govuk-input--width-2', dayProps)}
        {box('month', 'Month', 'govuk-input--width-2', monthProps)}
        {box('year', 'Year', 'govuk-input--width-4', yearProps)}
      </div>
    </Fieldset>
  );
}
