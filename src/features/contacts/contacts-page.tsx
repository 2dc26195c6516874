// /contacts: the company's contacts, searched and paged through the URL, with create, edit, delete,
// "Message", CSV import and export.
import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/UploadFile';
import { AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';

import { contactsQuery, type Contact, type ContactSort } from '@/api/contacts';
import { DebouncedSearchField } from '@/components/debounced-search-field';
import { firstInteraction } from '@/components/first-interaction';
import { notify } from '@/components/notify';
import { RetryAlert } from '@/components/retry-alert';
import { useShownOnce } from '@/components/use-shown-once';
import { canSortContacts } from '@/features/contacts/contact-api';
import { ContactsTable } from '@/features/contacts/contacts-table';
import { contactListParams, useContactsUrl } from '@/features/contacts/use-contacts-url';
import { useMessageContact } from '@/features/contacts/use-message-contact';

// The import dialog (and the CSV parser it loads) is downloaded only when the user opens it.
// The contact form (fields, validation, number parsing), the delete confirmation, the choice of number
// and the message problem (with the dialogs and menus of the component library) are not part of the
// page's first download: they are fetched once the user first acts on the page, so they open at once.
const loadContactDialog = () => import('@/features/contacts/contact-dialog');
const loadDeleteDialog = () => import('@/features/contacts/delete-contact-dialog');
const loadNumberChoiceMenu = () => import('@/features/contacts/number-choice-menu');
const loadMessageProblemDialog = () => import('@/features/contacts/message-problem-dialog');
const ContactDialog = lazy(async () => ({ default: (await loadContactDialog()).ContactDialog }));
const DeleteContactDialog = lazy(async () => ({ default: (await loadDeleteDialog()).DeleteContactDialog }));
const NumberChoiceMenu = lazy(async () => ({ default: (await loadNumberChoiceMenu()).NumberChoiceMenu }));
const MessageProblemDialog = lazy(async () => ({
  default: (await loadMessageProblemDialog()).MessageProblemDialog,
}));
// Offline, opening a dialog tries again.
void firstInteraction.then(() => {
  for (const load of [loadContactDialog, loadDeleteDialog, loadNumberChoiceMenu, loadMessageProblemDialog]) {
    load().catch(() => undefined);
  }
});
const ImportContactsDialog = lazy(async () => ({
  default: (await import('@/features/contacts/import/import-contacts-dialog')).ImportContactsDialog,
}));

type EditState = { open: false; contact?: Contact } | { open: true; contact?: Contact };

export function ContactsPage() {
  const [url, setUrl] = useContactsUrl();
  const [edit, setEdit] = useState<EditState>({ open: false });
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [importing, setImporting] = useState(false);
  const message = useMessageContact();
  const contactDialogUsed = useShownOnce(edit.open);
  const deleteDialogUsed = useShownOnce(deleting !== null);
  const numberChoiceUsed = useShownOnce(message.choice !== null);
  const problemDialogUsed = useShownOnce(message.problem !== null);
  const exporting = useMutation({
    // The export (and the CSV writer) downloads on first use, not with the page.
    mutationFn: async () => (await import('@/features/contacts/export-contacts')).exportContacts(),
    onSuccess: (count) => notify.success(`Exported ${count === 1 ? '1 contact' : `${String(count)} contacts`}`),
  });

  const list = useQuery({
    ...contactsQuery(contactListParams(url)),
    placeholderData: keepPreviousData,
    // A failed load is shown in place, with Retry, under the search box the user may have typed in.
    throwOnError: false,
  });

  // A page past the end (the last contact of the last page deleted, an old bookmark): go to the last page.
  const total = list.data?.total ?? list.data?.items.length ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / url.size));
  const pastTheEnd = !list.isPlaceholderData && list.data !== undefined && url.page > lastPage;
  useEffect(() => {
    if (pastTheEnd) setUrl({ page: lastPage });
  }, [pastTheEnd, lastPage, setUrl]);

  const onSearch = useCallback((q: string) => setUrl({ q, page: 1 }), [setUrl]);
  const onSortChange = useCallback((sort: ContactSort) => setUrl({ sort, page: 1 }), [setUrl]);
  const onPageChange = useCallback((page: number) => setUrl({ page }), [setUrl]);
  const onSizeChange = useCallback((size: number) => setUrl({ size, page: 1 }), [setUrl]);
  const openCreate = useCallback(() => setEdit({ open: true }), []);
  const openEdit = useCallback((contact: Contact) => setEdit({ open: true, contact }), []);
  const { start: startMessage } = message;

  return (
    <Box sx={{ p: { xs: 2, md: 3 }, maxWidth: 1100 }}>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <Typography variant="h4" component="h1" sx={{ flexGrow: 1 }}>
          Contacts
        </Typography>
        <Button startIcon={<UploadIcon />} onClick={() => setImporting(true)}>
          Import CSV
        </Button>
        <Button startIcon={<DownloadIcon />} disabled={exporting.isPending} onClick={() => exporting.mutate()}>
          {exporting.isPending ? 'Exporting…' : 'Export CSV'}
        </Button>
        <Button variant="contained" startIcon={<AddIcon />} onClick={openCreate}>
          New contact
        </Button>
      </Stack>
      {exporting.isError && (
        <RetryAlert sx={{ mb: 2 }} onRetry={() => exporting.mutate()}>
          <AlertTitle>The contacts could not be exported</AlertTitle>
          {exporting.error.message}
        </RetryAlert>
      )}
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <DebouncedSearchField
          label="Search contacts"
          placeholder="Name or number"
          value={url.q}
          onSearch={onSearch}
          sx={{ flex: { xs: '1 1 100%', sm: '0 1 320px' } }}
        />
        {/* Its line is there before the count is, so the count arriving moves nothing. */}
        <Typography variant="body2" role="status" sx={{ color: 'text.secondary', minHeight: '1.43em' }}>
          {list.data && !list.isPlaceholderData ? countText(total, url.q) : ''}
        </Typography>
      </Stack>

      {list.isError && list.data === undefined ? (
        <RetryAlert onRetry={() => void list.refetch()}>
          <AlertTitle>The contacts could not be loaded</AlertTitle>
          {list.error.message}
        </RetryAlert>
      ) : (
        <ContactsTable
          rows={list.data?.items ?? []}
          total={total}
          loading={list.isFetching && (list.data === undefined || list.isPlaceholderData)}
          page={url.page}
          size={url.size}
          searching={url.q.trim() !== ''}
          sort={contactListParams(url).sort}
          sortable={canSortContacts()}
          onSortChange={onSortChange}
          busyContactId={message.busyContactId}
          onPageChange={onPageChange}
          onSizeChange={onSizeChange}
          onMessage={startMessage}
          onEdit={openEdit}
          onDelete={setDeleting}
          onCreate={openCreate}
        />
      )}

      {contactDialogUsed && (
        <Suspense fallback={null}>
          <ContactDialog
            open={edit.open}
            contact={edit.contact}
            onClose={() => setEdit((current) => ({ ...current, open: false }))}
            onOpenContact={openEdit}
          />
        </Suspense>
      )}
      {deleteDialogUsed && (
        <Suspense fallback={null}>
          <DeleteContactDialog contact={deleting} onClose={() => setDeleting(null)} />
        </Suspense>
      )}
      {numberChoiceUsed && (
        <Suspense fallback={null}>
          <NumberChoiceMenu choice={message.choice} onChoose={message.chooseNumber} onClose={message.cancelChoice} />
        </Suspense>
      )}
      {problemDialogUsed && (
        <Suspense fallback={null}>
          <MessageProblemDialog problem={message.problem} onClose={message.dismissProblem} />
        </Suspense>
      )}
      {importing && (
        <Suspense fallback={null}>
          <ImportContactsDialog onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </Box>
  );
}

function countText(total: number, q: string): string {
  const contacts = total === 1 ? '1 contact' : `${String(total)} contacts`;
  return q.trim() ? `${contacts} found` : contacts;
}
