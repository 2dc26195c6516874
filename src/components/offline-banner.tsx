// Says so when the browser goes offline. Coming back needs nothing here: TanStack Query refetches
// active queries when the connection returns. The banner's code loads the first time it is needed.
import { onlineManager } from '@tanstack/react-query';
import { lazy, Suspense, useSyncExternalStore } from 'react';

const OfflineAlert = lazy(async () => ({ default: (await import('@/components/offline-alert')).OfflineAlert }));

function subscribe(callback: () => void) {
  return onlineManager.subscribe(callback);
}

export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, () => onlineManager.isOnline());
  if (online) return null;
  return (
    <Suspense fallback={null}>
      <OfflineAlert />
    </Suspense>
  );
}
