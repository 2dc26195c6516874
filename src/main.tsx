// Loads the runtime configuration, then renders the app.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { loadConfig } from '@/api/config';
import { sessionStore } from '@/api/session-store';
import { forgetUserData, onForgetUserData } from '@/api/user-data';
import { AppErrorBoundary } from '@/app/app-error-boundary';
import { Providers } from '@/app/providers';
import { createQueryClient, followBrowserOnlineState } from '@/app/query-client';
import { registerServiceWorker } from '@/app/register-service-worker';
import { AppRoutes, preloadPage } from '@/app/router';
import { keepStartSnapshot, takeOverFromSnapshot } from '@/app/start-snapshot';
import { warmUpFallbacks } from '@/app/warm-up';
import { FirstPaintSignal, firstPaint } from '@/components/first-paint';

/**
 * The user's query cache is restored from IndexedDB and saved back (src/app/query-persistence.ts),
 * from the start when a session is there, else from the first sign-in: a signed-out visit downloads none
 * of it. Resolves once the saved cache is in the query client.
 */
function persistQueriesWhileSignedIn(): Promise<void> {
  const start = () => import('@/app/query-persistence').then((m) => m.startQueryPersistence(queryClient));
  if (sessionStore.get().status !== 'signed-out') return start().catch(() => undefined);
  const unsubscribe = sessionStore.subscribe((state) => {
    if (state.status !== 'signed-in') return;
    unsubscribe();
    void start();
  });
  return Promise.resolve();
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);

// The page's code, the configuration and the user's saved query cache load side by side.
const page = preloadPage(window.location.pathname, sessionStore.get().status !== 'signed-out');
followBrowserOnlineState();
const queryClient = createQueryClient();
const restored = persistQueriesWhileSignedIn();
// Signing out forgets what the user typed and did not send too: unsent messages, drafts, the Schedule
// dialog's draft and the passwords of meetings created in this tab (the query cache and seen positions
// forget themselves). Their code is the pages': it downloads when needed, not with the first load.
for (const load of [
  () => import('@/features/texting/outbox/outbox-store').then((m) => m.outboxStore),
  () => import('@/features/texting/composer/drafts-store').then((m) => m.draftsStore),
  () => import('@/features/meet/schedule/schedule-draft-store').then((m) => m.scheduleDraftStore),
  () => import('@/features/meet/created-meetings-store').then((m) => m.createdMeetingsStore),
]) {
  onForgetUserData(async () => (await load()).reset());
}

try {
  await loadConfig();
  // The saved cache is in before the first query: the page paints with it and refreshes behind.
  await restored;
  sessionStore.subscribe((state, previous) => {
    // Signing out (here or in another tab) forgets every cached answer of the previous user, and what
    // this tab keeps of them (sessionStorage is per tab).
    if (state.status === 'signed-out' && previous.status !== 'signed-out') {
      queryClient.clear();
      void forgetUserData();
    }
    // Back from a session that ended: what failed meanwhile is fetched again with the new token.
    if (state.status === 'signed-in' && previous.status === 'ended') void queryClient.invalidateQueries();
  });
  // Signed in, the page's first queries start as soon as their module is here, not once it renders.
  if (sessionStore.get().status === 'signed-in') {
    void page.prefetch.then((prefetch) => prefetch?.(queryClient, new URL(window.location.href)));
  }
  // The first render waits for the page's code (downloading since the start), so the frame and the page
  // paint together, not the frame around a spinner first and the page in a second render and commit:
  // the skeleton bar stays until then (docs/decisions.md, "Start, 2026-12-07").
  await page.code;
  // The first render runs as a transition: React renders it in slices, so the page stays responsive.
  startTransition(() => {
    root.render(
      <StrictMode>
        <FirstPaintSignal />
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
  // The snapshot of this address painted before the code loaded (if any) gives way to the page.
  takeOverFromSnapshot();
  keepStartSnapshot((listener) => queryClient.getQueryCache().subscribe(listener));
  // What the app needs later downloads once the first screen is painted, not beside its code and data.
  void firstPaint.then(() => {
    warmUpFallbacks();
    // What was sent offline goes when the network is back (and now, if it already is).
    if (sessionStore.get().status === 'signed-in') {
      void import('@/features/texting/outbox/outbox-flush').then(({ startOutboxFlush }) =>
        startOutboxFlush(queryClient),
      );
    }
    registerServiceWorker();
  });
} catch (error) {
  root.render(
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>RingPlan could not start</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </main>,
  );
}
