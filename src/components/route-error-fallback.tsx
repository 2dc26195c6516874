// What a route shows when it cannot load: what happened, in words, and a Retry that tries again.
import { AlertTitle, Box } from '@mui/material';

import { NetworkError } from '@/api/errors';
import { RetryAlert } from '@/components/retry-alert';

interface Props {
  error: unknown;
  onRetry: () => void;
}

/** A page's code that could not be downloaded: the connection dropped, or a newer deploy replaced it. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Unable to preload/i.test(error.message)
  );
}

function describe(error: unknown): { title: string; message: string } {
  if (isChunkLoadError(error)) {
    return navigator.onLine
      ? {
          title: 'This page could not be downloaded',
          message: 'The app may have been updated. Retry loads the latest version.',
        }
      : {
          title: 'You seem to be offline',
          message: 'This page needs the connection to load. Retry once you are back online.',
        };
  }
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return { title: error instanceof NetworkError ? 'You seem to be offline' : 'This page could not be loaded', message };
}

export function RouteErrorFallback({ error, onRetry }: Props) {
  const { title, message } = describe(error);
  // A failed download stays failed inside this page (the browser remembers it): loading the address
  // again is what tries anew. What was typed is kept in storage, so nothing is lost by it.
  const retry = isChunkLoadError(error) ? () => window.location.reload() : onRetry;
  return (
    <Box sx={{ p: { xs: 2, md: 4 }, maxWidth: 640 }}>
      <RetryAlert onRetry={retry}>
        <AlertTitle>{title}</AlertTitle>
        {message}
      </RetryAlert>
    </Box>
  );
}
