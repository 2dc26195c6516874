// Why a hosted sign-in did not finish, said plainly, with a way back.
import { Alert, Button, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';

import { AuthCard } from '@/features/auth/auth-card';
import type { CallbackFailure } from '@/features/auth/hosted-sign-in/hosted-sign-in-callback';

function explain(failure: CallbackFailure): { title: string; body: string } {
  switch (failure.kind) {
    case 'denied':
      return {
        title: 'Sign-in was cancelled',
        body: 'RingPlan did not sign you in because the sign-in was cancelled or refused.',
      };
    case 'provider-error':
      return { title: 'RingPlan could not sign you in', body: `The sign-in service answered: ${failure.detail}` };
    case 'missing-code':
      return {
        title: 'This sign-in link is incomplete',
        body: 'The address has no sign-in code. Start the sign-in again.',
      };
    case 'no-pending':
      return {
        title: 'This sign-in was not started here',
        body: 'This tab has no sign-in waiting to finish: it was already used, it expired, or it was started in another tab or browser. Start the sign-in again.',
      };
    case 'state-mismatch':
      return {
        title: 'This sign-in could not be verified',
        body: 'The answer from the sign-in service does not belong to the sign-in this tab started (its state does not match), so it was refused to keep your account safe. Start the sign-in again.',
      };
    case 'code-rejected':
      return {
        title: 'This sign-in code was refused',
        body: `Sign-in codes work once and only for a few minutes. The sign-in service said: ${failure.detail}`,
      };
    case 'unreachable':
      return {
        title: 'The sign-in service could not be reached',
        body: 'Check your connection, then start the sign-in again.',
      };
  }
}

export function CallbackFailureView({ failure }: { failure: CallbackFailure }) {
  const { title, body } = explain(failure);
  return (
    <AuthCard title={title}>
      <Stack spacing={2}>
        <Alert severity={failure.kind === 'denied' ? 'info' : 'error'} role="alert">
          {body}
        </Alert>
        <Typography variant="body2" color="text.secondary">
          Nothing was changed in your account.
        </Typography>
        <Button variant="contained" component={RouterLink} to="/sign-in" sx={{ alignSelf: 'flex-start' }}>
          Back to sign-in
        </Button>
      </Stack>
    </AuthCard>
  );
}
