// "To": pick a contact (searched on the server as you type) or type a number.
import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { contactName } from '@/api/contacts';
import { contactSearchQuery, type Contact } from '@/features/texting/texting-api';
import { formatNumber } from '@/lib/phone';

interface Props {
  contact: Contact | null;
  text: string;
  onContactChange: (contact: Contact | null, text: string) => void;
  error?: string;
}

export function RecipientField({ contact, text, onContactChange, error }: Props) {
  const [open, setOpen] = useState(false);
  const [term, setTerm] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const contacts = useQuery({ ...contactSearchQuery(contact ? '' : term), enabled: open, throwOnError: false });
  const options = contacts.data?.items ?? [];

  return (
    <Autocomplete<Contact, false, false, true>
      freeSolo
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      loading={contacts.isFetching}
      // The server already filtered by name or number digits.
      filterOptions={(x) => x}
      getOptionLabel={(o) => (typeof o === 'string' ? o : contactName(o))}
      isOptionEqualToValue={(a, b) => typeof b !== 'string' && a.id === b.id}
      value={contact}
      inputValue={text}
      onChange={(_, value) => {
        if (typeof value === 'string') onContactChange(null, value);
        else onContactChange(value, value ? contactName(value) : '');
      }}
      onInputChange={(_, value, reason) => {
        if (reason === 'input' || reason === 'clear') onContactChange(null, value);
      }}
      renderOption={(props, option) => {
        const { key, ...rest } = props;
        return (
          <Box
            component="li"
            key={key}
            {...rest}
            sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start !important' }}
          >
            <Typography>{contactName(option)}</Typography>
            <Typography variant="body2" color="text.secondary">
              {formatNumber(option.number)}
              {option.opted_out ? ' · opted out' : ''}
            </Typography>
          </Box>
        );
      }}
      noOptionsText={
        text.trim() ? 'No contact matches: the number you type will be added as a contact.' : 'Type a name or a number'
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label="To"
          placeholder="Contact name or phone number"
          error={error !== undefined}
          helperText={error ?? 'Pick a contact, or type a US number to add it as a contact.'}
        />
      )}
    />
  );
}
