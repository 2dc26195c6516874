import { AppLayout } from '@/app/layout/app-layout';
import { RequireSession } from '@/app/require-session';

export function SignedInFrame() {
  return (
    <RequireSession>
      <AppLayout />
    </RequireSession>
  );
}
