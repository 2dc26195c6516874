// Signed-in routes: a signed-out visit goes to sign-in with where it was going. A session that ended
// (refresh refused) keeps the page, and the work on it, under the auth feature's dialog.
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useSessionStatus } from '@/api/session-store';

// Loaded when a session ends: it brings the sign-in machinery, which a working page doesn't need.
const SessionEndedDialog = lazy(async () => ({
  default: (await import('@/features/auth/sign-in/session-ended-dialog')).SessionEndedDialog,
}));

export function RequireSession({ children }: { children: ReactNode }) {
  const status = useSessionStatus();
  const location = useLocation();
  if (status === 'signed-out') {
    const returnTo = location.pathname + location.search + location.hash;
    return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return (
    <>
      {children}
      {status === 'ended' && (
        <Suspense fallback={null}>
          <SessionEndedDialog />
        </Suspense>
      )}
    </>
  );
}
