// A failure shown where it happened, with Retry in it: how every screen offers to try again.
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Button, type SxProps, type Theme } from '@mui/material';

import type { ReactNode } from 'react';

interface Props {
  onRetry: () => void;
  /** True while a retry is under way: Retry waits for it rather than starting another. */
  retrying?: boolean;
  sx?: SxProps<Theme>;
  children: ReactNode;
}

export function RetryAlert({ onRetry, retrying = false, sx, children }: Props) {
  return (
    <Alert
      severity="error"
      sx={sx}
      action={
        <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={onRetry} disabled={retrying}>
          Retry
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
