// The events table's columns, as the guide's tables have them: time(s) with their zone, title (with a lock on
// private meetings), description, participants, Go to Meet, Recording, and a way into the details.
import LockIcon from '@mui/icons-material/Lock';
import { Box, Link, type SxProps, type Theme } from '@mui/material';

import type { CalendarEvent, EventsTab } from '@/features/meet/meet-api';
import { EventTime } from '@/features/meet/tables/event-time';
import { GoToMeetCell } from '@/features/meet/tables/go-to-meet-cell';
import { safeHttpUrl } from '@/lib/safe-url';

import type { ReactNode } from 'react';

export function eventTitle(row: CalendarEvent): string {
  return row.event.title_meet.trim() || row.event.summary.trim() || row.event.meeting_id;
}

export interface EventColumn {
  key: string;
  header: string;
  /** The cell's own styles (width, wrapping), header and body alike. Cells keep 8 px at each side, not
   * MUI's 16, so that every column fits a laptop's window. */
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

/** An address that, when the column is narrow, wraps before its @ rather than overflowing the cell. */
function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at <= 0)
    return (
      <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
        {email}
      </Box>
    );
  return (
    <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </Box>
  );
}

export function eventColumns({ tab, userZone, showRecording, onOpenDetails }: Options): EventColumn[] {
  const columns: EventColumn[] = [
    {
      // The meeting's zone sits under its time rather than in a column of its own: the table then fits a
      // laptop's window with every column on screen.
      key: 'when',
      header: tab === 'scheduled' ? 'Start / End' : 'Date',
      sx: { px: 1, minWidth: 150 },
      // No wider than a time on one line: the "Your time" line wraps rather than widening the column.
      render: (row) => (
        <Box sx={{ maxWidth: 170 }}>
          <EventTime
            start={row.event.date_start}
            end={tab === 'scheduled' ? row.event.date_end : undefined}
            zone={row.event.timeZone}
            userZone={userZone}
            showZone
          />
        </Box>
      ),
    },
    {
      key: 'title',
      header: 'Title',
      // Wide enough for a word and the private lock beside it.
      sx: { px: 1, minWidth: 124 },
      render: (row) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          {row.is_private && (
            <LockIcon
              role="img"
              aria-label="Private meeting"
              aria-hidden={false}
              data-hint="Private meeting"
              fontSize="small"
              sx={{ color: 'text.secondary' }}
            />
          )}
          {/* The title opens the meeting's details (invitation, calendar file, moderator link). */}
          <Link
            component="button"
            type="button"
            variant="body2"
            onClick={() => onOpenDetails(row)}
            sx={{ textAlign: 'left', overflowWrap: 'anywhere' }}
          >
            {eventTitle(row)}
          </Link>
        </Box>
      ),
    },
    {
      key: 'description',
      header: 'Description',
      sx: { px: 1, minWidth: 96 },
      // Text, never markup: React renders the string as a text node. Long ones show three lines, the
      // whole text in the hint and the details.
      render: (row) => (
        <Box
          title={row.event.description}
          sx={{
            display: '-webkit-box',
            WebkitLineClamp: 3,
            '-webkit-box-orient': 'vertical',
            overflow: 'hidden',
            overflowWrap: 'anywhere',
          }}
        >
          {row.event.description}
        </Box>
      ),
    },
    {
      key: 'attendees',
      header: 'Participants',
      sx: { px: 1, minWidth: 100 },
      render: (row) => (
        <Box sx={{ display: 'flex', flexDirection: 'column' }}>
          {row.event.attendees.map((email) => (
            <Box component="span" key={email}>
              <EmailAddress email={email} />
            </Box>
          ))}
        </Box>
      ),
    },
    {
      key: 'go',
      header: 'Go to Meet',
      sx: { px: 1, width: 80 },
      render: (row) => <GoToMeetCell link={row.event.link_on_meet} title={eventTitle(row)} compact />,
    },
  ];
  if (showRecording) {
    columns.push({
      key: 'recording',
      header: 'Recording',
      sx: { px: 1, width: 80, whiteSpace: 'nowrap' },
      render: (row) => {
        const recording = safeHttpUrl(row.event.recording_url);
        return recording ? (
          <Link
            href={recording}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Recording: ${eventTitle(row)} (opens in a new tab)`}
          >
            Recording
          </Link>
        ) : null;
      },
    });
  }
  return columns;
}
