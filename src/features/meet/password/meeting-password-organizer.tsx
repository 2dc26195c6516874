// A signed-in user opening a meeting's link: the organizer goes straight into their own meeting as
// moderator, private or not, with no password. Anyone else (403), or a service without this way in
// (404), or any failure gets the page a guest gets.
import { Box, CircularProgress, Typography } from '@mui/material';

import { joinRoomAsOrganizer } from '@/features/meet/meet-api';
import { useJoinOnOpen } from '@/features/meet/password/use-join-on-open';
import { safeHttpUrl } from '@/lib/safe-url';

import type { ReactNode } from 'react';

export function MeetingPasswordOrganizer({ meetingId, asGuest }: { meetingId: string; asGuest: ReactNode }) {
  const join = useJoinOnOpen(() => joinRoomAsOrganizer(meetingId));

  const noLink = join.isSuccess && !safeHttpUrl(join.data.link_on_meet_with_token);
  if (join.isError || noLink) return asGuest;
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mt: 3 }}>
      <CircularProgress size={20} aria-hidden />
      <Typography>Taking you to your meeting…</Typography>
    </Box>
  );
}
