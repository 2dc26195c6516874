// A labelled, outlined text field, put together from MUI's parts. MUI's TextField can also be a select,
// so it always brings Select with its menu, popover and modal (about 18 KB gz); the fields on the
// pages people open first (searches, the composer, a meeting's password, the profile) don't need them.
// `sx` styles the field as a whole; `className`, like every other input prop, goes to the outlined input
// (an Autocomplete's input root class belongs there).
import { FormControl, FormHelperText, InputLabel, OutlinedInput, type OutlinedInputProps } from '@mui/material';
import { useId, type ReactNode } from 'react';

export interface OutlinedFieldProps extends Omit<OutlinedInputProps, 'label'> {
  label: ReactNode;
  helperText?: ReactNode;
  /** The label always sits on the outline, as over an input that is never empty (a date). */
  shrinkLabel?: boolean;
}

export function OutlinedField({
  label,
  helperText,
  shrinkLabel,
  id,
  size,
  error,
  disabled,
  required,
  fullWidth = true,
  sx,
  inputProps,
  ...input
}: OutlinedFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const helperId = helperText ? `${inputId}-helper-text` : undefined;
  const describedBy = [helperId, inputProps?.['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <FormControl size={size} error={error} disabled={disabled} required={required} fullWidth={fullWidth} sx={sx}>
      <InputLabel id={`${inputId}-label`} htmlFor={inputId} {...(shrinkLabel ? { shrink: true } : {})}>
        {label}
      </InputLabel>
      <OutlinedInput
        id={inputId}
        label={label}
        {...(shrinkLabel ? { notched: true } : {})}
        {...input}
        inputProps={{ ...inputProps, 'aria-describedby': describedBy }}
      />
      {helperText && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
