// Deleting a contact also deletes its conversations and messages (decisions.md): say so before it happens.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';

import { contactName, type Contact } from '@/api/contacts';
import { notify } from '@/components/notify';
import { useDeleteContact } from '@/features/contacts/contact-api';
import { formatNumber } from '@/lib/phone';

interface Props {
  contact: Contact | null;
  onClose: () => void;
}

export function DeleteContactDialog({ contact, onClose }: Props) {
  // Keep naming the contact while the dialog fades out.
  const [shown, setShown] = useState(contact);
  if (contact && contact !== shown) setShown(contact);
  const mutation = useDeleteContact({
    onSuccess: (deleted, target) => {
      // Already gone (404): the list was out of date and is refreshed; there is nothing to retry or announce.
      if (deleted) notify.success(`Deleted ${contactName(target)}.`);
      close();
    },
  });

  function close() {
    mutation.reset();
    onClose();
  }

  const name = shown ? contactName(shown) : '';
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
