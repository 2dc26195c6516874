// The events table's columns, as the guide's tables have them: time(s), zone, title (with a lock on
// private meetings), description, participants, Go to Meet, Recording, and a way into the details.
import LockIcon from '@mui/icons-material/Lock';
import { Box, Link, type SxProps, type Theme } from '@mui/material';
import { Fragment, type ReactNode } from 'react';
import type { CalendarEvent, EventsTab } from '@/features/meet/meet-api';
import { EventTime } from '@/features/meet/event-time';
import { GoToMeetCell } from '@/features/meet/go-to-meet-cell';
import { safeHttpUrl } from '@/lib/safe-url';

export function eventTitle(row: CalendarEvent): string {
  return row.event.title_meet.trim() || row.event.summary.trim() || row.event.meeting_id;
}

export interface EventColumn {
  key: string;
  header: string;
  /** The cell's own styles (width, wrapping), header and body alike. */
  sx?: SxProps<Theme>;
  render: (row: CalendarEvent) => ReactNode;
}

interface Options {
  tab: EventsTab;
  userZone: string;
  /** The Recording column is shown when a meeting on the page has a recording. */
  showRecording: boolean;
  onOpenDetails: (row: CalendarEvent) => void;
}

/** A zone name that wraps after its slashes rather than being cut off. */
function ZoneName({ zone }: { zone: string }) {
  return zone.split('/').map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

export function eventColumns({ tab, userZone, showRecording, onOpenDetails }: Options): EventColumn[] {
  const columns: EventColumn[] = [
    {
      key: 'when',
      header: tab === 'scheduled' ? 'Start / End' : 'Date',
      sx: { minWidth: 170, whiteSpace: 'nowrap' },
      render: (row) => (
        <EventTime
          start={row.event.date_start}
          end={tab === 'scheduled' ? row.event.date_end : undefined}
          zone={row.event.timeZone}
          userZone={userZone}
        />
      ),
    },
    {
      key: 'timeZone',
      header: 'Timezone',
      sx: { minWidth: 100 },
      render: (row) => <ZoneName zone={row.event.timeZone} />,
    },
    {
      key: 'title',
      header: 'Title',
      sx: { minWidth: 140 },
      render: (row) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          {row.is_private && (
            <LockIcon role="img" aria-label="Private meeting" aria-hidden={false} data-hint="Private meeting" fontSize="small" sx={{ color: 'text.secondary' }} />
          )}
          {/* The title opens the meeting's details (invitation, calendar file, moderator link). */}
          <Link component="button" type="button" variant="body2" onClick={() => onOpenDetails(row)} sx={{ textAlign: 'left', overflowWrap: 'anywhere' }}>
            {eventTitle(row)}
          </Link>
        </Box>
      ),
    },
    {
      key: 'description',
      header: 'Description',
      sx: { minWidth: 120, maxWidth: 320 },
      // Text, never markup: React renders the string as a text node. Long ones show three lines.
      render: (row) => (
        <Box
          title={row.event.description}
          sx={{ display: '-webkit-box', WebkitLineClamp: 3, '-webkit-box-orient': 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' }}
        >
          {row.event.description}
        </Box>
      ),
    },
    {
      key: 'attendees',
      header: 'Participants',
      sx: { minWidth: 160, maxWidth: 240 },
      render: (row) => (
        <Box sx={{ display: 'flex', flexDirection: 'column' }}>
          {row.event.attendees.map((email) => (
            <Box component="span" key={email} title={email} sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {email}
            </Box>
          ))}
        </Box>
      ),
    },
    {
      key: 'go',
      header: 'Go to Meet',
      sx: { width: 130, whiteSpace: 'nowrap' },
      render: (row) => <GoToMeetCell link={row.event.link_on_meet} title={eventTitle(row)} />,
    },
  ];
  if (showRecording) {
    columns.push({
      key: 'recording',
      header: 'Recording',
      sx: { width: 100, whiteSpace: 'nowrap' },
      render: (row) => {
        const recording = safeHttpUrl(row.event.recording_url);
        return recording ? (
          <Link href={recording} target="_blank" rel="noopener noreferrer" aria-label={`Recording: ${eventTitle(row)} (opens in a new tab)`}>
            Recording
          </Link>
        ) : null;
      },
    });
  }
  return columns;
}
