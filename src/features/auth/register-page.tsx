import { Typography } from '@mui/material';

export function RegisterPage() {
  return (
    <Typography variant="h4" component="h1" sx={{ p: 3 }}>
      Register
    </Typography>
  );
}
