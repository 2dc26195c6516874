// /meet: start a meeting now, schedule one, and the Scheduled / History tables. The first load is plain
// MUI (table, native date inputs); the date-time pickers come with the Schedule dialog, when it opens.
import { Box, Button, Tab, Tabs, Typography } from '@mui/material';
import { lazy, Suspense, useCallback, useState } from 'react';

import type { CalendarEvent, EventsTab } from '@/features/meet/meet-api';
import { useConsentPhase } from '@/features/meet/schedule/schedule-draft-store';
import { useConsentReturn } from '@/features/meet/schedule/use-consent-return';
import { DateRangeFilter } from '@/features/meet/tables/date-range-filter';
import { EventsTable } from '@/features/meet/tables/events-table';
import { useMeetSearch } from '@/features/meet/use-meet-search';
import { useUserTimeZone } from '@/features/meet/use-user-time-zone';
import { nowInZone } from '@/lib/zoned-time';

// The dialogs (their forms, validation and pickers) download when first opened, not with the tables.
const StartMeetingDialog = lazy(async () => ({
  default: (await import('@/features/meet/start-meeting-dialog')).StartMeetingDialog,
}));
const ScheduleDialog = lazy(async () => ({
  default: (await import('@/features/meet/schedule/schedule-dialog')).ScheduleDialog,
}));
const EventDetailsDialog = lazy(async () => ({
  default: (await import('@/features/meet/tables/event-details-dialog')).EventDetailsDialog,
}));

export function MeetPage() {
  useConsentReturn();
  const { search, update } = useMeetSearch();
  const user = useUserTimeZone();
  const consent = useConsentPhase();
  const [dialog, setDialog] = useState<'start' | 'schedule' | null>(null);
  const [details, setDetails] = useState<CalendarEvent | null>(null);
  // A consent round trip in progress (or just back) keeps the Schedule dialog open, across reloads.
  const scheduleOpen = dialog === 'schedule' || consent !== null;

  const openDetails = useCallback((row: CalendarEvent) => setDetails(row), []);
  const changePage = useCallback(
    (page: number, size: number) => update(size === search.size ? { page } : { page: 1, size }),
    [update, search.size],
  );

  const showNewestHistory = () => {
    // The new meeting starts now: keep the date filter only if it includes today.
    const today = nowInZone(user.zone).slice(0, 10);
    const keep = (!search.from || search.from <= today) && (!search.to || search.to >= today);
    update({ tab: 'history', page: 1, ...(keep ? {} : { from: undefined, to: undefined }) });
  };

  return (
    <Box sx={{ p: { xs: 2, md: 3 }, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1400 }}>
      <Box component="header">
        <Typography variant="h4" component="h1">
          Meet
        </Typography>
        <Typography variant="h6" component="p" sx={{ mt: 1 }}>
          Welcome to RingPlan Meet!
        </Typography>
        <Typography sx={{ color: 'text.secondary' }}>
          Go ahead and start a new video conference with your entire team.
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
          <Button variant="contained" onClick={() => setDialog('start')}>
            Start a new meeting
          </Button>
          <Button variant="outlined" onClick={() => setDialog('schedule')}>
            Schedule
          </Button>
        </Box>
      </Box>

      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Tabs value={search.tab} onChange={(_, tab: EventsTab) => update({ tab, page: 1 })} aria-label="Meetings">
          <Tab label="Scheduled" value="scheduled" id="meet-tab-scheduled" aria-controls="meet-tabpanel" />
          <Tab label="History" value="history" id="meet-tab-history" aria-controls="meet-tabpanel" />
        </Tabs>
        <DateRangeFilter from={search.from} to={search.to} onChange={(range) => update({ ...range, page: 1 })} />
      </Box>

      <Box role="tabpanel" id="meet-tabpanel" aria-labelledby={`meet-tab-${search.tab}`}>
        <EventsTable
          key={search.tab}
          search={search}
          userZone={user.zone}
          onPageChange={changePage}
          onOpenDetails={openDetails}
        />
      </Box>

      <Suspense fallback={null}>
        {dialog === 'start' && (
          <StartMeetingDialog
            userZone={user.zone}
            userName={user.name}
            onClose={() => setDialog(null)}
            onStarted={showNewestHistory}
          />
        )}
        {scheduleOpen && (
          <ScheduleDialog
            userZone={user.zone}
            email={user.email}
            onClose={() => setDialog(null)}
            onScheduled={() => {
              setDialog(null);
              update({ tab: 'scheduled', page: 1 });
            }}
          />
        )}
        {details && <EventDetailsDialog row={details} userEmail={user.email} onClose={() => setDetails(null)} />}
      </Suspense>
    </Box>
  );
}
