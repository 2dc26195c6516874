// Wraps a route's content: a spinner while its code loads, and an error boundary whose Retry resets the
// failed queries and renders the route again.
import { Box, CircularProgress } from '@mui/material';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'react-router';

// Loaded when a route fails, not before: a working page never needs it.
const RouteErrorFallback = lazy(async () => ({
  default: (await import('@/components/route-error-fallback')).RouteErrorFallback,
}));

export function PageSpinner() {
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: 240 }} role="status" aria-label="Loading">
      <CircularProgress />
    </Box>
  );
}

export function RouteBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={[pathname]}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <Suspense fallback={<PageSpinner />}>
              <RouteErrorFallback error={error} onRetry={resetErrorBoundary} />
            </Suspense>
          )}
        >
          <Suspense fallback={<PageSpinner />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
