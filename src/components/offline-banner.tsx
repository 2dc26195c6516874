// Says so when the browser goes offline. Coming back needs nothing here: TanStack Query refetches
// active queries when the connection returns.
import WifiOffIcon from '@mui/icons-material/WifiOff';
import { Alert } from '@mui/material';
import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

function subscribe(callback: () => void) {
  return onlineManager.subscribe(callback);
}

export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, () => onlineManager.isOnline());
  if (online) return null;
  return (
    <Alert severity="warning" icon={<WifiOffIcon />} role="status" sx={{ borderRadius: 0 }}>
      You are offline. What you type is kept; lists refresh when the connection is back.
    </Alert>
  );
}
