// A meeting without a password: join at once and go to the room; a failure says so with a Retry.
import { Box, CircularProgress, Typography } from '@mui/material';

import { RetryAlert } from '@/components/retry-alert';
import { joinRoom } from '@/features/meet/meet-api';
import { useJoinOnOpen } from '@/features/meet/password/use-join-on-open';

export function OpenMeetingJoin({ meetingId }: { meetingId: string }) {
  const join = useJoinOnOpen(() => joinRoom(meetingId, ''));

  if (join.isError) {
    return (
      <RetryAlert sx={{ mt: 3 }} onRetry={() => join.mutate()}>
        Couldn't open the meeting. {join.error.message}
      </RetryAlert>
    );
  }
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mt: 3 }}>
      <CircularProgress size={20} aria-hidden />
      <Typography>Taking you to the meeting…</Typography>
    </Box>
  );
}
