// The account button named from the profile (GET /users/me), so a rename on the account page shows
// at once; the id_token's claims stand in until the profile has loaded, or if it cannot be.
import { useQuery } from '@tanstack/react-query';

import { meQuery } from '@/api/me-query';
import type { Session } from '@/api/session-store';
import { UserMenuButton } from '@/app/layout/user-menu-button';
import { meetUsageLine } from '@/features/account/meet-usage-line';

export function ProfileUserMenu({ session }: { session: Session }) {
  // A failed profile is the pages' to report; the bar keeps the token's name.
  const { data: me } = useQuery({ ...meQuery(), throwOnError: false });
  return (
    <UserMenuButton
      givenName={me?.first_name ?? session.givenName}
      familyName={me?.last_name ?? session.familyName}
      email={me?.email ?? session.email}
      usage={me ? meetUsageLine(me.meet_minutes_used, me.meet_minutes_limit) : undefined}
    />
  );
}
