// The top bar's account button. The part that reads the profile is a part of the frame (frame-parts.tsx);
// until it is in, the button shows the id_token's name.
import { Suspense } from 'react';

import { useSession } from '@/api/session-store';
import { ProfileUserMenu } from '@/app/layout/frame-parts';
import { UserMenuButton } from '@/app/layout/user-menu-button';

export function UserMenu() {
  const session = useSession();
  if (!session) return null;
  return (
    <Suspense
      fallback={<UserMenuButton givenName={session.givenName} familyName={session.familyName} email={session.email} />}
    >
      <ProfileUserMenu session={session} />
    </Suspense>
  );
}
