// A searchable picker over every IANA time zone, each shown with its current UTC offset.
import { Autocomplete, Box, TextField } from '@mui/material';
import { useEffect, useMemo, useState, type Ref } from 'react';

import {
  buildTimeZoneOptionsWhenIdle,
  matchesTimeZone,
  timeZoneDisplayName,
  timeZoneOptions,
  toOption,
  type TimeZoneOption,
} from '@/lib/time-zones';

export interface TimeZoneFieldProps {
  label: string;
  /** An IANA zone name such as `America/New_York`, or null for none. */
  value: string | null;
  onChange: (zone: string | null) => void;
  onBlur?: () => void;
  error?: boolean;
  helperText?: React.ReactNode;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
}

const MAX_SHOWN = 100;

export function TimeZoneField({
  label,
  value,
  onChange,
  onBlur,
  error,
  helperText,
  name,
  required,
  disabled,
  inputRef,
  id,
}: TimeZoneFieldProps) {
  // The list (~420 zones, each with its offset) takes the browser a moment to build: it is built while
  // the page is idle, or at once if the list is opened before. Until then the field needs only its value.
  const [options, setOptions] = useState<TimeZoneOption[] | null>(null);
  const buildOptions = () => setOptions((built) => built ?? timeZoneOptions());
  useEffect(() => buildTimeZoneOptionsWhenIdle((built) => setOptions((current) => current ?? built)), []);
  // A zone the list lacks (an alias the API stored) is still shown rather than silently dropped.
  const selected = useMemo(() => {
    if (!value) return null;
    return options?.find((o) => o.zone === value) ?? toOption(value);
  }, [options, value]);

  return (
    <Autocomplete<TimeZoneOption>
      id={id}
      options={options ?? (selected ? [selected] : [])}
      onOpen={buildOptions}
      value={selected}
      disabled={disabled}
      onChange={(_, option) => {
        onChange(option?.zone ?? null);
      }}
      onBlur={onBlur}
      isOptionEqualToValue={(option, current) => option.zone === current.zone}
      getOptionLabel={(option) => `${timeZoneDisplayName(option.zone)} (${option.offset})`}
      filterOptions={(all, state) => {
        const query = state.inputValue.trim();
        // When the field shows the chosen zone, list everything so the user can browse.
        if (!query || (selected && state.inputValue === state.getOptionLabel(selected))) return all;
        return all.filter((o) => matchesTimeZone(o, query)).slice(0, MAX_SHOWN);
      }}
      renderOption={(props, option) => {
        const { key, ...rest } = props;
        return (
          <Box component="li" key={key} {...rest} sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
            <span>{timeZoneDisplayName(option.zone)}</span>
            <Box
              component="span"
              sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
            >
              {option.offset}
            </Box>
          </Box>
        );
      }}
      noOptionsText="No time zone matches. Try a city, a region or an offset such as +5:30."
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          name={name}
          required={required}
          error={error}
          helperText={helperText}
          inputRef={inputRef}
        />
      )}
    />
  );
}
