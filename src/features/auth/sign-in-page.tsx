import { Typography } from '@mui/material';

export function SignInPage() {
  return (
    <Typography variant="h4" component="h1" sx={{ p: 3 }}>
      Sign in
    </Typography>
  );
}
