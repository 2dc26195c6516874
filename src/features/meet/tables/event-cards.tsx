// One tab's meetings as a list of cards, for narrow screens: the same page, paging and states as the
// table (skeletons on the first load, a bar while another page loads, an empty state), and no
// sideways scrolling.
import { Box, LinearProgress, Paper, Skeleton, Typography } from '@mui/material';

import { PagePagination } from '@/components/page-pagination';
import type { CalendarEvent, EventsTab } from '@/features/meet/meet-api';
import { EventCard } from '@/features/meet/tables/event-card';

interface Props {
  label: string;
  tab: EventsTab;
  rows: CalendarEvent[];
  userZone: string;
  firstLoad: boolean;
  loading: boolean;
  emptyText: string;
  count: number;
  page: number;
  size: number;
  sizes: readonly number[];
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
  onOpenDetails: (row: CalendarEvent) => void;
}

const SKELETON_CARDS = 4;

export function EventCards({
  label,
  tab,
  rows,
  userZone,
  firstLoad,
  loading,
  emptyText,
  count,
  page,
  size,
  sizes,
  onPageChange,
  onSizeChange,
  onOpenDetails,
}: Props) {
  const refreshing = loading && !firstLoad;
  return (
    <Box sx={{ position: 'relative' }}>
      {refreshing && (
        <LinearProgress
          aria-label={`Loading ${label.toLowerCase()}`}
          sx={{ position: 'absolute', top: -8, left: 0, right: 0 }}
        />
      )}
      {firstLoad ? (
        <Box aria-hidden sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          {Array.from({ length: SKELETON_CARDS }, (_, index) => (
            <Skeleton key={index} variant="rounded" height={156} />
          ))}
        </Box>
      ) : rows.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 4, textAlign: 'center', color: 'text.secondary' }}>
          <Typography>{emptyText}</Typography>
        </Paper>
      ) : (
        <Box
          component="ul"
          aria-label={label}
          aria-busy={loading}
          sx={{
            listStyle: 'none',
            m: 0,
            p: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: 1.5,
            opacity: refreshing ? 0.6 : 1,
          }}
        >
          {rows.map((row) => (
            <EventCard key={row._id} row={row} tab={tab} userZone={userZone} onOpenDetails={onOpenDetails} />
          ))}
        </Box>
      )}
      <PagePagination
        count={count}
        page={page}
        size={size}
        sizes={sizes}
        firstLoad={firstLoad}
        onPageChange={onPageChange}
        onSizeChange={onSizeChange}
        labelRowsPerPage="Per page"
        sx={{ '& .MuiToolbar-root': { px: 0, flexWrap: 'wrap', justifyContent: 'flex-end' } }}
      />
    </Box>
  );
}
