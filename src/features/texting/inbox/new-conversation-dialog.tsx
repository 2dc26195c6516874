// The "New conversation" dialog: the form when the user may text from a company number, otherwise
// the explanation of what is missing and how to get it.
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useQuery } from '@tanstack/react-query';

import { numbersQuery, ownedNumbers } from '@/api/numbers-query';
import { useSessionEmail } from '@/api/session-store';
import { NewConversationForm } from '@/features/texting/inbox/new-conversation-form';
import { TextingNumberNotice } from '@/features/texting/inbox/texting-number-notice';
import type { Conversation } from '@/features/texting/texting-api';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (conversation: Conversation) => void;
}

export function NewConversationDialog({ open, onClose, onCreated }: Props) {
  const email = useSessionEmail();
  const numbers = useQuery({ ...numbersQuery(), enabled: open, throwOnError: false });
  const mine = numbers.data ? ownedNumbers(numbers.data, email) : [];

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="new-conversation-title">
      <DialogTitle id="new-conversation-title">New conversation</DialogTitle>
      {numbers.isPending ? (
        <DialogContent>
          <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
            <CircularProgress aria-label="Loading your texting numbers" />
          </Box>
        </DialogContent>
      ) : numbers.isError ? (
        <>
          <DialogContent>
            <Alert severity="error">{`Your texting numbers could not be loaded. ${numbers.error.message}`}</Alert>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Close</Button>
            <Button variant="contained" onClick={() => void numbers.refetch()}>
              Retry
            </Button>
          </DialogActions>
        </>
      ) : mine.length === 0 ? (
        <>
          <DialogContent>
            <TextingNumberNotice companyNumbers={numbers.data} />
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </>
      ) : (
        <NewConversationForm numbers={mine} onCancel={onClose} onCreated={onCreated} />
      )}
    </Dialog>
  );
}
