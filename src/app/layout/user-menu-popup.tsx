import LogoutIcon from '@mui/icons-material/Logout';
import { Divider, ListItemIcon, Menu, MenuItem, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';

import { signOut } from '@/api/sign-out';

interface Props {
  anchor: HTMLElement;
  email: string;
  /** The plan's minutes used, once the profile has loaded: phones have no room for it in the bar. */
  usage?: string;
  onClose: () => void;
}

export function UserMenuPopup({ anchor, email, usage, onClose }: Props) {
  const queryClient = useQueryClient();
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      <Typography sx={{ px: 2, py: 1 }} variant="body2" color="text.secondary">
        {email}
      </Typography>
      {usage && (
        <Typography sx={{ px: 2, pb: 1 }} variant="body2" color="text.secondary">
          {usage}
        </Typography>
      )}
      <Divider />
      <MenuItem
        onClick={() => {
          onClose();
          queryClient.clear();
          void signOut();
        }}
      >
        <ListItemIcon>
          <LogoutIcon fontSize="small" />
        </ListItemIcon>
        Sign out
      </MenuItem>
    </Menu>
  );
}
