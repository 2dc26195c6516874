// /account: the profile, Google Calendar access and meeting minutes.
import { Alert, Box, Button, CircularProgress, Divider, Paper, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { readConsentResult } from '@/api/google-consent';
import { accountQueries } from '@/features/account/account-api';
import { ConsentOutcome } from '@/features/account/consent-outcome';
import { GoogleCalendarCard } from '@/features/account/google-calendar-card';
import { MeetUsage } from '@/features/account/meet-usage';
import { PasswordRow } from '@/features/account/password-row';
import { ProfileForm } from '@/features/account/profile-form';
import { SignOutEverywhere } from '@/features/account/sign-out-everywhere';

export function AccountPage() {
  const { data: user, error, refetch, isFetching } = useQuery(accountQueries.me());
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const consent = readConsentResult(searchParams);

  // Back from Google: the connection changed on the server, so the profile is read again.
  useEffect(() => {
    if (consent) void queryClient.invalidateQueries({ queryKey: accountQueries.me().queryKey });
  }, [consent, queryClient]);

  const dismissConsent = () => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('google');
        return next;
      },
      { replace: true },
    );
  };

  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 760 }}>
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        Account
      </Typography>
      {!user && error ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" loading={isFetching} onClick={() => void refetch()}>
              Try again
            </Button>
          }
        >
          Your profile could not be loaded. {error.message}
        </Alert>
      ) : !user ? (
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 4 }}>
          <CircularProgress size={24} aria-hidden />
          <Typography>Loading your profile…</Typography>
        </Box>
      ) : (
        <Stack spacing={3}>
          {consent && <ConsentOutcome result={consent} email={user.email} onClose={dismissConsent} />}
          <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
            <Typography component="h2" variant="h6" sx={{ mb: 0.5 }}>
              Profile
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>
              {user.company}
            </Typography>
            <ProfileForm key={user.id} user={user} />
          </Paper>
          <PasswordRow />
          <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
            <Stack spacing={3} divider={<Divider flexItem />}>
              <GoogleCalendarCard connected={user.google_calendar_connected} email={user.email} />
              <MeetUsage used={user.meet_minutes_used} limit={user.meet_minutes_limit} />
            </Stack>
          </Paper>
          <SignOutEverywhere />
        </Stack>
      )}
    </Box>
  );
}
