// A meeting without a password: join at once and go to the room; a failure says so with a Retry.
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';

import { joinRoom } from '@/features/meet/meet-api';
import { useJoinOnOpen } from '@/features/meet/password/use-join-on-open';

export function OpenMeetingJoin({ meetingId }: { meetingId: string }) {
  const join = useJoinOnOpen(() => joinRoom(meetingId, ''));

  if (join.isError) {
    return (
      <Alert
        severity="error"
        sx={{ mt: 3 }}
        action={
          <Button color="inherit" size="small" onClick={() => join.mutate()}>
            Retry
          </Button>
        }
      >
        Couldn't open the meeting. {join.error.message}
      </Alert>
    );
  }
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mt: 3 }}>
      <CircularProgress size={20} aria-hidden />
      <Typography>Taking you to the meeting…</Typography>
    </Box>
  );
}
