// "Sign out everywhere": ends the user's sessions on every device and browser, this one included.
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { signOutEverywhere } from '@/api/sign-out';

/** `go` leaves the app for the auth service's sign-out (replaced in tests). */
export function SignOutEverywhere({ go }: { go?: (url: string) => void }) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => signOutEverywhere(go),
    onSuccess: () => queryClient.clear(),
  });
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
        >
          <Box>
            <Typography component="h2" variant="h6">
              Sign out everywhere
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Ends your sessions on every device and browser, this one included. An app open elsewhere stops when its
              current sign-in lapses, within 8 hours.
            </Typography>
          </Box>
          <Button
            variant="outlined"
            color="error"
            loading={mutation.isPending || mutation.isSuccess}
            onClick={() => mutation.mutate()}
            sx={{ flexShrink: 0 }}
          >
            Sign out everywhere
          </Button>
        </Stack>
        {mutation.isError && <Alert severity="error">Could not sign out everywhere: {mutation.error.message}</Alert>}
      </Stack>
    </Paper>
  );
}
