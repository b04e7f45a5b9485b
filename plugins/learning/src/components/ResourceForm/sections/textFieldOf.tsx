import { FormTextField, FormTextFieldExtras } from '../../forms/formParts';
import { Field, FormState, SectionProps } from '../resourceFormState';

/** A text field bound to one part of the form's state and its problem. */
export function textFieldOf({ state, set, errors }: SectionProps) {
  return (
    field: Field,
    key: keyof FormState,
    label: string,
    extra: FormTextFieldExtras = {},
  ) => (
    <FormTextField
      id={`learning-${field}`}
      label={label}
      value={state[key] as string}
      onChange={value => set(key, value as never)}
      error={errors[field]}
      {...extra}
    />
  );
}
