// MUI's pager (page-pagination.tsx loads it): pages count from 1 here, as in the URL, and a page past
// the end shows as the last one while the caller moves there.
import { TablePagination, type SxProps, type Theme } from '@mui/material';

export interface PagePaginationProps {
  count: number;
  page: number;
  size: number;
  sizes: readonly number[];
  /** Nothing has loaded yet: the count is unknown and the controls wait. */
  firstLoad: boolean;
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
  labelRowsPerPage?: string;
  sx?: SxProps<Theme>;
}

export function PagePaginationView({
  count,
  page,
  size,
  sizes,
  firstLoad,
  onPageChange,
  onSizeChange,
  labelRowsPerPage,
  sx,
}: PagePaginationProps) {
  const lastPage = Math.max(1, Math.ceil(count / size));
  return (
    <TablePagination
      component="div"
      count={firstLoad ? -1 : count}
      page={(firstLoad ? page : Math.min(page, lastPage)) - 1}
      rowsPerPage={size}
      rowsPerPageOptions={[...sizes]}
      onPageChange={(_event, next) => onPageChange(next + 1)}
      onRowsPerPageChange={(event) => onSizeChange(Number(event.target.value))}
      disabled={firstLoad}
      labelDisplayedRows={firstLoad ? () => '' : undefined}
      {...(labelRowsPerPage ? { labelRowsPerPage } : {})}
      sx={sx}
    />
  );
}
