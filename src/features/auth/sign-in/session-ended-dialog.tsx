// Shown over the page when the session could not be renewed (refresh token expired or revoked). The
// page stays mounted underneath, so what the user typed is still there; drafts also live in persisted
// stores, so they survive the round trip to the sign-in page.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';

import { useSessionReturnTo } from '@/api/session-store';
import { startHostedSignIn } from '@/features/auth/hosted-sign-in/hosted-sign-in';

export function SessionEndedDialog() {
  const returnTo = useSessionReturnTo();
  const [redirecting, setRedirecting] = useState(false);
  const [failed, setFailed] = useState(false);

  const signInAgain = () => {
    setRedirecting(true);
    setFailed(false);
    const here = window.location.pathname + window.location.search + window.location.hash;
    startHostedSignIn(returnTo ?? here).catch(() => {
      setRedirecting(false);
      setFailed(true);
    });
  };

  return (
    <Dialog open aria-labelledby="session-ended-title" aria-describedby="session-ended-text">
      <DialogTitle id="session-ended-title">Your session has ended</DialogTitle>
      <DialogContent>
        <DialogContentText id="session-ended-text">
          RingPlan signed you out because your sign-in expired or was revoked. Sign in again to carry on: your unsent
          messages and drafts are kept and will be here when you come back.
        </DialogContentText>
        {failed && (
          <Alert severity="error" sx={{ mt: 2 }}>
            The sign-in could not be started. Check your connection and try again.
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={signInAgain} disabled={redirecting}>
          {redirecting ? 'Opening sign-in…' : 'Sign in again'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
