// Whether Google Calendar is connected (scheduling meetings needs it), with a way to connect it.
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Alert, Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';

import { startGoogleConsent } from '@/api/google-consent';

export function GoogleCalendarCard({ connected, email }: { connected: boolean; email: string }) {
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const connect = () => {
    setStarting(true);
    setProblem(null);
    startGoogleConsent('/account').catch((error: unknown) => {
      setStarting(false);
      setProblem(error instanceof Error ? error.message : 'The Google consent page could not be opened.');
    });
  };

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="h2" variant="h6">
          Google Calendar
        </Typography>
        {connected ? (
          <Chip icon={<CheckCircleIcon />} color="success" label="Connected" size="small" variant="outlined" />
        ) : (
          <Chip label="Not connected" size="small" variant="outlined" />
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {connected
          ? 'Scheduled meetings are added to your Google Calendar and invitations go out from it.'
          : `Scheduling meetings needs access to your Google Calendar. Choose the Google account ${email} when Google asks.`}
      </Typography>
      {problem && <Alert severity="error">{problem}</Alert>}
      <Button
        variant={connected ? 'outlined' : 'contained'}
        onClick={connect}
        loading={starting}
        sx={{ alignSelf: 'flex-start' }}
      >
        {connected ? 'Reconnect Google Calendar' : 'Connect Google Calendar'}
      </Button>
    </Stack>
  );
}
