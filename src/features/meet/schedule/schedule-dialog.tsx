// Schedule a meeting. When Google Calendar is not connected yet, the dialog says so, keeps what was
// typed (persisted), and goes through Google's consent; back here it shows everything as it was and
// creates the meeting on one click, exactly once.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  useMediaQuery,
} from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { useForm } from 'react-hook-form';

import { isApiError } from '@/api/errors';
import { startGoogleConsent } from '@/api/google-consent';
import { notify } from '@/components/notify';
import { factsFromCreated, useMeetingCreated } from '@/features/meet/created-meetings-store';
import { NO_GOOGLE_CREDENTIALS, useScheduleMeeting } from '@/features/meet/meet-api';
import { GoogleConsentAlert } from '@/features/meet/schedule/google-consent-alert';
import {
  useConsentPhase,
  useScheduleDraft,
  useScheduleDraftActions,
} from '@/features/meet/schedule/schedule-draft-store';
import { ScheduleFormFields } from '@/features/meet/schedule/schedule-form-fields';
import {
  defaultScheduleValues,
  fromDraft,
  scheduleSchema,
  SERVER_FIELDS,
  toDraft,
  toScheduledEventInput,
  type ScheduleFormValues,
} from '@/features/meet/schedule/schedule-form-schema';

interface Props {
  userZone: string;
  email: string | undefined;
  onClose: () => void;
  onScheduled: () => void;
}

export const CONSENT_RETURN_PATH = '/meet?tab=scheduled';

export function ScheduleDialog({ userZone, email, onClose, onScheduled }: Props) {
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const draft = useScheduleDraft();
  const consent = useConsentPhase();
  const { consentStarted, dialogClosed, meetingScheduled, draftDiscarded } = useScheduleDraftActions();
  const meetingCreated = useMeetingCreated();
  const [needsConsent, setNeedsConsent] = useState(consent === 'pending');
  const [connecting, setConnecting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Set before the request leaves, so a second click (or Enter) in the same tick cannot send another.
  const inFlight = useRef(false);

  const resolver = useMemo(() => zodResolver(scheduleSchema()), []);
  const form = useForm<ScheduleFormValues>({
    resolver,
    defaultValues: draft ? fromDraft(draft) : defaultScheduleValues(userZone),
    mode: 'onTouched',
  });

  const mutation = useScheduleMeeting({
    onSuccess: (created, body) => {
      meetingCreated(created.event.meeting_id, factsFromCreated(created, body.password));
      meetingScheduled();
      notify.success('Meeting scheduled. Google Calendar sends the invitations.');
      onScheduled();
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 404 && error.problem.detail === NO_GOOGLE_CREDENTIALS) {
        setNeedsConsent(true);
        return;
      }
      if (isApiError(error) && error.fieldErrors().length > 0) {
        for (const fieldError of error.fieldErrors()) {
          const name = SERVER_FIELDS[fieldError.field.split('.')[0] ?? ''];
          if (name) form.setError(name, { message: fieldError.message });
          else setProblem(fieldError.message);
        }
        return;
      }
      setProblem(error.message);
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const submit = (event: SyntheticEvent<HTMLElement>) => {
    void form.handleSubmit((values) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setProblem(null);
      mutation.mutate(toScheduledEventInput(toDraft(values)));
    })(event);
  };

  const connect = async () => {
    setConnecting(true);
    setProblem(null);
    consentStarted(toDraft(form.getValues()));
    try {
      await startGoogleConsent(CONSENT_RETURN_PATH);
    } catch (error) {
      setProblem(`Couldn't reach Google: ${error instanceof Error ? error.message : 'unknown error'}. Try again.`);
      setConnecting(false);
    }
  };

  const close = () => {
    if (mutation.isPending) return;
    dialogClosed(toDraft(form.getValues()));
    onClose();
  };

  const clear = () => {
    draftDiscarded();
    form.reset(defaultScheduleValues(userZone));
    setNeedsConsent(false);
    setProblem(null);
  };

  const busy = mutation.isPending || connecting;
  const alertState = consent && consent !== 'pending' ? consent : needsConsent ? 'needed' : null;

  return (
    <Dialog open onClose={close} fullScreen={fullScreen} maxWidth="sm" fullWidth aria-labelledby="schedule-title">
      {/* A flex column, so the content scrolls between a fixed title and fixed actions. */}
      <Box
        component="form"
        noValidate
        onSubmit={submit}
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: '1 1 auto' }}
      >
        <DialogTitle id="schedule-title">Schedule a meeting</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2 }}>
            {alertState && (
              <GoogleConsentAlert
                state={alertState}
                email={email}
                connecting={connecting}
                onConnect={() => void connect()}
              />
            )}
            {problem && (
              <Alert severity="error" role="alert">
                {problem}
              </Alert>
            )}
            <ScheduleFormFields control={form.control} disabled={busy} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
          <Button onClick={clear} disabled={busy} sx={{ mr: 'auto' }}>
            Clear
          </Button>
          {/* Closing keeps what was typed for next time; Clear is the way to throw it away. */}
          <Button onClick={close} disabled={mutation.isPending}>
            Close
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {mutation.isPending ? 'Creating…' : 'Create meeting'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
