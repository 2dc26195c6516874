import LogoutIcon from '@mui/icons-material/Logout';
import { Divider, ListItemIcon, Menu, MenuItem, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { signOut } from '@/api/sign-out';

interface Props {
  anchor: HTMLElement;
  email: string;
  onClose: () => void;
}

export function UserMenuPopup({ anchor, email, onClose }: Props) {
  const queryClient = useQueryClient();
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      <Typography sx={{ px: 2, py: 1 }} variant="body2" color="text.secondary">
        {email}
      </Typography>
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
