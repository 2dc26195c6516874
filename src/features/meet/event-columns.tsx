// The events table's columns, as the guide's tables have them: time(s), zone, title (with a lock on
// private meetings), description, participants, Go to Meet, Recording, and a way into the details.
import LockIcon from '@mui/icons-material/Lock';
import { Box, Link, Tooltip } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { Fragment } from 'react';
import type { CalendarEvent, EventsTab } from '@/features/meet/meet-api';
import { EventTime } from '@/features/meet/event-time';
import { GoToMeetCell } from '@/features/meet/go-to-meet-cell';
import { safeHttpUrl } from '@/features/meet/safe-url';

export function eventTitle(row: CalendarEvent): string {
  return row.event.title_meet.trim() || row.event.summary.trim() || row.event.meeting_id;
}

interface Options {
  tab: EventsTab;
  userZone: string;
  /** The Recording column is shown when a meeting on the page has a recording. */
  showRecording: boolean;
  onOpenDetails: (row: CalendarEvent) => void;
}

export function eventColumns({ tab, userZone, showRecording, onOpenDetails }: Options): GridColDef<CalendarEvent>[] {
  const time: GridColDef<CalendarEvent> =
    tab === 'scheduled'
      ? {
          field: 'when',
          headerName: 'Start / End',
          minWidth: 195,
          flex: 1,
          sortable: false,
          renderCell: ({ row }) => (
            <Box sx={{ display: 'flex', flexDirection: 'column', py: 1, whiteSpace: 'nowrap' }}>
              <EventTime local={row.event.date_start} zone={row.event.timeZone} userZone={userZone} />
              <EventTime local={row.event.date_end} zone={row.event.timeZone} userZone={userZone} />
            </Box>
          ),
        }
      : {
          field: 'when',
          headerName: 'Date',
          minWidth: 195,
          flex: 1,
          sortable: false,
          renderCell: ({ row }) => <EventTime local={row.event.date_start} zone={row.event.timeZone} userZone={userZone} />,
        };

  const columns: GridColDef<CalendarEvent>[] = [
    time,
    {
      field: 'timeZone',
      headerName: 'Timezone',
      minWidth: 120,
      flex: 0.6,
      sortable: false,
      valueGetter: (_v, row) => row.event.timeZone,
      // Zone names wrap after their slash rather than being cut off.
      renderCell: ({ row }) => (
        <Box>
          {row.event.timeZone.split('/').map((part, index) => (
            <Fragment key={index}>
              {index > 0 && (
                <>
                  /<wbr />
                </>
              )}
              {part}
            </Fragment>
          ))}
        </Box>
      ),
    },
    {
      field: 'title',
      headerName: 'Title',
      minWidth: 140,
      flex: 1,
      sortable: false,
      valueGetter: (_v, row) => eventTitle(row),
      renderCell: ({ row }) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
          {row.is_private && (
            <Tooltip title="Private meeting">
              <LockIcon role="img" aria-label="Private meeting" aria-hidden={false} fontSize="small" sx={{ color: 'text.secondary' }} />
            </Tooltip>
          )}
          {/* The title opens the meeting's details (invitation, calendar file, moderator link). */}
          <Link component="button" type="button" onClick={() => onOpenDetails(row)} sx={{ textAlign: 'left', overflowWrap: 'anywhere' }}>
            {eventTitle(row)}
          </Link>
        </Box>
      ),
    },
    {
      field: 'description',
      headerName: 'Description',
      minWidth: 120,
      flex: 1,
      sortable: false,
      // Text, never markup: the grid renders the string as a text node.
      valueGetter: (_v, row) => row.event.description,
    },
    {
      field: 'attendees',
      headerName: 'Participants',
      minWidth: 200,
      flex: 1.2,
      sortable: false,
      valueGetter: (_v, row) => row.event.attendees.join(', '),
      renderCell: ({ row }) => (
        <Box sx={{ display: 'flex', flexDirection: 'column', py: 1, minWidth: 0 }}>
          {row.event.attendees.map((email) => (
            <Box component="span" key={email} title={email} sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {email}
            </Box>
          ))}
        </Box>
      ),
    },
    {
      field: 'go',
      headerName: 'Go to Meet',
      minWidth: 130,
      sortable: false,
      renderCell: ({ row }) => <GoToMeetCell link={row.event.link_on_meet} title={eventTitle(row)} />,
    },
  ];
  if (showRecording) {
    columns.push({
      field: 'recording',
      headerName: 'Recording',
      minWidth: 100,
      sortable: false,
      renderCell: ({ row }) => {
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
