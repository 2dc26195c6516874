import { Typography } from '@mui/material';

export function MeetPage() {
  return (
    <Typography variant="h4" component="h1" sx={{ p: 3 }}>
      Meet
    </Typography>
  );
}
