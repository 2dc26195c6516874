// The editable part of the account: name, mobile and time zone. The email is shown, not edited.
import { Alert, Button, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';

import { isApiError } from '@/api/errors';
import { meQuery, type User } from '@/api/me-query';
import { firstInteraction } from '@/components/first-interaction';
import { FormTextField } from '@/components/form-text-field';
import { NameFields } from '@/components/name-fields';
import { notify } from '@/components/notify';
import { OutlinedField } from '@/components/outlined-field';
import { TimeZoneField } from '@/components/time-zone-field';
import { useUpdateMe } from '@/features/account/account-api';
import { isProfileField, profileDefaults } from '@/features/account/profile-fields';
import type { ProfileInput, ProfileValues } from '@/features/account/profile-schema';
import { formatNumber } from '@/lib/phone';

// The form's rules (zod and the phone number library, ~40 KB gz) download once the user first acts on
// the page, not with it: the fields show at once, and the rules are in long before the first check
// (which loads them itself if they are not).
const loadRules = () => import('@/features/account/profile-schema');
const loadNumbers = () => import('@/lib/us-number');
// Offline, the first check loads them again.
void firstInteraction.then(() => loadRules()).catch(() => undefined);

const resolver: Resolver<ProfileInput, unknown, ProfileValues> = async (values, context, options) => {
  try {
    return await (await loadRules()).profileResolver(values, context, options);
  } catch {
    // Offline before the rules arrived: nothing is sent, nothing typed is lost.
    return {
      values: {},
      errors: {
        root: {
          type: 'load',
          message: 'Your changes could not be checked: you seem to be offline. They are kept: try again.',
        },
      },
    };
  }
};

export function ProfileForm({ user }: { user: User }) {
  const queryClient = useQueryClient();
  const serverValues = useMemo(() => profileDefaults(user), [user]);
  // A newer profile from the server (a refetch after a warm start from the saved cache) replaces the
  // fields the user has not touched; what they are typing is never overwritten.
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    setValue,
    getValues,
    formState: { errors, isDirty },
  } = useForm<ProfileInput, unknown, ProfileValues>({
    resolver,
    defaultValues: serverValues,
    values: serverValues,
    resetOptions: { keepDirtyValues: true },
  });
  const mutation = useUpdateMe({
    onSuccess: (saved) => {
      // The saved profile shows at once (the frame's name too); the refetch the mutation asks for confirms it.
      queryClient.setQueryData(meQuery().queryKey, saved);
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

  const onSubmit = handleSubmit(async (values) => {
    const patch = (await loadRules()).profilePatch(user, values);
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
      <NameFields register={register} errors={errors} />
      <OutlinedField
        label="Email"
        value={user.email}
        helperText="You sign in with this email; it cannot be changed here."
        readOnly
      />
      <FormTextField
        label="Mobile"
        type="tel"
        autoComplete="tel-national"
        name="mobile"
        register={register}
        errors={errors}
        options={{
          onBlur: (event: React.FocusEvent<HTMLInputElement>) => {
            const typed = event.target.value;
            void loadNumbers().then(
              ({ normalizeUsNumber }) => {
                const national = normalizeUsNumber(typed);
                // Unless the user is already typing again.
                if (national && getValues('mobile') === typed)
                  setValue('mobile', formatNumber(national), { shouldDirty: true });
              },
              () => undefined,
            );
          },
        }}
        helperText="A US number for SMS notifications. Leave empty for none."
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
            helperText={
              fieldState.error?.message ??
              (impliedChange
                ? 'Your profile had no time zone: this one is your browser’s. Save to keep it.'
                : 'New meetings start in this zone. The meeting lists show each meeting in its own zone and, beneath, the time here when the zones differ.')
            }
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
