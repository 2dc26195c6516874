// The contacts table: paged and sorted by the server (the headers ask it for another order of the whole list).
// MUI's plain table: a page holds at most 100 rows, so nothing here needs a data grid's weight.
import MessageIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import {
  Chip,
  IconButton,
  Skeleton,
  TableCell,
  TableRow,
  TableSortLabel,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useDeferredValue, type ReactNode } from 'react';

import { contactName, type Contact, type ContactSort } from '@/api/contacts';
import { PagedTable } from '@/components/paged-table';
import { ContactsEmptyState } from '@/features/contacts/contacts-empty-state';
import { PAGE_SIZES } from '@/features/contacts/use-contacts-url';
import { formatNumber } from '@/lib/phone';

interface Props {
  rows: Contact[];
  total: number;
  /** Waiting for rows: the first ones (skeleton rows), or another page's (a bar over the current rows). */
  loading: boolean;
  page: number;
  size: number;
  searching: boolean;
  /** The list's order, and whether the headers offer others (not where the API ignores `sort`). */
  sort: ContactSort;
  sortable: boolean;
  onSortChange: (sort: ContactSort) => void;
  busyContactId: string | null;
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
  onMessage: (contact: Contact, anchor: HTMLElement) => void;
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
  onCreate: () => void;
}

type SortColumn = 'name' | 'number';

const MAX_SKELETON_ROWS = 25;
const NO_ROWS: Contact[] = [];

function sortColumn(sort: ContactSort): SortColumn {
  return sort === 'number' || sort === '-number' ? 'number' : 'name';
}

/** A header's order: ascending first, then the other way each time it is pressed again. */
function nextSort(current: ContactSort, column: SortColumn): ContactSort {
  const ascending: ContactSort = column === 'name' ? 'first_name' : 'number';
  if (sortColumn(current) !== column) return ascending;
  return current.startsWith('-') ? ascending : (`-${ascending}` as ContactSort);
}

export function ContactsTable(props: Props) {
  const {
    rows,
    total,
    loading,
    page,
    size,
    searching,
    sort,
    sortable,
    onSortChange,
    busyContactId,
    onPageChange,
    onSizeChange,
    onMessage,
    onEdit,
    onDelete,
    onCreate,
  } = props;
  // On phones the number and the opt-out share the name's cell.
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // A page of rows (each with its buttons and hints) is the page's heaviest render: it renders in the
  // background, in slices that keep the page responsive, while the skeleton or the previous page stays.
  const latestRows = rows.length === 0 ? NO_ROWS : rows;
  const shownRows = useDeferredValue(latestRows, NO_ROWS);
  const rendering = shownRows !== latestRows;
  const columnCount = compact ? 2 : 4;
  const rowHeight = compact ? 60 : 52;
  const firstLoad = (loading || rendering) && shownRows.length === 0;

  const sortHeader = (column: SortColumn, label: string, width?: number) => {
    if (!sortable) return <TableCell sx={{ width }}>{label}</TableCell>;
    const active = sortColumn(sort) === column;
    const direction = active && sort.startsWith('-') ? 'desc' : 'asc';
    return (
      <TableCell sx={{ width }} sortDirection={active ? direction : false}>
        <TableSortLabel active={active} direction={direction} onClick={() => onSortChange(nextSort(sort, column))}>
          {label}
        </TableSortLabel>
      </TableCell>
    );
  };

  let body: ReactNode;
  if (firstLoad) {
    // As many rows as the page will have, as tall as they will be: the rows arriving move nothing.
    body = Array.from({ length: Math.min(size, MAX_SKELETON_ROWS) }, (_, index) => (
      <TableRow key={index} aria-hidden sx={{ height: rowHeight }}>
        <TableCell colSpan={columnCount}>
          <Skeleton variant="text" sx={{ fontSize: '1rem', maxWidth: 480 }} />
        </TableCell>
      </TableRow>
    ));
  } else if (shownRows.length === 0) {
    body = (
      <TableRow>
        <TableCell colSpan={columnCount} sx={{ borderBottom: 0 }}>
          <ContactsEmptyState searching={searching} onCreate={onCreate} />
        </TableCell>
      </TableRow>
    );
  } else {
    body = shownRows.map((row) => {
      const name = contactName(row);
      return (
        <TableRow key={row.id} hover sx={{ height: rowHeight }}>
          <TableCell sx={{ maxWidth: 0, width: '100%' }}>
            <Typography variant="body2" noWrap>
              {name}
            </Typography>
            {compact && (
              <Typography variant="caption" noWrap component="div" sx={{ color: 'text.secondary' }}>
                {formatNumber(row.number)}
                {row.opted_out ? ' · Opted out' : ''}
              </Typography>
            )}
          </TableCell>
          {!compact && <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatNumber(row.number)}</TableCell>}
          {!compact && (
            <TableCell>
              {row.opted_out && (
                <Chip size="small" label="Opted out" data-hint="Texted STOP: messages to this contact are not sent." />
              )}
            </TableCell>
          )}
          <TableCell align="right" sx={{ whiteSpace: 'nowrap', py: 0 }}>
            <ActionButton
              label={`Message ${name}`}
              hint="Message"
              disabled={busyContactId === row.id}
              onClick={(anchor) => onMessage(row, anchor)}
            >
              <MessageIcon fontSize="small" />
            </ActionButton>
            <ActionButton label={`Edit ${name}`} hint="Edit" onClick={() => onEdit(row)}>
              <EditIcon fontSize="small" />
            </ActionButton>
            <ActionButton label={`Delete ${name}`} hint="Delete" onClick={() => onDelete(row)}>
              <DeleteIcon fontSize="small" />
            </ActionButton>
          </TableCell>
        </TableRow>
      );
    });
  }

  return (
    <PagedTable
      label="Contacts"
      loadingLabel="Loading contacts"
      loading={loading || rendering}
      firstLoad={firstLoad}
      dense={compact}
      head={
        <TableRow>
          {sortHeader('name', 'Name')}
          {!compact && sortHeader('number', 'Number', 170)}
          {!compact && <TableCell sx={{ width: 130 }}>Texting</TableCell>}
          <TableCell align="right" sx={{ width: 150 }}>
            Actions
          </TableCell>
        </TableRow>
      }
      count={total}
      page={page}
      size={size}
      sizes={PAGE_SIZES}
      onPageChange={onPageChange}
      onSizeChange={onSizeChange}
    >
      {body}
    </PagedTable>
  );
}

function ActionButton({
  label,
  hint,
  disabled = false,
  onClick,
  children,
}: {
  label: string;
  hint: string;
  disabled?: boolean;
  onClick: (anchor: HTMLElement) => void;
  children: ReactNode;
}) {
  return (
    <IconButton
      aria-label={label}
      data-hint={hint}
      disabled={disabled}
      onClick={(event) => onClick(event.currentTarget)}
    >
      {children}
    </IconButton>
  );
}
