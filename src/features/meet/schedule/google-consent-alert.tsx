// Why the meeting needs Google Calendar, and the state of the consent round trip, in words.
import { Alert, AlertTitle, Button } from '@mui/material';

import type { ConsentPhase } from '@/features/meet/schedule/schedule-draft-store';

interface Props {
  /** `needed`: the server said the user has no Google credentials yet. */
  state: ConsentPhase | 'needed';
  email: string | undefined;
  connecting: boolean;
  onConnect: () => void;
}

export function GoogleConsentAlert({ state, email, connecting, onConnect }: Props) {
  const account = email
    ? `the Google account with your profile's email, ${email}`
    : "the Google account with your profile's email";
  const connect = (
    <Button color="inherit" size="small" onClick={onConnect} disabled={connecting} sx={{ whiteSpace: 'nowrap' }}>
      {connecting ? 'Connecting…' : 'Connect Google Calendar'}
    </Button>
  );

  if (state === 'connected') {
    return (
      <Alert severity="success" role="status">
        <AlertTitle>Google Calendar connected</AlertTitle>
        Everything you entered is as you left it. Check it and choose Create meeting.
      </Alert>
    );
  }
  if (state === 'denied') {
    return (
      <Alert severity="warning" action={connect}>
        <AlertTitle>Google Calendar was not connected</AlertTitle>
        Access was not granted, so the meeting can't be created yet. Your meeting is kept here. To try again, connect
        and pick {account}.
      </Alert>
    );
  }
  if (state === 'wrong_account') {
    return (
      <Alert severity="warning" action={connect}>
        <AlertTitle>That was a different Google account</AlertTitle>
        Use {account}. Your meeting is kept here.
      </Alert>
    );
  }
  return (
    <Alert severity="info" action={connect}>
      <AlertTitle>Connect your Google Calendar</AlertTitle>
      Scheduled meetings are created in your Google Calendar, which sends the invitations. Connect your Google Calendar:
      pick {account}. What you entered is kept while you're away.
    </Alert>
  );
}
