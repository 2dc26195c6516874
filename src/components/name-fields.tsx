// First and last name side by side (stacked on phones), as registration and the profile ask for them.
import { Stack } from '@mui/material';

import { FormTextField } from '@/components/form-text-field';

import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';

interface Props<T extends FieldValues> {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}

export function NameFields<T extends FieldValues & { first_name: string; last_name: string }>({
  register,
  errors,
}: Props<T>) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <FormTextField
        label="First name"
        autoComplete="given-name"
        required
        fullWidth
        name={'first_name' as Path<T>}
        register={register}
        errors={errors}
      />
      <FormTextField
        label="Last name"
        autoComplete="family-name"
        required
        fullWidth
        name={'last_name' as Path<T>}
        register={register}
        errors={errors}
      />
    </Stack>
  );
}
