// The outcome of the Google consent round trip, read from ?google=… on return to /account.
import { Alert, AlertTitle } from '@mui/material';

import type { ConsentResult } from '@/api/google-consent';

const MESSAGES: Record<
  ConsentResult,
  { severity: 'success' | 'info' | 'warning'; title: string; body: (email: string) => string }
> = {
  connected: {
    severity: 'success',
    title: 'Google Calendar is connected',
    body: () => 'You can now schedule meetings with invitations.',
  },
  denied: {
    severity: 'info',
    title: 'Google Calendar was not connected',
    body: () => 'Access was not granted. Connect again whenever you are ready.',
  },
  wrong_account: {
    severity: 'warning',
    title: 'That was a different Google account',
    body: (email) => `Connect again and choose the Google account ${email}, the email of your RingPlan profile.`,
  },
};

export function ConsentOutcome({
  result,
  email,
  onClose,
}: {
  result: ConsentResult;
  email: string;
  onClose: () => void;
}) {
  const message = MESSAGES[result];
  return (
    <Alert severity={message.severity} onClose={onClose} role={result === 'connected' ? 'status' : 'alert'}>
      <AlertTitle>{message.title}</AlertTitle>
      {message.body(email)}
    </Alert>
  );
}
