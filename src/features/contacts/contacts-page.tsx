import { Typography } from '@mui/material';

export function ContactsPage() {
  return (
    <Typography variant="h4" component="h1" sx={{ p: 3 }}>
      Contacts
    </Typography>
  );
}
