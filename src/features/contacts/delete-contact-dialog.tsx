// Deleting a contact also deletes its conversations and messages (decisions.md): say so before it happens.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { isApiError } from '@/api/errors';
import { notify } from '@/components/notify';
import {
  contactName,
  contactQueries,
  conversationRoots,
  deleteContact,
  type Contact,
} from '@/features/contacts/contact-api';
import { formatNumber } from '@/lib/phone';

interface Props {
  contact: Contact | null;
  onClose: () => void;
}

export function DeleteContactDialog({ contact, onClose }: Props) {
  const queryClient = useQueryClient();
  // Keep naming the contact while the dialog fades out.
  const [shown, setShown] = useState(contact);
  if (contact && contact !== shown) setShown(contact);
  const mutation = useMutation({
    mutationFn: (target: Contact) => deleteContact(target.id),
    onSuccess: async (_, target) => {
      notify.success(`Deleted ${contactName(target)}.`);
      close();
      await Promise.all(
        [contactQueries.all(), ...conversationRoots].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
    onError: async (error) => {
      // Already gone: the list is out of date, nothing to retry.
      if (isApiError(error) && error.status === 404) {
        close();
        await queryClient.invalidateQueries({ queryKey: contactQueries.all() });
      }
    },
  });

  function close() {
    mutation.reset();
    onClose();
  }

  const name = shown ? contactName(shown) || formatNumber(shown.number) : '';
  return (
    <Dialog
      open={contact !== null}
      onClose={close}
      aria-labelledby="delete-contact-title"
      aria-describedby="delete-contact-text"
    >
      <DialogTitle id="delete-contact-title">Delete {name}?</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-contact-text">
          {name} ({shown ? formatNumber(shown.number) : ''}) will be removed from your contacts, and their conversations
          and messages will be deleted too. This can't be undone.
        </DialogContentText>
        {mutation.isError && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {mutation.error.message} Nothing was deleted; try again.
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          color="error"
          variant="contained"
          loading={mutation.isPending}
          onClick={() => {
            if (contact) mutation.mutate(contact);
          }}
        >
          {mutation.isError ? 'Try again' : 'Delete'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
