// The prompt itself: at the top, so it never covers the composer, and it takes no focus: typing goes
// on undisturbed until the user chooses Reload.
import { Button, Snackbar } from '@mui/material';

import { reloadToUpdate } from '@/app/app-update';

export function UpdatePromptView() {
  return (
    <Snackbar
      open
      anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
      message="A new version is available"
      slotProps={{ content: { role: 'status' } }}
      action={
        <Button color="inherit" size="small" onClick={reloadToUpdate}>
          Reload
        </Button>
      }
    />
  );
}
