// From / To dates for the events list; both inclusive, both in the URL. Native date inputs: each keeps
// what is being typed to itself and puts a date in the URL only once it is whole (a year typed digit by
// digit passes through 0002 and 0202 on its way to 2026).
import { Box, Button } from '@mui/material';
import { useState } from 'react';

import { OutlinedField } from '@/components/outlined-field';

interface Props {
  from: string | undefined;
  to: string | undefined;
  /** Only the end that changed: the other end may have changed too and not have reached the props yet. */
  onChange: (
    range: { from: string | undefined } | { to: string | undefined } | { from: undefined; to: undefined },
  ) => void;
}

const WHOLE_DATE = /^(\d{4})-\d{2}-\d{2}$/;

/** The URL's date for an input's value: undefined when cleared, false while it is not a whole date yet. */
function committedDate(value: string, badInput = false): string | undefined | false {
  // An empty value is either a cleared input or one typed halfway (the browser says which).
  if (value === '') return badInput ? false : undefined;
  const year = WHOLE_DATE.exec(value)?.[1];
  return year && Number(year) >= 1900 && !Number.isNaN(Date.parse(value)) ? value : false;
}

function DateField({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  value: string | undefined;
  min?: string;
  max?: string;
  onCommit: (date: string | undefined) => void;
}) {
  const [shown, setShown] = useState({ url: value, text: value ?? '' });
  // The URL changed from elsewhere (Clear dates, back button): show it.
  if (shown.url !== value) setShown({ url: value, text: value ?? '' });
  // The browser clears a half-typed date when the input's min or max changes, as it does when the other
  // end reaches the URL just after the user moved on to this one. While it has focus, the field keeps
  // the limits it had.
  const [focused, setFocused] = useState(false);
  const [limits, setLimits] = useState({ min, max });
  if (!focused && (limits.min !== min || limits.max !== max)) setLimits({ min, max });
  return (
    <OutlinedField
      type="date"
      label={label}
      size="small"
      shrinkLabel
      fullWidth={false}
      value={shown.text}
      onChange={(event) => {
        const input = event.target as HTMLInputElement;
        const date = committedDate(input.value, input.validity.badInput);
        // Keyed to the URL as it is now; when the committed date reaches the URL, the input shows it.
        setShown({ url: value, text: input.value });
        if (date !== false && date !== value) onCommit(date);
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      sx={{ width: 170 }}
      inputProps={{ min: limits.min, max: limits.max }}
    />
  );
}

export function DateRangeFilter({ from, to, onChange }: Props) {
  return (
    <Box role="group" aria-label="Date range" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <DateField label="From" value={from} max={to} onCommit={(date) => onChange({ from: date })} />
      <DateField label="To" value={to} min={from} onCommit={(date) => onChange({ to: date })} />
      {(from ?? to) && (
        <Button size="small" onClick={() => onChange({ from: undefined, to: undefined })}>
          Clear dates
        </Button>
      )}
    </Box>
  );
}
