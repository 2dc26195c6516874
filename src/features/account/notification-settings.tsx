// Desktop notifications for new texts: on or off, with or without a sound (off by default), and
// what the browser allows. Turning them on asks the browser's permission, from this click.
import { FormControlLabel, Paper, Stack, Switch, Typography } from '@mui/material';

import {
  requestNotificationPermission,
  useNotificationPermission,
  useNotificationSettingsActions,
  useNotificationsEnabled,
  useNotificationSound,
} from '@/api/notification-settings';

export function NotificationSettings() {
  const enabled = useNotificationsEnabled();
  const sound = useNotificationSound();
  const permission = useNotificationPermission();
  const { notificationsToggled, soundToggled } = useNotificationSettingsActions();
  const unsupported = permission === 'unsupported';
  // On only when they would really show: wanted and allowed.
  const on = enabled && permission === 'granted';

  const toggle = (next: boolean) => {
    notificationsToggled(next);
    if (next && permission === 'default') void requestNotificationPermission();
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }} component="section" aria-labelledby="notifications-title">
      <Typography id="notifications-title" component="h2" variant="h6">
        Notifications
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        A desktop notification when a customer texts while this tab is in the background or another conversation is
        open.
      </Typography>
      <Stack spacing={0.5}>
        <FormControlLabel
          control={
            <Switch checked={on} disabled={unsupported || permission === 'denied'} onChange={(_, v) => toggle(v)} />
          }
          label="Desktop notifications"
        />
        <FormControlLabel
          control={<Switch checked={on && sound} disabled={!on} onChange={(_, v) => soundToggled(v)} />}
          label="Play a sound"
        />
      </Stack>
      {/* Plain text, not alerts: a setting's state, not news to announce. */}
      {permission === 'denied' && (
        <Typography variant="body2" color="warning.dark" sx={{ mt: 1 }}>
          Your browser blocks notifications from this site. Allow them in the site&apos;s settings (the icon beside the
          address), then come back here.
        </Typography>
      )}
      {unsupported && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          This browser cannot show desktop notifications. Unread counts still show in the inbox and the tab title.
        </Typography>
      )}
      {permission === 'default' && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Your browser will ask you to allow them when you turn them on.
        </Typography>
      )}
    </Paper>
  );
}
