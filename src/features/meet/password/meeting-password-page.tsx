// /meet/:meetingId, signed in or not: the meeting's title and time, then straight into the room when the
// meeting is open, or a password form when it is private. The server checks the password and limits tries.
// A signed-in organizer goes into their own meeting as moderator with no password.
import { Alert, Box, Button, CircularProgress, Paper, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { isApiError } from '@/api/errors';
import { useSession } from '@/api/session-store';
import { eventQueries } from '@/features/meet/meet-api';
import { MeetingPasswordForm } from '@/features/meet/password/meeting-password-form';
import { MeetingPasswordOrganizer } from '@/features/meet/password/meeting-password-organizer';
import { OpenMeetingJoin } from '@/features/meet/password/open-meeting-join';
import { formatLocal } from '@/lib/zoned-time';

export function MeetingPasswordPage() {
  const { meetingId = '' } = useParams();
  const room = useQuery({ ...eventQueries.room(meetingId), throwOnError: false, retry: false });
  const signedIn = useSession() !== null;
  const guestJoin = room.data?.is_private ? (
    <MeetingPasswordForm meetingId={meetingId} />
  ) : (
    <OpenMeetingJoin meetingId={meetingId} />
  );

  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', px: 2, py: { xs: 4, md: 8 } }}>
      <Paper variant="outlined" sx={{ p: { xs: 3, md: 4 }, width: '100%', maxWidth: 440 }}>
        <Typography variant="overline" component="p" sx={{ color: 'primary.main', fontWeight: 700 }}>
          RingPlan Meet
        </Typography>
        {room.isPending ? (
          <Box aria-busy="true" aria-label="Loading the meeting">
            <Skeleton variant="text" sx={{ fontSize: '2rem' }} />
            <Skeleton variant="text" width="60%" />
            <Skeleton variant="rounded" height={56} sx={{ mt: 2 }} />
          </Box>
        ) : room.isError ? (
          isApiError(room.error) && room.error.status === 404 ? (
            <>
              <Typography variant="h5" component="h1">
                Meeting not found
              </Typography>
              <Typography sx={{ mt: 1, color: 'text.secondary' }}>
                There is no meeting with the ID {meetingId}. Check the link you were sent, or ask the organizer for a
                new one.
              </Typography>
            </>
          ) : (
            <>
              <Typography variant="h5" component="h1">
                Meeting
              </Typography>
              <Alert
                severity="error"
                sx={{ mt: 2 }}
                action={
                  <Button color="inherit" size="small" onClick={() => void room.refetch()} disabled={room.isFetching}>
                    {room.isFetching ? <CircularProgress size={16} color="inherit" aria-label="Retrying" /> : 'Retry'}
                  </Button>
                }
              >
                The meeting could not be loaded. {room.error.message}
              </Alert>
            </>
          )
        ) : (
          <>
            <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
              {room.data.title_meet || `Meeting ${room.data.meeting_id}`}
            </Typography>
            <Typography sx={{ mt: 0.5, color: 'text.secondary' }}>
              {formatLocal(room.data.date_start, room.data.timeZone)} ({room.data.timeZone})
            </Typography>
            {signedIn ? <MeetingPasswordOrganizer meetingId={meetingId} asGuest={guestJoin} /> : guestJoin}
          </>
        )}
      </Paper>
    </Box>
  );
}
