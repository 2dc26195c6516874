// A text field of a react-hook-form form: registered under its name, with the field's error (from the
// form's rules or put back from the API's answer) in place of its hint. An OutlinedField, not MUI's
// TextField: the forms that use it (sign-in's tokens, registration, the profile) need no select.
import { OutlinedField, type OutlinedFieldProps } from '@/components/outlined-field';

import type { FieldError, FieldErrors, FieldValues, Path, RegisterOptions, UseFormRegister } from 'react-hook-form';

type Props<T extends FieldValues> = Omit<OutlinedFieldProps, 'name' | 'error'> & {
  name: Path<T>;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  /** Passed to `register`, such as an `onBlur` of the field's own. */
  options?: RegisterOptions<T, Path<T>>;
};

export function FormTextField<T extends FieldValues>({
  name,
  register,
  errors,
  options,
  helperText,
  ...field
}: Props<T>) {
  const error = (errors as Record<string, FieldError | undefined>)[name]?.message;
  const { ref, ...registered } = register(name, options);
  return (
    <OutlinedField {...field} {...registered} inputRef={ref} error={Boolean(error)} helperText={error ?? helperText} />
  );
}
