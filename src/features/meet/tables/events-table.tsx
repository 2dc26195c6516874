// One tab's events in MUI's plain table: server-side paging from the URL, row selection, skeletons while
// loading and a Retry in place when the list cannot be had. A page holds at most 100 rows. Below the
// `md` breakpoint (where the frame has its bottom bar) the same page shows as cards instead.
import { Box, Checkbox, Skeleton, TableCell, TableRow, useMediaQuery } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';

import { PagedTable } from '@/components/paged-table';
import { RetryAlert } from '@/components/retry-alert';
import { eventQueries, type CalendarEvent } from '@/features/meet/meet-api';
import { PAGE_SIZES, type MeetSearch } from '@/features/meet/meet-search-params';
import { EventCards } from '@/features/meet/tables/event-cards';
import { eventColumns, eventTitle } from '@/features/meet/tables/event-columns';

interface Props {
  search: MeetSearch;
  userZone: string;
  onPageChange: (page: number, size: number) => void;
  onOpenDetails: (row: CalendarEvent) => void;
}

// As many skeleton rows as a page usually shows, about as tall as a meeting's row (two lines): the rows
// arriving move little, and nothing in the first screen.
const MAX_SKELETON_ROWS = 10;
const SKELETON_ROW_HEIGHT = 88;
const NONE: ReadonlySet<string> = new Set();

export function EventsTable({ search, userZone, onPageChange, onOpenDetails }: Props) {
  const theme = useTheme();
  // Read at once (noSsr), so a phone never draws the table first.
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const query = useQuery({
    ...eventQueries.list({ tab: search.tab, page: search.page, size: search.size, from: search.from, to: search.to }),
    placeholderData: keepPreviousData,
    // A failed list is answered here, with a Retry beside the tabs, not by the route's boundary.
    throwOnError: false,
  });
  // A page of rows is the page's heaviest render: it renders in the background, in slices that keep
  // the page responsive, while the skeleton or the previous page stays.
  const latest = query.data ?? null;
  const shown = useDeferredValue(latest, null);
  const rendering = shown !== latest;
  const rows = useMemo(() => shown?.items ?? [], [shown]);
  const showRecording = rows.some((row) => row.event.recording_url);
  const columns = useMemo(
    () => eventColumns({ tab: search.tab, userZone, showRecording, onOpenDetails }),
    [search.tab, userZone, showRecording, onOpenDetails],
  );

  // The selection belongs to the page on screen: another page, size or date range starts with none.
  const view = [search.page, search.size, search.from, search.to].join('|');
  const [selection, setSelection] = useState<{ view: string; ids: ReadonlySet<string> }>({ view, ids: NONE });
  const selectedIds = selection.view === view ? selection.ids : NONE;
  const selectedCount = rows.filter((row) => selectedIds.has(row._id)).length;
  const allSelected = rows.length > 0 && selectedCount === rows.length;
  const select = (ids: Iterable<string>) => setSelection({ view, ids: new Set(ids) });
  const toggle = (id: string) =>
    select(selectedIds.has(id) ? [...selectedIds].filter((other) => other !== id) : [...selectedIds, id]);

  // Until the first answer the count is unknown (-1). Without a total header, it is at least what is here.
  const totalOf = (page: typeof latest) =>
    page ? (page.total ?? (search.page - 1) * search.size + page.items.length) : -1;
  const total = totalOf(shown);
  const lastPage = Math.max(1, Math.ceil(totalOf(latest) / search.size));
  // A page past the end (an old bookmark, the last meeting of the last page gone): go to the last page.
  const pastTheEnd = query.data !== undefined && !query.isPlaceholderData && search.page > lastPage;
  useEffect(() => {
    if (pastTheEnd) onPageChange(lastPage, search.size);
  }, [pastTheEnd, lastPage, search.size, onPageChange]);

  if (query.isError && !query.data) {
    return (
      <RetryAlert onRetry={() => void query.refetch()} retrying={query.isFetching}>
        The meetings could not be loaded. {query.error.message}
      </RetryAlert>
    );
  }

  const firstLoad = !shown;
  const columnCount = columns.length + 1;
  const label = search.tab === 'scheduled' ? 'Scheduled meetings' : 'Meeting history';
  const loading = rendering || (query.isFetching && (firstLoad || query.isPlaceholderData));
  const emptyText = search.from || search.to ? 'No meetings in these dates.' : 'No meetings yet.';
  const status = (
    <Box role="status" aria-live="polite" sx={{ minHeight: 24, mb: 1, color: 'text.secondary', typography: 'body2' }}>
      {total < 0 ? 'Loading meetings…' : `${String(total)} ${total === 1 ? 'meeting' : 'meetings'}`}
      {selectedCount > 0 ? ` · ${String(selectedCount)} selected` : ''}
    </Box>
  );

  if (narrow) {
    return (
      <Box>
        {status}
        <EventCards
          label={label}
          tab={search.tab}
          rows={rows}
          userZone={userZone}
          firstLoad={firstLoad}
          loading={loading}
          emptyText={emptyText}
          count={total}
          page={search.page}
          size={search.size}
          sizes={PAGE_SIZES}
          onPageChange={(page) => onPageChange(page, search.size)}
          onSizeChange={(size) => onPageChange(1, size)}
          onOpenDetails={onOpenDetails}
        />
      </Box>
    );
  }

  let body: ReactNode;
  if (firstLoad) {
    body = Array.from({ length: Math.min(search.size, MAX_SKELETON_ROWS) }, (_, index) => (
      <TableRow key={index} aria-hidden sx={{ height: SKELETON_ROW_HEIGHT }}>
        <TableCell padding="checkbox">
          <Skeleton variant="rounded" width={18} height={18} sx={{ mx: 'auto' }} />
        </TableCell>
        {columns.map((column) => (
          <TableCell key={column.key} sx={column.sx}>
            <Skeleton variant="text" />
          </TableCell>
        ))}
      </TableRow>
    ));
  } else if (rows.length === 0) {
    body = (
      <TableRow>
        <TableCell colSpan={columnCount} align="center" sx={{ height: 240, color: 'text.secondary', borderBottom: 0 }}>
          {emptyText}
        </TableCell>
      </TableRow>
    );
  } else {
    body = rows.map((row) => {
      const selected = selectedIds.has(row._id);
      return (
        <TableRow key={row._id} hover selected={selected}>
          <TableCell padding="checkbox">
            <Checkbox
              checked={selected}
              onChange={() => toggle(row._id)}
              slotProps={{ input: { 'aria-label': `Select ${eventTitle(row)}` } }}
            />
          </TableCell>
          {columns.map((column) => (
            <TableCell key={column.key} sx={column.sx}>
              {column.render(row)}
            </TableCell>
          ))}
        </TableRow>
      );
    });
  }

  return (
    <Box>
      {status}
      <PagedTable
        label={label}
        loadingLabel="Loading meetings"
        loading={loading}
        firstLoad={firstLoad}
        dense
        head={
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={allSelected}
                indeterminate={selectedCount > 0 && !allSelected}
                disabled={rows.length === 0}
                onChange={() => select(allSelected ? [] : rows.map((row) => row._id))}
                slotProps={{ input: { 'aria-label': 'Select all meetings on this page' } }}
              />
            </TableCell>
            {columns.map((column) => (
              <TableCell key={column.key} sx={column.sx}>
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        }
        count={total}
        page={search.page}
        size={search.size}
        sizes={PAGE_SIZES}
        onPageChange={(page) => onPageChange(page, search.size)}
        onSizeChange={(size) => onPageChange(1, size)}
      >
        {body}
      </PagedTable>
    </Box>
  );
}
