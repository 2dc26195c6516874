// Attendees as email chips: type or paste addresses (Enter, comma, space or leaving the field adds them);
// an address that is not one is refused with a message and stays in the box to be fixed.
import { Autocomplete, Chip, TextField } from '@mui/material';
import { useState } from 'react';

import { isEmail } from '@/features/meet/schedule/schedule-form-schema';

interface Props {
  value: string[];
  onChange: (emails: string[]) => void;
  onBlur?: () => void;
  error?: string;
  disabled?: boolean;
}

function tokens(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export function AttendeesField({ value, onChange, onBlur, error, disabled }: Props) {
  const [input, setInput] = useState('');
  const [refused, setRefused] = useState<string | null>(null);

  /** Adds the valid addresses in `text`; returns what could not be added. */
  const commit = (text: string): string => {
    const all = tokens(text);
    const valid = all.filter(isEmail);
    const invalid = all.filter((t) => !isEmail(t));
    const known = new Set(value.map((e) => e.toLowerCase()));
    const added = valid.filter((e) => {
      const key = e.toLowerCase();
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    if (added.length > 0) onChange([...value, ...added]);
    setRefused(
      invalid.length > 0
        ? `${invalid.map((t) => `“${t}”`).join(', ')} ${invalid.length === 1 ? 'is not an email address' : 'are not email addresses'}.`
        : null,
    );
    return invalid.join(' ');
  };

  return (
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      options={[]}
      value={value}
      disabled={disabled}
      inputValue={input}
      onInputChange={(_, next, reason) => {
        if (reason === 'reset') return;
        // A separator typed or pasted ends an address.
        if (/[\s,;]/.test(next)) {
          setInput(commit(next));
          return;
        }
        setInput(next);
        if (refused) setRefused(null);
      }}
      onChange={(_, next, reason) => {
        if (reason === 'createOption') {
          const typed = next[next.length - 1] ?? '';
          setInput(commit(typed));
          return;
        }
        onChange(next);
      }}
      onBlur={() => {
        if (input.trim()) setInput(commit(input));
        onBlur?.();
      }}
      renderValue={(emails, getItemProps) =>
        emails.map((email, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} label={email} size="small" {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label="Attendees"
          required
          placeholder={value.length === 0 ? 'name@example.com' : undefined}
          error={Boolean(refused ?? error)}
          helperText={
            refused ?? error ?? 'Type an email address and press Enter. Google Calendar sends the invitations.'
          }
        />
      )}
    />
  );
}
