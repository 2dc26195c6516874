// From / To dates for the events list; both inclusive, both in the URL. Each picker keeps what is being
// typed to itself and puts a date in the URL only once it is whole (a year typed digit by digit passes
// through 0002 and 0202 on its way to 2026).
import { Box, Button } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { useState } from 'react';
import { carrierToLocalDate, localToCarrier } from '@/lib/zoned-time';

interface Props {
  from: string | undefined;
  to: string | undefined;
  /** Only the end that changed: the other end may have changed too and not have reached the props yet. */
  onChange: (range: { from: string | undefined } | { to: string | undefined } | { from: undefined; to: undefined }) => void;
}

/** The URL's date for a picker value: undefined when cleared, false while it is not a whole date yet. */
function committedDate(next: Date | null): string | undefined | false {
  if (next === null) return undefined;
  const date = carrierToLocalDate(next);
  return date && next.getFullYear() >= 1900 ? date : false;
}

function DateField({ label, value, min, max, onCommit }: { label: string; value: string | undefined; min?: string; max?: string; onCommit: (date: string | undefined) => void }) {
  const [shown, setShown] = useState<{ url: string | undefined; picked: Date | null }>({ url: value, picked: value ? localToCarrier(value) : null });
  // The URL changed from elsewhere (Clear dates, back button): show it.
  if (shown.url !== value) setShown({ url: value, picked: value ? localToCarrier(value) : null });
  return (
    <DatePicker
      label={label}
      value={shown.picked}
      minDate={min ? (localToCarrier(min) ?? undefined) : undefined}
      maxDate={max ? (localToCarrier(max) ?? undefined) : undefined}
      onChange={(next) => {
        const date = committedDate(next);
        // Keyed to the URL as it is now; when the committed date reaches the URL, the picker shows it.
        setShown({ url: value, picked: next });
        if (date !== false && date !== value) onCommit(date);
      }}
      slotProps={{ textField: { size: 'small', sx: { width: 200 } }, field: { clearable: true } }}
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
