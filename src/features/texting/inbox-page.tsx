import { Typography } from '@mui/material';

export function InboxPage() {
  return (
    <Typography variant="h4" component="h1" sx={{ p: 3 }}>
      Texting
    </Typography>
  );
}
