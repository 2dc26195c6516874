// One tab's events: server-side paging from the URL, row selection, skeletons while loading and a
// Retry in place when the list cannot be had.
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box, Button } from '@mui/material';
import { DataGrid, type GridRowSelectionModel } from '@mui/x-data-grid';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { eventColumns } from '@/features/meet/event-columns';
import { eventQueries, type CalendarEvent } from '@/features/meet/meet-api';
import { PAGE_SIZES, type MeetSearch } from '@/features/meet/meet-search-params';

interface Props {
  search: MeetSearch;
  userZone: string;
  onPageChange: (page: number, size: number) => void;
  onOpenDetails: (row: CalendarEvent) => void;
}

const EMPTY_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

export function EventsTable({ search, userZone, onPageChange, onOpenDetails }: Props) {
  const query = useQuery({
    ...eventQueries.list({ tab: search.tab, page: search.page, size: search.size, from: search.from, to: search.to }),
    placeholderData: keepPreviousData,
    // A failed list is answered here, with a Retry beside the tabs, not by the route's boundary.
    throwOnError: false,
  });
  const [selection, setSelection] = useState<GridRowSelectionModel>(EMPTY_SELECTION);
  const showRecording = Boolean(query.data?.items.some((row) => row.event.recording_url));
  const columns = useMemo(
    () => eventColumns({ tab: search.tab, userZone, showRecording, onOpenDetails }),
    [search.tab, userZone, showRecording, onOpenDetails],
  );
  const selectedCount = selection.type === 'include' ? selection.ids.size : (query.data?.items.length ?? 0) - selection.ids.size;

  if (query.isError && !query.data) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={() => void query.refetch()} disabled={query.isFetching}>
            Retry
          </Button>
        }
      >
        The meetings could not be loaded. {query.error.message}
      </Alert>
    );
  }

  const rows = query.data?.items ?? [];
  // Until the first answer the count is unknown (-1), so the grid doesn't pull a bookmarked page 2 back
  // to page 1 for want of rows.
  const total = query.data ? (query.data.total ?? (search.page - 1) * search.size + rows.length) : -1;

  return (
    <Box>
      <Box role="status" aria-live="polite" sx={{ minHeight: 24, mb: 1, color: 'text.secondary', typography: 'body2' }}>
        {total < 0 ? 'Loading meetings…' : `${String(total)} ${total === 1 ? 'meeting' : 'meetings'}`}
        {selectedCount > 0 ? ` · ${String(selectedCount)} selected` : ''}
      </Box>
      <DataGrid<CalendarEvent>
        aria-label={search.tab === 'scheduled' ? 'Scheduled meetings' : 'Meeting history'}
        rows={rows}
        columns={columns}
        getRowId={(row) => row._id}
        getRowHeight={() => 'auto'}
        loading={query.isFetching}
        slotProps={{ loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' } }}
        paginationMode="server"
        rowCount={total}
        paginationModel={{ page: search.page - 1, pageSize: search.size }}
        onPaginationModelChange={(model) => {
          if (total >= 0) onPageChange(model.page + 1, model.pageSize);
        }}
        pageSizeOptions={[...PAGE_SIZES]}
        checkboxSelection
        disableRowSelectionOnClick
        rowSelectionModel={selection}
        onRowSelectionModelChange={setSelection}
        disableColumnMenu
        // A page holds at most 100 rows; rendering them all keeps every cell reachable (and testable).
        disableVirtualization
        localeText={{ noRowsLabel: search.from || search.to ? 'No meetings in these dates.' : 'No meetings yet.' }}
        sx={{ minHeight: 320, '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' } }}
      />
    </Box>
  );
}
