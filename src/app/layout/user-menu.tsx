import LogoutIcon from '@mui/icons-material/Logout';
import { Avatar, Divider, IconButton, ListItemIcon, Menu, MenuItem, Tooltip, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession, useSessionActions } from '@/api/session-store';

export function UserMenu() {
  const session = useSession();
  const { signedOut } = useSessionActions();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!session) return null;
  const name = `${session.givenName} ${session.familyName}`.trim() || session.email;
  const initials = (session.givenName.charAt(0) + session.familyName.charAt(0)).toUpperCase() || '?';

  return (
    <>
      <Tooltip title={name}>
        <IconButton
          aria-label={`Account menu for ${name}`}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Avatar sx={{ width: 32, height: 32, fontSize: 14, bgcolor: 'primary.main' }}>{initials}</Avatar>
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <Typography sx={{ px: 2, py: 1 }} variant="body2" color="text.secondary">
          {session.email}
        </Typography>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            signedOut();
            queryClient.clear();
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          Sign out
        </MenuItem>
      </Menu>
    </>
  );
}
