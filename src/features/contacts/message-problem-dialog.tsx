// Why "Message" could not open a conversation: no texting number for this user, or a failure to retry.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';

import type { MessageProblem } from '@/features/contacts/use-message-contact';

interface Props {
  problem: MessageProblem | null;
  onClose: () => void;
}

export function MessageProblemDialog({ problem, onClose }: Props) {
  const noNumber = problem?.kind === 'no-number';
  return (
    <Dialog
      open={problem !== null}
      onClose={onClose}
      aria-labelledby="message-problem-title"
      aria-describedby="message-problem-text"
    >
      <DialogTitle id="message-problem-title">
        {noNumber ? 'No texting number yet' : "Couldn't open the conversation"}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="message-problem-text">
          {problem?.kind === 'failed'
            ? problem.message
            : "Texting needs a company phone number that you're allowed to text from. Your company admin sets these up in RingPlan's portal; ask them to configure a texting number and add you to it. Until then you can keep your contacts here."}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{noNumber ? 'OK' : 'Cancel'}</Button>
        {problem?.kind === 'failed' && (
          <Button
            variant="contained"
            onClick={() => {
              onClose();
              problem.retry();
            }}
          >
            Retry
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
