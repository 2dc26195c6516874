// What the table shows with no rows: a first contact to add, or a search that found nothing.
import AddIcon from '@mui/icons-material/Add';
import { Button, Stack, Typography } from '@mui/material';

export function ContactsEmptyState({ searching, onCreate }: { searching: boolean; onCreate: () => void }) {
  return (
    <Stack sx={{ minHeight: 240, alignItems: 'center', justifyContent: 'center', gap: 1.5, p: 3, textAlign: 'center' }}>
      <Typography variant="h6" component="p">
        {searching ? 'No contacts match your search' : 'No contacts yet'}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {searching
          ? 'Try part of a name, or the digits of a number.'
          : 'Add the people you text, one by one or from a CSV file.'}
      </Typography>
      {!searching && (
        <Button variant="contained" startIcon={<AddIcon />} onClick={onCreate}>
          New contact
        </Button>
      )}
    </Stack>
  );
}
