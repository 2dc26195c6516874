// The frame of a table paged by the server: MUI's Table in an outlined Paper that scrolls sideways on
// narrow screens, a bar over the rows while another page loads (the rows dimmed), and the pagination
// below. Pages count from 1. Until the first page is in (`firstLoad`) the pagination waits and shows no
// "0–0 of 0"; the rows (skeletons, an empty state or the data) are the caller's. Controls in the rows
// give their hints with `data-hint` (see HintArea), not a tooltip each.
import { LinearProgress, Paper, Table, TableBody, TableContainer, TableHead } from '@mui/material';

import { HintArea } from '@/components/hint-area';
import { PagePagination } from '@/components/page-pagination';

import type { ReactNode } from 'react';

interface Props {
  label: string;
  /** The progress bar's name, e.g. "Loading contacts". */
  loadingLabel: string;
  loading: boolean;
  firstLoad: boolean;
  head: ReactNode;
  children: ReactNode;
  count: number;
  page: number;
  size: number;
  sizes: readonly number[];
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
  /** Small cells; the table's rows then get 8 px above and below. */
  dense?: boolean;
  /** Below this width the table scrolls sideways inside its frame. */
  minWidth?: number;
}

export function PagedTable({
  label,
  loadingLabel,
  loading,
  firstLoad,
  head,
  children,
  count,
  page,
  size,
  sizes,
  onPageChange,
  onSizeChange,
  dense = false,
  minWidth,
}: Props) {
  const refreshing = loading && !firstLoad;
  return (
    <HintArea>
      <Paper variant="outlined">
        <TableContainer sx={{ position: 'relative', minHeight: 320 }}>
          {refreshing && (
            <LinearProgress
              aria-label={loadingLabel}
              sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 3 }}
            />
          )}
          <Table
            aria-label={label}
            aria-busy={loading}
            size={dense ? 'small' : 'medium'}
            sx={{
              minWidth,
              opacity: refreshing ? 0.6 : 1,
              '& th': { whiteSpace: 'nowrap' },
              ...(dense ? { '& td': { py: 1 } } : {}),
            }}
          >
            <TableHead>{head}</TableHead>
            <TableBody>{children}</TableBody>
          </Table>
        </TableContainer>
        <PagePagination
          count={count}
          page={page}
          size={size}
          sizes={sizes}
          firstLoad={firstLoad}
          onPageChange={onPageChange}
          onSizeChange={onSizeChange}
        />
      </Paper>
    </HintArea>
  );
}
