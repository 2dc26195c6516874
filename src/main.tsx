// Loads the runtime configuration, then renders the app.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { loadConfig } from '@/api/config';
import { sessionStore } from '@/api/session-store';
import { AppErrorBoundary } from '@/app/app-error-boundary';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { AppRoutes, preloadPage } from '@/app/router';
import { warmUpFallbacks } from '@/app/warm-up';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);

// The page's code and the configuration download side by side.
const pagePrefetch = preloadPage(window.location.pathname);

try {
  await loadConfig();
  const queryClient = createQueryClient();
  sessionStore.subscribe((state, previous) => {
    // Signing out (here or in another tab) forgets every cached answer of the previous user.
    if (state.status === 'signed-out' && previous.status !== 'signed-out') queryClient.clear();
    // Back from a session that ended: what failed meanwhile is fetched again with the new token.
    if (state.status === 'signed-in' && previous.status === 'ended') void queryClient.invalidateQueries();
  });
  // Signed in, the page's first queries start as soon as their module is here, not once it renders.
  if (sessionStore.get().status === 'signed-in') {
    void pagePrefetch.then((prefetch) => prefetch?.(queryClient, new URL(window.location.href)));
  }
  // The first render runs as a transition: React renders it in slices, so the page stays responsive.
  startTransition(() => {
    root.render(
      <StrictMode>
        <Providers queryClient={queryClient}>
          <BrowserRouter>
            <AppErrorBoundary>
              <AppRoutes />
            </AppErrorBoundary>
          </BrowserRouter>
        </Providers>
      </StrictMode>,
    );
  });
  warmUpFallbacks();
} catch (error) {
  root.render(
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>RingPlan could not start</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </main>,
  );
}
