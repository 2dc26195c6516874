// Says so when the browser goes offline. Coming back needs nothing here: TanStack Query refetches
// the shown queries when the connection returns. Drawn with a plain Box, part of the first download:
// a lazily loaded banner could not load at the very moment it is needed.
import { Box } from '@mui/material';
import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

function subscribe(callback: () => void) {
  return onlineManager.subscribe(callback);
}

export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, () => onlineManager.isOnline());
  if (online) return null;
  return (
    <Box
      role="status"
      // The colours of MUI's standard warning Alert, which keep 4.5:1 contrast in both themes.
      sx={(theme) => ({
        px: 2,
        py: 1.25,
        fontSize: '0.875rem',
        borderBottom: 1,
        borderColor: 'divider',
        color: '#663c00',
        bgcolor: '#fff4e5',
        ...theme.applyStyles('dark', { color: '#ffe2b7', bgcolor: '#191207' }),
      })}
    >
      You are offline. What you type is kept; lists refresh when the connection is back.
    </Box>
  );
}
