// A searchable picker over every IANA time zone (time-zone-picker.tsx). Its code (MUI's Autocomplete
// with the popup positioning, about 14 KB gz) downloads once the user first acts on the page, not with
// it: until then a read-only field of the same size shows the chosen zone as the picker will. If that
// stand-in has focus when the picker arrives, the picker takes it (and opens its list if it was pressed).
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { useState } from 'react';

import { afterFirstAct } from '@/components/after-first-act';
import { OutlinedField } from '@/components/outlined-field';
import { preloadableLazy } from '@/components/preloadable-lazy';
import type { TimeZoneFieldProps } from '@/components/time-zone-picker';
import { timeZoneDisplayName, toOption } from '@/lib/time-zones';

export type { TimeZoneFieldProps } from '@/components/time-zone-picker';

const Picker = preloadableLazy(async () => (await import('@/components/time-zone-picker')).TimeZonePicker);
const usePickerHere = afterFirstAct(Picker);

export function TimeZoneField(props: TimeZoneFieldProps) {
  const [focus, setFocus] = useState<'focus' | 'open' | undefined>(undefined);
  if (usePickerHere()) return <Picker {...props} takeFocus={focus} />;
  const { label, value, name, required, disabled, error, helperText, id, onBlur, inputRef } = props;
  return (
    <OutlinedField
      id={id}
      label={label}
      name={name}
      required={required}
      disabled={disabled}
      error={error}
      helperText={helperText}
      value={value ? `${timeZoneDisplayName(value)} (${toOption(value).offset})` : ''}
      readOnly
      // A form's ref (to focus the field on an error) reaches the stand-in, then the picker's input.
      inputRef={inputRef}
      inputProps={{ role: 'combobox', 'aria-expanded': false }}
      endAdornment={<ArrowDropDownIcon sx={{ color: 'action.active', mr: -0.75 }} />}
      onPointerDown={() => setFocus('open')}
      onFocus={() => setFocus((current) => current ?? 'focus')}
      onBlur={() => {
        setFocus(undefined);
        onBlur?.();
      }}
    />
  );
}
