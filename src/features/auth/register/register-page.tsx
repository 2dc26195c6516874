// /register: a new company and its primary user.
import { Link, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { AuthCard } from '@/features/auth/auth-card';
import type { RegisteredUser } from '@/features/auth/register/register-api';
import { RegisterForm } from '@/features/auth/register/register-form';
import { RegisteredPanel } from '@/features/auth/register/registered-panel';

export function RegisterPage() {
  const [registered, setRegistered] = useState<RegisteredUser | null>(null);
  if (registered) {
    return (
      <AuthCard title="You are registered">
        <RegisteredPanel user={registered} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Register your company" maxWidth={560}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Create the RingPlan account of your company’s first user.
      </Typography>
      <RegisterForm onRegistered={setRegistered} />
      <Typography variant="body2" sx={{ mt: 2 }}>
        Already registered?{' '}
        <Link component={RouterLink} to="/sign-in">
          Sign in
        </Link>
      </Typography>
    </AuthCard>
  );
}
