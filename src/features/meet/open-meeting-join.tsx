// A meeting without a password: join at once and go to the room; a failure says so with a Retry.
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { browserLocation } from '@/features/meet/browser-location';
import { joinRoom } from '@/features/meet/meet-api';
import { safeHttpUrl } from '@/lib/safe-url';

export function OpenMeetingJoin({ meetingId }: { meetingId: string }) {
  const join = useMutation({
    mutationFn: () => joinRoom(meetingId, ''),
    onSuccess: ({ link_on_meet_with_token }) => {
      const link = safeHttpUrl(link_on_meet_with_token);
      if (link) browserLocation.assign(link);
    },
  });
  const started = useRef(false);
  const { mutate } = join;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);

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
