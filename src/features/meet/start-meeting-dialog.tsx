// Start a meeting now: a history event at this moment in the user's zone, opened in a new tab. The tab
// is opened in the click itself (popup blockers allow that) and pointed at the room once the server
// answers; if the browser refused the tab, the dialog offers the link instead.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Link,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { useState, type SyntheticEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';

import { isApiError } from '@/api/errors';
import { notify } from '@/components/notify';
import { factsFromCreated, useMeetingCreated } from '@/features/meet/created-meetings-store';
import { useStartMeeting } from '@/features/meet/meet-api';
import { safeHttpUrl } from '@/lib/safe-url';
import { z } from '@/lib/zod';
import { nowInZone } from '@/lib/zoned-time';

export const startMeetingSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the meeting a title.').max(500, 'At most 500 characters.'),
    isPrivate: z.boolean(),
    password: z.string().max(100, 'At most 100 characters.'),
  })
  .refine((v) => !v.isPrivate || v.password.length > 0, {
    path: ['password'],
    error: 'A private meeting needs a password.',
  });

type Values = z.input<typeof startMeetingSchema>;

interface Props {
  userZone: string;
  userName: string | undefined;
  onClose: () => void;
  onStarted: () => void;
}

export function StartMeetingDialog({ userZone, userName, onClose, onStarted }: Props) {
  const meetingCreated = useMeetingCreated();
  const [blockedLink, setBlockedLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(startMeetingSchema),
    defaultValues: { title: userName ? `Meeting with ${userName}` : 'Meeting', isPrivate: false, password: '' },
  });
  const isPrivate = useWatch({ control: form.control, name: 'isPrivate' });

  const mutation = useStartMeeting({
    onSuccess: (created, { body, tab }) => {
      meetingCreated(created.event.meeting_id, factsFromCreated(created, body.password));
      const link = safeHttpUrl(created.event.token_for_meet.link_on_meet_with_token);
      onStarted();
      if (tab && !tab.closed && link) {
        tab.location.href = link;
        notify.success('Meeting started in a new tab.');
        onClose();
        return;
      }
      tab?.close();
      setBlockedLink(link ?? '');
    },
    onError: (error, { tab }) => {
      tab?.close();
      if (isApiError(error) && error.fieldErrors().some((e) => e.field === 'password')) {
        form.setError('password', { message: error.fieldErrors().find((e) => e.field === 'password')?.message });
        return;
      }
      setProblem(error.message);
    },
  });

  const submit = (event: SyntheticEvent<HTMLElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    // Validated synchronously, so the new tab can be opened within the click.
    const parsed = startMeetingSchema.safeParse(form.getValues());
    if (!parsed.success) {
      void form.trigger();
      return;
    }
    setProblem(null);
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    const now = nowInZone(userZone);
    const title = parsed.data.title;
    mutation.mutate({
      body: {
        title_meet: title,
        summary: title,
        description: '',
        start_time: now,
        end_time: now,
        time_zone: userZone,
        ...(parsed.data.isPrivate ? { password: parsed.data.password } : {}),
      },
      tab,
    });
  };

  if (blockedLink !== null) {
    return (
      <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="started-title">
        <DialogTitle id="started-title">Your meeting is ready</DialogTitle>
        <DialogContent>
          <Alert severity="info">
            Your browser didn't open a new tab.{' '}
            {blockedLink ? (
              <Link href={blockedLink} target="_blank" rel="noopener noreferrer">
                Open the meeting
              </Link>
            ) : (
              'Open it from the History tab.'
            )}
          </Alert>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Close</Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      onClose={mutation.isPending ? undefined : onClose}
      maxWidth="xs"
      fullWidth
      aria-labelledby="start-title"
    >
      <Box
        component="form"
        noValidate
        onSubmit={submit}
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: '1 1 auto' }}
      >
        <DialogTitle id="start-title">Start a new meeting</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2, pt: 1 }}>
            {problem && (
              <Alert severity="error" role="alert">
                {problem}
              </Alert>
            )}
            <Controller
              control={form.control}
              name="title"
              render={({ field, fieldState }) => (
                <TextField
                  {...field}
                  label="Title"
                  required
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="isPrivate"
              render={({ field }) => (
                <FormControlLabel
                  control={
                    <Switch
                      checked={field.value}
                      onChange={(e) => field.onChange(e.target.checked)}
                      onBlur={field.onBlur}
                    />
                  }
                  label="Make it private"
                />
              )}
            />
            {isPrivate && (
              <Controller
                control={form.control}
                name="password"
                render={({ field, fieldState }) => (
                  <TextField
                    {...field}
                    label="Password"
                    type="password"
                    autoComplete="new-password"
                    required
                    error={Boolean(fieldState.error)}
                    helperText={fieldState.error?.message ?? 'Guests enter it on the meeting page.'}
                  />
                )}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={mutation.isPending}>
            {mutation.isPending ? 'Starting…' : 'Start meeting'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
