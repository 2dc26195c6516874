import WifiOffIcon from '@mui/icons-material/WifiOff';
import { Alert } from '@mui/material';

export function OfflineAlert() {
  return (
    <Alert severity="warning" icon={<WifiOffIcon />} role="status" sx={{ borderRadius: 0 }}>
      You are offline. What you type is kept; lists refresh when the connection is back.
    </Alert>
  );
}
