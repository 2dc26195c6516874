// One meeting as a card, for narrow screens where the table's columns do not fit: the title (which
// opens the details), when (its zone's time and the user's beneath), who, and the actions.
import LockIcon from '@mui/icons-material/Lock';
import { Box, Button, Link, Paper, Typography } from '@mui/material';
import { memo } from 'react';

import type { CalendarEvent, EventsTab } from '@/features/meet/meet-api';
import { eventTitle } from '@/features/meet/tables/event-columns';
import { EventTime } from '@/features/meet/tables/event-time';
import { GoToMeetCell } from '@/features/meet/tables/go-to-meet-cell';
import { safeHttpUrl } from '@/lib/safe-url';

interface Props {
  row: CalendarEvent;
  tab: EventsTab;
  userZone: string;
  onOpenDetails: (row: CalendarEvent) => void;
}

export const EventCard = memo(function EventCard({ row, tab, userZone, onOpenDetails }: Props) {
  const title = eventTitle(row);
  const titleId = `meeting-${row._id}-title`;
  const recording = safeHttpUrl(row.event.recording_url);
  const { attendees, description } = row.event;
  return (
    <Paper
      component="li"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1, minWidth: 0 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
        {row.is_private && (
          <LockIcon
            role="img"
            aria-label="Private meeting"
            aria-hidden={false}
            fontSize="small"
            sx={{ color: 'text.secondary' }}
          />
        )}
        <Typography
          component="h2"
          variant="subtitle1"
          id={titleId}
          sx={{ fontWeight: 600, minWidth: 0, overflowWrap: 'anywhere' }}
        >
          {title}
        </Typography>
      </Box>
      <Box sx={{ typography: 'body2' }}>
        <EventTime
          start={row.event.date_start}
          end={tab === 'scheduled' ? row.event.date_end : undefined}
          zone={row.event.timeZone}
          userZone={userZone}
          showZone
        />
      </Box>
      {description && (
        // Text, never markup. Two lines at most here; the details show it whole.
        <Typography
          variant="body2"
          sx={{
            display: '-webkit-box',
            WebkitLineClamp: 2,
            '-webkit-box-orient': 'vertical',
            overflow: 'hidden',
            overflowWrap: 'anywhere',
          }}
        >
          {description}
        </Typography>
      )}
      {attendees.length > 0 && (
        <Typography variant="body2" sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
          With {attendees.join(', ')}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 0.5, mx: -0.5 }}>
        <GoToMeetCell link={row.event.link_on_meet} title={title} row />
        <Button size="small" onClick={() => onOpenDetails(row)} aria-label={`Details: ${title}`}>
          Details
        </Button>
        {recording && (
          <Link
            href={recording}
            target="_blank"
            rel="noopener noreferrer"
            variant="body2"
            aria-label={`Recording: ${title} (opens in a new tab)`}
            sx={{ px: 0.5 }}
          >
            Recording
          </Link>
        )}
      </Box>
    </Paper>
  );
});
