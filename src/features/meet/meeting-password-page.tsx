import { Typography } from '@mui/material';

export function MeetingPasswordPage() {
  return (
    <Typography variant="h4" component="h1" sx={{ p: 3 }}>
      Meeting
    </Typography>
  );
}
