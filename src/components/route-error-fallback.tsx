// What a route shows when it cannot load: what happened, in words, and a Retry that tries again.
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { NetworkError } from '@/api/errors';

interface Props {
  error: unknown;
  onRetry: () => void;
}

export function RouteErrorFallback({ error, onRetry }: Props) {
  const offline = error instanceof NetworkError;
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <Box sx={{ p: { xs: 2, md: 4 }, maxWidth: 640 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={onRetry}>
            Retry
          </Button>
        }
      >
        <AlertTitle>{offline ? 'You seem to be offline' : 'This page could not be loaded'}</AlertTitle>
        {message}
      </Alert>
    </Box>
  );
}
