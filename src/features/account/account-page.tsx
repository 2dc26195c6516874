// /account: two tabs, as the guide's portal has them. User profile: the profile, Google Calendar access
// and meeting minutes. Company: the company and its texting numbers. The tab lives in the URL
// (`?tab=company`), so it can be bookmarked and survives a reload.
import { Alert, Box, Button, CircularProgress, Divider, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

import { readConsentResult } from '@/api/google-consent';
import { meQuery } from '@/api/me-query';
import { queryKeys } from '@/api/query-keys';
import { CompanyTab } from '@/features/account/company-tab';
import { ConsentOutcome } from '@/features/account/consent-outcome';
import { GoogleCalendarCard } from '@/features/account/google-calendar-card';
import { MeetUsage } from '@/features/account/meet-usage';
import { NotificationSettings } from '@/features/account/notification-settings';
import { PasswordRow } from '@/features/account/password-row';
import { ProfileForm } from '@/features/account/profile-form';
import { SignOutEverywhere } from '@/features/account/sign-out-everywhere';

type AccountTab = 'profile' | 'company';

export function AccountPage() {
  const { data: user, error, refetch, isFetching } = useQuery(meQuery());
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const consent = readConsentResult(searchParams);
  const tab: AccountTab = searchParams.get('tab') === 'company' ? 'company' : 'profile';

  // Back from Google: the connection changed on the server, so the profile is read again.
  useEffect(() => {
    if (consent) void queryClient.invalidateQueries({ queryKey: queryKeys.me.all });
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

  const showTab = (next: AccountTab) => {
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (next === 'profile') params.delete('tab');
      else params.set('tab', next);
      return params;
    });
  };

  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 760 }}>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        Account
      </Typography>
      <Tabs
        value={tab}
        onChange={(_, next: AccountTab) => showTab(next)}
        selectionFollowsFocus
        aria-label="Account settings"
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        <Tab label="User profile" value="profile" id="account-tab-profile" aria-controls="account-tabpanel" />
        <Tab label="Company" value="company" id="account-tab-company" aria-controls="account-tabpanel" />
      </Tabs>
      <Box role="tabpanel" id="account-tabpanel" aria-labelledby={`account-tab-${tab}`}>
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
        ) : tab === 'company' ? (
          <CompanyTab user={user} />
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
            <NotificationSettings />
            <SignOutEverywhere />
          </Stack>
        )}
      </Box>
    </Box>
  );
}
