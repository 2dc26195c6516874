// The account page's Password row: changing it happens on the auth service's own page (as the
// guide's portal does), which returns here with ?password=changed.
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useSearchParams } from 'react-router';

import { passwordChangeUrl } from '@/api/config';

function changeHref(): string {
  const url = new URL(passwordChangeUrl());
  url.searchParams.set('return_to', `${window.location.origin}/account`);
  return url.toString();
}

export function PasswordRow() {
  const [searchParams, setSearchParams] = useSearchParams();
  const changed = searchParams.get('password') === 'changed';
  const dismiss = () => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('password');
        return next;
      },
      { replace: true },
    );
  };
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        {changed && (
          <Alert severity="success" role="status" onClose={dismiss}>
            Your password was changed.
          </Alert>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Box>
            <Typography component="h2" variant="h6">
              Password
            </Typography>
            <Typography variant="body2" color="text.secondary">
              To change password you will be redirected to RingPlan&apos;s sign-in service.
            </Typography>
          </Box>
          <Button variant="outlined" href={changeHref()} aria-label="Change password">
            Change
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
