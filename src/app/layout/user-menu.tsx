// The account button in the top bar. Its menu loads on first open: the popover behind it is not
// needed to show a page.
import { Box, IconButton } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { useSession } from '@/api/session-store';

const UserMenuPopup = lazy(async () => ({ default: (await import('@/app/layout/user-menu-popup')).UserMenuPopup }));

export function UserMenu() {
  const session = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!session) return null;
  const name = `${session.givenName} ${session.familyName}`.trim() || session.email;
  const initials = (session.givenName.charAt(0) + session.familyName.charAt(0)).toUpperCase() || '?';

  return (
    <>
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
          <UserMenuPopup anchor={anchor} email={session.email} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
