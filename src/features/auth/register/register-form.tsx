// The registration form: the fields the auth service takes, with its field errors put back on them.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Link, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';

import { getConfig } from '@/api/config';
import { isApiError } from '@/api/errors';
import { FormTextField } from '@/components/form-text-field';
import { NameFields } from '@/components/name-fields';
import { PasswordStrengthMeter } from '@/features/auth/register/password-strength-meter';
import { registerUser, type RegisteredUser } from '@/features/auth/register/register-api';
import {
  DEV_REGISTRATION_KEY,
  isRegisterField,
  registerSchema,
  type RegisterValues,
} from '@/features/auth/register/register-schema';

type RootProblem = { kind: 'exists' } | { kind: 'other'; message: string };

export function RegisterForm({ onRegistered }: { onRegistered: (user: RegisteredUser) => void }) {
  const sandbox = getConfig().environment === 'sandbox';
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors },
  } = useForm<RegisterValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: {
      first_name: '',
      last_name: '',
      email: '',
      company: '',
      key: sandbox ? DEV_REGISTRATION_KEY : '',
      pwd: '',
    },
  });
  const mutation = useMutation({ mutationFn: registerUser, onSuccess: onRegistered });

  const onSubmit = handleSubmit((values) => {
    mutation.mutate(values, {
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          setError('email', { message: 'An account with this email already exists.' }, { shouldFocus: true });
          setError('root', { type: 'exists' });
          return;
        }
        const fieldErrors = isApiError(error) ? error.fieldErrors() : [];
        const unplaced: string[] = [];
        let focused = false;
        for (const { field, message } of fieldErrors) {
          if (isRegisterField(field)) {
            setError(field, { message }, { shouldFocus: !focused });
            focused = true;
          } else unplaced.push(message);
        }
        if (focused && unplaced.length === 0) return;
        const message = unplaced.length > 0 ? unplaced.join(' ') : error.message;
        setError('root', { type: 'other', message: `${message} Your entries are kept: correct them or try again.` });
      },
    });
  });

  const rootProblem: RootProblem | null =
    errors.root?.type === 'exists'
      ? { kind: 'exists' }
      : errors.root?.message
        ? { kind: 'other', message: errors.root.message }
        : null;
  const password = useWatch({ control, name: 'pwd' });

  const fieldOf = { register, errors };

  return (
    <Stack component="form" noValidate spacing={2} onSubmit={(event) => void onSubmit(event)} aria-label="Register">
      {rootProblem?.kind === 'exists' && (
        <Alert severity="warning" role="alert">
          An account with this email already exists:{' '}
          <Link component={RouterLink} to="/sign-in">
            sign in
          </Link>
          .
        </Alert>
      )}
      {rootProblem?.kind === 'other' && (
        <Alert severity="error" role="alert">
          {rootProblem.message}
        </Alert>
      )}
      <NameFields register={register} errors={errors} />
      <FormTextField label="Email" type="email" autoComplete="email" required name="email" {...fieldOf} />
      <FormTextField label="Company" autoComplete="organization" required name="company" {...fieldOf} />
      <FormTextField
        label="Registration key"
        autoComplete="off"
        required
        name="key"
        {...fieldOf}
        helperText={
          sandbox ? 'Sandbox: the guide’s development key is filled in.' : 'The key RingPlan gave your company.'
        }
      />
      <FormTextField
        label="Password (optional)"
        type="password"
        autoComplete="new-password"
        name="pwd"
        {...fieldOf}
        inputProps={{ 'aria-describedby': 'password-strength' }}
      />
      <PasswordStrengthMeter password={password} id="password-strength" />
      <Button type="submit" variant="contained" size="large" loading={mutation.isPending}>
        Create account
      </Button>
    </Stack>
  );
}
