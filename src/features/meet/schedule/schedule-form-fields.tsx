// The Schedule dialog's fields, wired to react-hook-form.
import { Box, TextField } from '@mui/material';
import { Controller, useWatch, type Control } from 'react-hook-form';

import { TimeZoneField } from '@/components/time-zone-field';
import { AttendeesField } from '@/features/meet/schedule/attendees-field';
import type { ScheduleFormValues } from '@/features/meet/schedule/schedule-form-schema';
import { ZonedDateTimeField } from '@/features/meet/schedule/zoned-date-time-field';

export function ScheduleFormFields({ control, disabled }: { control: Control<ScheduleFormValues>; disabled: boolean }) {
  const zone = useWatch({ control, name: 'time_zone' });
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, pt: 1 }}>
      <Controller
        control={control}
        name="title_meet"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label="Title"
            required
            disabled={disabled}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            sx={{ gridColumn: '1 / -1' }}
          />
        )}
      />
      <Controller
        control={control}
        name="summary"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label="Summary"
            disabled={disabled}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? 'The event name in Google Calendar; the title when left empty.'}
            sx={{ gridColumn: '1 / -1' }}
          />
        )}
      />
      <Controller
        control={control}
        name="description"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label="Description"
            multiline
            minRows={2}
            disabled={disabled}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            sx={{ gridColumn: '1 / -1' }}
          />
        )}
      />
      <Controller
        control={control}
        name="start"
        render={({ field, fieldState }) => (
          <ZonedDateTimeField
            label="Starts"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            zone={zone}
            disabled={disabled}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="end"
        render={({ field, fieldState }) => (
          <ZonedDateTimeField
            label="Ends"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            zone={zone}
            disabled={disabled}
            error={fieldState.error?.message}
          />
        )}
      />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Controller
          control={control}
          name="time_zone"
          render={({ field, fieldState }) => (
            <TimeZoneField
              label="Time zone"
              value={field.value || null}
              onChange={(next) => field.onChange(next ?? '')}
              onBlur={field.onBlur}
              inputRef={field.ref}
              name={field.name}
              required
              disabled={disabled}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message ?? 'Start and end are times in this zone.'}
            />
          )}
        />
      </Box>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Controller
          control={control}
          name="attendees"
          render={({ field, fieldState }) => (
            <AttendeesField
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              disabled={disabled}
              error={fieldState.error?.message ?? fieldState.error?.root?.message}
            />
          )}
        />
      </Box>
      <Controller
        control={control}
        name="password"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label="Password (optional)"
            type="password"
            autoComplete="new-password"
            disabled={disabled}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? 'With a password the meeting is private.'}
            sx={{ gridColumn: '1 / -1' }}
          />
        )}
      />
    </Box>
  );
}
