// Whether this tab is visible (the Page Visibility API), as React state.
import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
}

const visible = () => document.visibilityState === 'visible';

export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribe, visible, () => true);
}
