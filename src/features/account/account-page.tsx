import { Typography } from '@mui/material';

export function AccountPage() {
  return (
    <Typography variant="h4" component="h1" sx={{ p: 3 }}>
      Account
    </Typography>
  );
}
