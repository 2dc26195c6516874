// The account button in the top bar, with the user's name and the plan's minutes beside it on wider
// screens. The name comes from the profile (GET /users/me), so a rename on the account page shows here
// at once; the id_token's claims stand in until the profile has loaded. The menu loads on first open:
// the popover behind it is not needed to show a page.
import { Box, IconButton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { meQuery } from '@/api/me-query';
import { useSession } from '@/api/session-store';
import { meetUsageLine } from '@/features/account/meet-usage-line';

const UserMenuPopup = lazy(async () => ({ default: (await import('@/app/layout/user-menu-popup')).UserMenuPopup }));

export function UserMenu() {
  const session = useSession();
  // A failed profile is the pages' to report; the bar keeps the token's name.
  const { data: me } = useQuery({ ...meQuery(), enabled: Boolean(session), throwOnError: false });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!session) return null;
  const given = me?.first_name ?? session.givenName;
  const family = me?.last_name ?? session.familyName;
  const email = me?.email ?? session.email;
  const name = `${given} ${family}`.trim() || email;
  const initials = (given.trim().charAt(0) + family.trim().charAt(0)).toUpperCase() || '?';
  const usage = me ? meetUsageLine(me.meet_minutes_used, me.meet_minutes_limit) : undefined;

  return (
    <>
      <Box sx={{ display: { xs: 'none', sm: 'flex' }, flexDirection: 'column', alignItems: 'flex-end', minWidth: 0, lineHeight: 1.2 }}>
        <Typography variant="body2" component="span" noWrap sx={{ fontWeight: 600, maxWidth: 240 }}>
          {name}
        </Typography>
        {usage && (
          <Typography variant="caption" component="span" noWrap sx={{ color: 'text.secondary' }}>
            {usage}
          </Typography>
        )}
      </Box>
      <IconButton
        // The visible initials are part of the name, so voice control users can say what they see.
        aria-label={`${initials}: account menu for ${name}`}
        title={name}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {/* A plain circle of initials: MUI's Avatar adds image handling this button never uses. */}
        <Box
          component="span"
          sx={{
            width: 32,
            height: 32,
            borderRadius: '50%',
            display: 'inline-flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 14,
            bgcolor: 'primary.main',
            color: 'primary.contrastText',
          }}
        >
          {initials}
        </Box>
      </IconButton>
      {anchor && (
        <Suspense fallback={null}>
          <UserMenuPopup anchor={anchor} email={email} usage={usage} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
