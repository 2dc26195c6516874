// The toast itself: MUI's Snackbar with an Alert, which is a status region screen readers announce.
import { Alert, Snackbar } from '@mui/material';

import { useCurrentToast, useToastDismissed } from '@/components/notify';

export function ToastView() {
  const toast = useCurrentToast();
  const dismissed = useToastDismissed();
  return (
    <Snackbar
      key={toast?.id}
      open={toast !== undefined}
      autoHideDuration={toast?.durationMs ?? null}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway' && toast) dismissed(toast.id);
      }}
    >
      <Alert
        variant="filled"
        severity={toast?.severity ?? 'info'}
        role={toast?.severity === 'error' ? 'alert' : 'status'}
        onClose={toast ? () => dismissed(toast.id) : undefined}
        sx={{ minWidth: 280 }}
      >
        {toast?.message}
      </Alert>
    </Snackbar>
  );
}
