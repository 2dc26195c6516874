// A meeting's details: the invitation to copy, Add to calendar (.ics), and for the organizer "Open as
// moderator", with the password and moderator password when this tab created the meeting (the list
// never returns them).
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import EventIcon from '@mui/icons-material/Event';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';

import { copyText } from '@/components/clipboard';
import { useCreatedMeeting } from '@/features/meet/created-meetings-store';
import type { CalendarEvent } from '@/features/meet/meet-api';
import { eventTitle } from '@/features/meet/tables/event-columns';
import { downloadTextFile } from '@/lib/download-file';
import { buildICalendar, icsFileName } from '@/lib/icalendar';
import { invitationText } from '@/lib/meeting-format';
import { safeHttpUrl } from '@/lib/safe-url';
import { formatLocal, localToInstant } from '@/lib/zoned-time';

interface Props {
  row: CalendarEvent;
  /** The signed-in user's email, to know whether they organize this meeting. */
  userEmail: string | undefined;
  onClose: () => void;
}

export function EventDetailsDialog({ row, userEmail, onClose }: Props) {
  const { event } = row;
  const facts = useCreatedMeeting(event.meeting_id);
  const title = eventTitle(row);
  const isOrganizer = Boolean(userEmail) && row.organizer_email.toLowerCase() === userEmail?.toLowerCase();
  const password = isOrganizer ? facts?.password : undefined;
  const start = formatLocal(event.date_start, event.timeZone);
  const when =
    event.event_type === 'scheduled'
      ? `${start} – ${formatLocal(event.date_end, event.timeZone)} (${event.timeZone})`
      : `${start} (${event.timeZone})`;
  const invitation = invitationText({
    title,
    link: event.link_on_meet,
    meetingId: event.meeting_id,
    when,
    password,
    passwordUnknown: row.is_private && !password,
    description: event.description,
  });
  // Outside the tab that created it, the meeting's own link takes its signed-in organizer in as moderator.
  const moderatorLink = isOrganizer
    ? (safeHttpUrl(facts?.moderatorLink) ?? safeHttpUrl(event.link_on_meet))
    : undefined;

  const addToCalendar = () => {
    const startAt = localToInstant(event.date_start, event.timeZone);
    const text =
      facts?.cal ??
      (startAt && !Number.isNaN(startAt.getTime())
        ? buildICalendar({
            uid: `${event.meeting_id}@ringplan-portal`,
            start: startAt,
            end: localToInstant(event.date_end, event.timeZone) ?? undefined,
            stamp: new Date(),
            summary: title,
            description: invitation,
            location: event.link_on_meet,
            url: safeHttpUrl(event.link_on_meet),
            organizer: row.organizer_email,
            attendees: event.attendees,
          })
        : null);
    if (text) downloadTextFile(text, icsFileName(title), 'text/calendar;charset=utf-8');
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="details-title">
      <DialogTitle id="details-title">{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          {when}
          {row.is_private ? ' · Private meeting' : ''}
        </Typography>
        <Typography component="h3" variant="subtitle2" sx={{ mb: 1 }}>
          Invitation
        </Typography>
        {/* Text, never markup: user text from the API is shown as typed. */}
        <Box
          component="pre"
          tabIndex={0}
          aria-label="Invitation text"
          sx={{
            m: 0,
            p: 1.5,
            bgcolor: 'action.hover',
            borderRadius: 1,
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            font: 'inherit',
            typography: 'body2',
          }}
        >
          {invitation}
        </Box>
        {row.is_private && isOrganizer && !password && (
          <Alert severity="info" sx={{ mt: 2 }}>
            The password isn't in the invitation: the app only knows it in the tab where the meeting was created. Send
            it to your guests yourself.
          </Alert>
        )}
        {isOrganizer && facts?.moderatorPassword && (
          <Typography variant="body2" sx={{ mt: 2 }}>
            Moderator password:{' '}
            <Box component="span" sx={{ fontFamily: 'monospace' }}>
              {facts.moderatorPassword}
            </Box>
          </Typography>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button startIcon={<ContentCopyIcon />} onClick={() => void copyText(invitation, 'Invitation')}>
          Copy invitation
        </Button>
        <Button startIcon={<EventIcon />} onClick={addToCalendar}>
          Add to calendar
        </Button>
        {moderatorLink && (
          <Button href={moderatorLink} target="_blank" rel="noopener noreferrer">
            Open as moderator
          </Button>
        )}
        <Button onClick={onClose} variant="contained">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
