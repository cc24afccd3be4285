import type { ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { DateInput, Radios, Textarea, TextInput } from '../../components/govuk';
import type { Field, FieldProblem, FormValues } from './fields';

interface FieldViewProps {
  field: Field;
  fields: readonly Field[];
  values: FormValues;
  problems: ReadonlyMap<string, FieldProblem>;
  register: UseFormRegister<FormValues>;
  disabled: boolean;
  /** Extra content shown just before a field (the suggested sentence end date). */
  before?: (field: Field) => ReactNode;
}

const YES_NO = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

/** One question, with the questions it reveals nested under the matching option. */
export function FieldView(props: FieldViewProps) {
  const { field, fields, values, problems, register, disabled, before } = props;
  const problem = problems.get(field.name);
  const error = problem?.message;
  const extra = before?.(field);
  let control: ReactNode;
  switch (field.kind) {
    case 'text':
    case 'months':
      control = (
        <TextInput
          id={field.name}
          label={field.label}
          labelClassName="govuk-label--s"
          hint={field.hint}
          error={error}
          disabled={disabled}
          spellCheck={false}
          {...(field.kind === 'text'
            ? { type: field.inputType ?? 'text', autoComplete: field.autoComplete ?? 'off', ...(field.widthClass ? { widthClass: field.widthClass } : {}) }
            : { inputMode: 'decimal' as const, widthClass: 'govuk-input--width-5', autoComplete: 'off' })}
          {...register(field.name)}
        />
      );
      break;
    case 'textarea':
      control = <Textarea id={field.name} label={field.label} labelClassName="govuk-label--s" hint={field.hint} error={error} disabled={disabled} rows={3} {...register(field.name)} />;
      break;
    case 'date':
      control = (
        <DateInput
          id={field.name}
          legend={field.label}
          legendSize="s"
          hint={field.hint ?? 'For example, 27 3 2019'}
          error={error}
          {...(problem?.parts ? { errorParts: problem.parts } : {})}
          dayProps={{ ...register(`${field.name}.day`), disabled }}
          monthProps={{ ...register(`${field.name}.month`), disabled }}
          yearProps={{ ...register(`${field.name}.year`), disabled }}
        />
      );
      break;
    case 'radios':
    case 'yesNo': {
      const options = (field.kind === 'yesNo' ? YES_NO : field.options).map((option) => {
        const revealed = fields.filter((child) => child.showIf?.name === field.name && child.showIf.equals === option.value);
        return {
          value: option.value,
          text: option.text,
          ...('hint' in option && typeof option.hint === 'string' ? { hint: option.hint } : {}),
          ...(revealed.length > 0
            ? {
                conditional: (
                  <>
                    {revealed.map((child) => (
                      <FieldView key={child.name} {...props} field={child} />
                    ))}
                  </>
                ),
              }
            : {}),
        };
      });
      const value = values[field.name];
      control = (
        <Radios
          id={field.name}
          legend={field.label}
          legendSize="s"
          hint={field.hint}
          error={error}
          options={options}
          value={typeof value === 'string' ? value : undefined}
          inline={field.kind === 'yesNo' && Boolean(field.inline) && options.every((option) => !option.conditional)}
          inputProps={{ ...register(field.name), disabled }}
        />
      );
      break;
    }
  }
  return (
    <>
      {extra}
      {control}
    </>
  );
}
