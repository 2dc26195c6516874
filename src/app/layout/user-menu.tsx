// The top bar's account button. The part that reads the profile is a download of its own (a part of the
// frame, routes.ts, fetched with the frame's code at start): it brings the API layer, which would
// otherwise count in every page's shared base. Until it is in, the button shows the id_token's name.
import { lazy, Suspense } from 'react';

import { useSession } from '@/api/session-store';
import { UserMenuButton } from '@/app/layout/user-menu-button';

const ProfileUserMenu = lazy(async () => ({
  default: (await import('@/app/layout/profile-user-menu')).ProfileUserMenu,
}));

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
