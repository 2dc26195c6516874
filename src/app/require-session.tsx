// Signed-in routes: a signed-out visit goes to sign-in with where it was going. A session that ended
// (refresh refused) keeps the page, and the work on it, under the auth feature's dialog.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionStatus } from '@/api/session-store';
import { SessionEndedDialog } from '@/features/auth/session-ended-dialog';

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
      {status === 'ended' && <SessionEndedDialog />}
    </>
  );
}
