// The contacts grid: paged by the server, sorted on the page (the API has no sort order to ask for).
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import MessageIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import { Box, Chip, Tooltip, Typography, useMediaQuery, type Theme } from '@mui/material';
import { DataGrid, GridActionsCell, GridActionsCellItem, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { formatNumber } from '@/lib/phone';
import { contactName, type Contact } from '@/features/contacts/contact-api';
import { ContactsEmptyOverlay } from '@/features/contacts/contacts-empty-overlay';
import { SortNoteHeader as SortNote } from '@/features/contacts/sort-note-header';
import { PAGE_SIZES } from '@/features/contacts/use-contacts-url';

interface Props {
  rows: Contact[];
  total: number;
  loading: boolean;
  page: number;
  size: number;
  searching: boolean;
  busyContactId: string | null;
  onPaginationChange: (model: GridPaginationModel) => void;
  onMessage: (contact: Contact, anchor: HTMLElement) => void;
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
  onCreate: () => void;
}

export function ContactsTable(props: Props) {
  const { rows, total, loading, page, size, searching, busyContactId, onPaginationChange, onMessage, onEdit, onDelete, onCreate } = props;

  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const columns = useMemo<GridColDef<Contact>[]>(
    () => [
      {
        field: 'name',
        headerName: 'Name',
        flex: 1,
        minWidth: 150,
        valueGetter: (_value, row) => contactName(row),
        renderHeader: () => <SortNote label="Name" />,
        // On phones the number and the opt-out share the name's cell (their columns are hidden).
        renderCell: compact
          ? ({ row, value }) => (
              <Box sx={{ lineHeight: 1.3, minWidth: 0 }}>
                <Typography variant="body2" noWrap>
                  {String(value)}
                </Typography>
                <Typography variant="caption" noWrap component="div" sx={{ color: 'text.secondary' }}>
                  {formatNumber(row.number)}
                  {row.opted_out ? ' · Opted out' : ''}
                </Typography>
              </Box>
            )
          : undefined,
      },
      {
        field: 'number',
        headerName: 'Number',
        width: 150,
        valueFormatter: (value: string) => formatNumber(value),
        renderHeader: () => <SortNote label="Number" />,
      },
      {
        field: 'opted_out',
        headerName: 'Texting',
        width: 120,
        sortable: false,
        renderCell: ({ row }) =>
          row.opted_out ? (
            <Tooltip title="Texted STOP: messages to this contact are not sent." describeChild>
              <Chip size="small" label="Opted out" />
            </Tooltip>
          ) : null,
      },
      {
        field: 'actions',
        type: 'actions',
        headerName: 'Actions',
        width: 140,
        renderCell: (params) => {
          const { row } = params;
          const name = contactName(row) || formatNumber(row.number);
          return (
            <GridActionsCell {...params}>
              <GridActionsCellItem
                icon={<MessageIcon />}
                label={`Message ${name}`}
                disabled={busyContactId === row.id}
                onClick={(event) => onMessage(row, event.currentTarget)}
              />
              <GridActionsCellItem icon={<EditIcon />} label={`Edit ${name}`} onClick={() => onEdit(row)} />
              <GridActionsCellItem icon={<DeleteIcon />} label={`Delete ${name}`} onClick={() => onDelete(row)} />
            </GridActionsCell>
          );
        },
      },
    ],
    [compact, busyContactId, onMessage, onEdit, onDelete],
  );

  return (
    <DataGrid
      label="Contacts"
      rows={rows}
      columns={columns}
      rowCount={total}
      loading={loading}
      paginationMode="server"
      sortingMode="client"
      paginationModel={{ page: page - 1, pageSize: size }}
      onPaginationModelChange={onPaginationChange}
      pageSizeOptions={[...PAGE_SIZES]}
      disableRowSelectionOnClick
      disableColumnMenu
      columnVisibilityModel={compact ? { number: false, opted_out: false } : {}}
      rowHeight={compact ? 60 : 52}
      autoHeight
      slots={{ noRowsOverlay: ContactsEmptyOverlay }}
      slotProps={{
        loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'skeleton' },
        noRowsOverlay: { searching, onCreate },
      }}
      sx={{ minHeight: 320, '& .MuiDataGrid-overlayWrapper': { minHeight: 240 } }}
    />
  );
}
