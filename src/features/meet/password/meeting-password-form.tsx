// The password of a private meeting. The server checks it: a wrong one says how many tries are left;
// too many lock the form for the time the server gives (shown, counting down); the right one opens the room.
import { Alert, Box, Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type SyntheticEvent } from 'react';

import { isApiError } from '@/api/errors';
import { OutlinedField } from '@/components/outlined-field';
import { joinRoom } from '@/features/meet/meet-api';
import { browserLocation } from '@/lib/browser-location';
import { safeHttpUrl } from '@/lib/safe-url';

function plural(count: number, one: string, many: string): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}

/** "4 minutes" while a minute or more is left, then the seconds. */
function waitText(seconds: number): string {
  return seconds >= 60 ? plural(Math.ceil(seconds / 60), 'minute', 'minutes') : plural(seconds, 'second', 'seconds');
}

export function MeetingPasswordForm({ meetingId }: { meetingId: string }) {
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const locked = lockedUntil !== null;

  // While locked, tick every second: the countdown moves and the lock lifts on time.
  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= lockedUntil) {
        setLockedUntil(null);
        setMessage(null);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  const join = useMutation({
    mutationFn: (value: string) => joinRoom(meetingId, value),
    onSuccess: ({ link_on_meet_with_token }) => {
      const link = safeHttpUrl(link_on_meet_with_token);
      if (link) browserLocation.assign(link);
      else setMessage("The meeting's room link could not be opened.");
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 403) {
        const left = Number(error.problem.attempts_left);
        setMessage(Number.isFinite(left) ? `Wrong password. ${plural(left, 'try', 'tries')} left.` : 'Wrong password.');
        setPassword('');
        return;
      }
      if (isApiError(error) && error.status === 429) {
        const seconds = Number(error.problem.retry_after);
        const wait = Number.isFinite(seconds) && seconds > 0 ? seconds : 300;
        const at = Date.now();
        setNow(at);
        setLockedUntil(at + wait * 1000);
        setPassword('');
        setMessage(`Too many wrong passwords. Try again in ${waitText(wait)}.`);
        return;
      }
      setMessage(`Couldn't check the password. ${error.message}`);
    },
  });

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (join.isPending || locked || !password) return;
    setMessage(null);
    join.mutate(password);
  };

  const severity = locked ? 'warning' : 'error';
  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ mt: 3, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box aria-live="assertive">{message && <Alert severity={severity}>{message}</Alert>}</Box>
      <OutlinedField
        label="Meeting password"
        type="password"
        autoComplete="off"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        disabled={locked}
        required
        helperText={
          lockedUntil !== null
            ? `Locked after too many wrong passwords. You can try again in ${waitText(Math.max(1, Math.ceil((lockedUntil - now) / 1000)))}.`
            : 'This meeting is private. Enter the password from your invitation.'
        }
      />
      <Button type="submit" variant="contained" disabled={locked || join.isPending || !password}>
        {join.isPending ? 'Checking…' : 'Join meeting'}
      </Button>
    </Box>
  );
}
