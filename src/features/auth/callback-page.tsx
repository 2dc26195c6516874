import { Typography } from '@mui/material';

export function CallbackPage() {
  return (
    <Typography variant="h4" component="h1" sx={{ p: 3 }}>
      Signing you in
    </Typography>
  );
}
