// The inbox's offer of desktop notifications. The browser's permission prompt opens only from the
// user's click on "Turn on", never on load; "Not now" hides the offer for good (the account page
// keeps the setting).
import NotificationsIcon from '@mui/icons-material/NotificationsActiveOutlined';
import { Alert, Button, Stack } from '@mui/material';

import {
  requestNotificationPermission,
  useNotificationPermission,
  useNotificationPromptDismissed,
  useNotificationSettingsActions,
  useNotificationsEnabled,
} from '@/api/notification-settings';

export function NotificationPrompt() {
  const permission = useNotificationPermission();
  const enabled = useNotificationsEnabled();
  const dismissed = useNotificationPromptDismissed();
  const { promptDismissedByUser } = useNotificationSettingsActions();
  if (permission !== 'default' || !enabled || dismissed) return null;

  return (
    <Alert
      severity="info"
      icon={<NotificationsIcon fontSize="inherit" />}
      sx={{ py: 0.25, '& .MuiAlert-message': { width: 1 } }}
    >
      Get a desktop notification when a customer texts.
      <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
        <Button size="small" variant="outlined" onClick={() => void requestNotificationPermission()}>
          Turn on notifications
        </Button>
        <Button size="small" color="inherit" onClick={promptDismissedByUser}>
          Not now
        </Button>
      </Stack>
    </Alert>
  );
}
