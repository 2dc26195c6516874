// The account button in the top bar, with the user's name and the plan's minutes beside it on wider
// screens. Its menu loads on first open: the popover behind it is not needed to show a page.
import { Box, IconButton, Typography } from '@mui/material';
import { lazy, Suspense, useState } from 'react';

const UserMenuPopup = lazy(async () => ({ default: (await import('@/app/layout/user-menu-popup')).UserMenuPopup }));

interface Props {
  givenName: string;
  familyName: string;
  email: string;
  /** The plan's minutes used, once the profile has loaded. */
  usage?: string;
}

export function UserMenuButton({ givenName, familyName, email, usage }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const name = `${givenName} ${familyName}`.trim() || email;
  const initials = (givenName.trim().charAt(0) + familyName.trim().charAt(0)).toUpperCase() || '?';

  return (
    <>
      <Box
        sx={{
          display: { xs: 'none', sm: 'flex' },
          flexDirection: 'column',
          alignItems: 'flex-end',
          minWidth: 0,
          lineHeight: 1.2,
        }}
      >
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
