// A searchable picker over every IANA time zone, each shown with its current UTC offset. Pages use it
// through TimeZoneField, which shows a stand-in until its code (MUI's Autocomplete) is here.
import { Autocomplete, Box } from '@mui/material';
import { useEffect, useMemo, useState, type Ref } from 'react';

import { OutlinedField } from '@/components/outlined-field';
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

interface PickerProps extends TimeZoneFieldProps {
  /** Focus the field once shown (the stand-in it replaces had focus); `open` opens its list too. */
  takeFocus?: 'focus' | 'open';
}

const MAX_SHOWN = 100;

export function TimeZonePicker({
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
  takeFocus,
}: PickerProps) {
  // The list (~420 zones, each with its offset) takes the browser a moment to build: it is built while
  // the page is idle, or at once if the list is opened before. Until then the field needs only its value.
  const [options, setOptions] = useState<TimeZoneOption[] | null>(null);
  const buildOptions = () => setOptions((built) => built ?? timeZoneOptions());
  // Pressed before its code was here: the list opens as the field takes focus, that once.
  const [openOnFocus, setOpenOnFocus] = useState(takeFocus === 'open');
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
      onOpen={() => {
        buildOptions();
        setOpenOnFocus(false);
      }}
      openOnFocus={openOnFocus}
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
            <Box component="span" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {timeZoneDisplayName(option.zone)}
            </Box>
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
      // An OutlinedField, not MUI's TextField, which can be a select and so brings Select with its menu.
      renderInput={({ slotProps, ...params }) => (
        <OutlinedField
          {...params}
          {...slotProps.input}
          inputProps={slotProps.htmlInput}
          label={label}
          name={name}
          required={required}
          error={error}
          helperText={helperText}
          inputRef={inputRef}
          // Only where the user had put the focus: on the stand-in this field replaces.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus={takeFocus !== undefined}
        />
      )}
    />
  );
}
