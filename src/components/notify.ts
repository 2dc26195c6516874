// Toasts: for completed actions and for background failures only (style.md). Errors that belong to a
// field or a screen are shown there instead.
import { enqueueSnackbar } from 'notistack';

export const notify = {
  success: (message: string) => enqueueSnackbar(message, { variant: 'success' }),
  info: (message: string) => enqueueSnackbar(message, { variant: 'info' }),
  error: (message: string) => enqueueSnackbar(message, { variant: 'error', autoHideDuration: 8000 }),
};
