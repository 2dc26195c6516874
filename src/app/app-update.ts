// A new version of the app, deployed while this tab runs: the service worker (registered by
// src/app/register-service-worker.ts) reports it, the prompt shows it, and only the user's click on
// Reload applies it. Never a reload on its own: the user may be typing (drafts are kept, but a
// reload under the fingers still loses the moment).
import { create } from 'zustand';

/** waiting: a new worker is installed and waits; activated: another tab applied it already. */
export type AppUpdate = 'none' | 'waiting' | 'activated';

const useAppUpdateStore = create<{ update: AppUpdate }>()(() => ({ update: 'none' }));

let activate: (() => Promise<void>) | null = null;
let reloadRequested = false;
/** If the new worker does not take over in this time, reload anyway: the page is served again fresh. */
const ACTIVATION_WAIT_MS = 4000;

export const appUpdate = {
  /** A new worker waits; `activateWaiting` tells it to take over. */
  found: (activateWaiting: () => Promise<void>) => {
    activate = activateWaiting;
    useAppUpdateStore.setState({ update: 'waiting' });
  },
  /** The new worker controls this page now (Reload in this tab, or in another). */
  controlling: () => {
    if (reloadRequested) window.location.reload();
    else useAppUpdateStore.setState({ update: 'activated' });
  },
  get: () => useAppUpdateStore.getState().update,
  reset: () => {
    activate = null;
    reloadRequested = false;
    useAppUpdateStore.setState({ update: 'none' });
  },
};

export const useAppUpdate = () => useAppUpdateStore((s) => s.update);

/** The user chose Reload: the new worker takes over, then the page reloads under it. */
export function reloadToUpdate(): void {
  if (appUpdate.get() === 'waiting' && activate) {
    reloadRequested = true;
    void activate();
    window.setTimeout(() => window.location.reload(), ACTIVATION_WAIT_MS);
  } else {
    window.location.reload();
  }
}
