// The last resort around the whole app: a page's code failed to load (a new deploy, a dropped
// connection) or something threw outside a route's own boundary. Retry reloads the current build.
import { Suspense, lazy } from 'react';
import { ErrorBoundary } from 'react-error-boundary';

import { PageSpinner } from '@/app/route-boundary';

import type { ReactNode } from 'react';

const RouteErrorFallback = lazy(async () => ({
  default: (await import('@/components/route-error-fallback')).RouteErrorFallback,
}));

export function AppErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallbackRender={({ error }) => (
        <Suspense fallback={<PageSpinner />}>
          <RouteErrorFallback error={error} onRetry={() => window.location.reload()} />
        </Suspense>
      )}
    >
      <Suspense fallback={<PageSpinner />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
