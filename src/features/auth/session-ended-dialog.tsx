import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Link as RouterLink } from 'react-router';

export function SessionEndedDialog() {
  return (
    <Dialog open aria-labelledby="session-ended-title">
      <DialogTitle id="session-ended-title">Your session has ended</DialogTitle>
      <DialogContent>
        <DialogContentText>Sign in again to continue. Your unsent work is kept.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" component={RouterLink} to="/sign-in">
          Sign in again
        </Button>
      </DialogActions>
    </Dialog>
  );
}
