// A date-time picker that shows and takes wall-clock time in a chosen zone, not the browser's: its
// value is a carrier (see zoned-time.ts), so what the user sees is exactly what is sent. It brings its own
// LocalizationProvider, so the pickers' code loads only with the dialog that uses it.
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';

import { localToCarrier, nowInZone } from '@/lib/zoned-time';

import type { Ref } from 'react';

interface Props {
  label: string;
  value: Date | null;
  onChange: (carrier: Date | null) => void;
  onBlur?: () => void;
  zone: string;
  error?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function ZonedDateTimeField({ label, value, onChange, onBlur, zone, error, disabled, inputRef }: Props) {
  const now = localToCarrier(nowInZone(zone)) ?? undefined;
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns}>
      <DateTimePicker
        label={label}
        value={value}
        onChange={(next) => onChange(next)}
        minDateTime={now}
        disabled={disabled}
        inputRef={inputRef}
        slotProps={{
          textField: {
            required: true,
            fullWidth: true,
            onBlur,
            error: Boolean(error),
            helperText: error ?? `Time in ${zone}`,
          },
        }}
      />
    </LocalizationProvider>
  );
}
