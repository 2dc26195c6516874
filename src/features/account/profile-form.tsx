// The editable part of the account: name, mobile and time zone. The email is shown, not edited.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { isApiError } from '@/api/errors';
import { notify } from '@/components/notify';
import { TimeZoneField } from '@/components/time-zone-field';
import { accountQueries, updateMe, type User } from '@/features/account/account-api';
import {
  isProfileField,
  profileDefaults,
  profilePatch,
  profileSchema,
  type ProfileInput,
  type ProfileValues,
} from '@/features/account/profile-schema';
import { formatNumber } from '@/lib/phone';
import { normalizeUsNumber } from '@/lib/us-number';

export function ProfileForm({ user }: { user: User }) {
  const queryClient = useQueryClient();
  // Defaults are read once: a background refetch must never overwrite what the user is typing.
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    setValue,
    formState: { errors, isDirty },
  } = useForm<ProfileInput, unknown, ProfileValues>({ resolver: zodResolver(profileSchema), defaultValues: profileDefaults(user) });
  const mutation = useMutation({
    mutationFn: updateMe,
    onSuccess: (saved) => {
      queryClient.setQueryData(accountQueries.me().queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: accountQueries.me().queryKey });
      reset(profileDefaults(saved));
      notify.success('Your profile is saved.');
    },
    onError: (error) => {
      const fieldErrors = isApiError(error) ? error.fieldErrors() : [];
      const placed = fieldErrors.filter((e) => isProfileField(e.field));
      placed.forEach(({ field, message }, index) => {
        if (isProfileField(field)) setError(field, { message }, { shouldFocus: index === 0 });
      });
      if (placed.length === 0 || placed.length < fieldErrors.length) {
        setError('root', { message: `${error.message} Your changes are kept: try again.` });
      }
    },
  });
  // A profile with no zone yet has the browser's filled in: that is a change worth saving.
  const impliedChange = !user.timezone;

  const onSubmit = handleSubmit((values) => {
    const patch = profilePatch(user, values);
    if (Object.keys(patch).length === 0) {
      reset(values);
      return;
    }
    mutation.mutate(patch);
  });

  return (
    <Stack component="form" noValidate spacing={2.5} onSubmit={(event) => void onSubmit(event)} aria-label="Profile">
      {errors.root?.message && (
        <Alert severity="error" role="alert">
          {errors.root.message}
        </Alert>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField label="First name" autoComplete="given-name" fullWidth required {...register('first_name')} error={Boolean(errors.first_name)} helperText={errors.first_name?.message} />
        <TextField label="Last name" autoComplete="family-name" fullWidth required {...register('last_name')} error={Boolean(errors.last_name)} helperText={errors.last_name?.message} />
      </Stack>
      <TextField
        label="Email"
        value={user.email}
        helperText="You sign in with this email; it cannot be changed here."
        slotProps={{ htmlInput: { readOnly: true } }}
      />
      <TextField
        label="Mobile"
        type="tel"
        autoComplete="tel-national"
        {...register('mobile', {
          onBlur: (event: React.FocusEvent<HTMLInputElement>) => {
            const national = normalizeUsNumber(event.target.value);
            if (national) setValue('mobile', formatNumber(national), { shouldDirty: true });
          },
        })}
        error={Boolean(errors.mobile)}
        helperText={errors.mobile?.message ?? 'A US number for SMS notifications. Leave empty for none.'}
      />
      <Controller
        control={control}
        name="timezone"
        render={({ field, fieldState }) => (
          <TimeZoneField
            label="Time zone"
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? (impliedChange ? 'Your profile had no time zone: this one is your browser’s. Save to keep it.' : 'Meeting times are shown in this zone.')}
          />
        )}
      />
      <Stack direction="row" spacing={1.5}>
        <Button type="submit" variant="contained" loading={mutation.isPending} disabled={!isDirty && !impliedChange}>
          Save changes
        </Button>
        <Button type="button" disabled={!isDirty || mutation.isPending} onClick={() => reset(profileDefaults(user))}>
          Discard changes
        </Button>
      </Stack>
    </Stack>
  );
}
