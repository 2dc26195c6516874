// Desktop notification preferences of this browser (on/off, sound, the inbox's prompt dismissed) and
// the browser's permission. Texting notifies and prompts; the account page changes them. Here, beside
// the session store, because features do not import each other. A browser preference, like the color
// mode: it names no user, so it stays after sign-out.
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface SettingsState {
  /** Notifications wanted (they also need the browser's permission). On until turned off. */
  enabled: boolean;
  /** A sound with each notification. Off by default. */
  sound: boolean;
  /** "Not now" on the inbox's prompt: it is not shown again (the account page still offers them). */
  promptDismissed: boolean;
  notificationsToggled: (enabled: boolean) => void;
  soundToggled: (sound: boolean) => void;
  promptDismissedByUser: () => void;
}

export const NOTIFICATION_SETTINGS_KEY = 'ringplan.notifications';

const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      enabled: true,
      sound: false,
      promptDismissed: false,
      notificationsToggled: (enabled) => set({ enabled }),
      soundToggled: (sound) => set({ sound }),
      promptDismissedByUser: () => set({ promptDismissed: true }),
    }),
    {
      name: NOTIFICATION_SETTINGS_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ enabled: s.enabled, sound: s.sound, promptDismissed: s.promptDismissed }),
      migrate: (persisted, version) =>
        version === 1 ? (persisted as SettingsState) : { enabled: true, sound: false, promptDismissed: false },
    },
  ),
);

// Other tabs follow a change made on the account page.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === NOTIFICATION_SETTINGS_KEY) void useSettingsStore.persist.rehydrate();
  });
}

export const useNotificationsEnabled = () => useSettingsStore((s) => s.enabled);
export const useNotificationSound = () => useSettingsStore((s) => s.sound);
export const useNotificationPromptDismissed = () => useSettingsStore((s) => s.promptDismissed);
export const useNotificationSettingsActions = () => ({
  notificationsToggled: useSettingsStore((s) => s.notificationsToggled),
  soundToggled: useSettingsStore((s) => s.soundToggled),
  promptDismissedByUser: useSettingsStore((s) => s.promptDismissedByUser),
});

/** For non-React code and tests. */
export const notificationSettings = {
  get: () => useSettingsStore.getState(),
  reset: () => useSettingsStore.setState({ enabled: true, sound: false, promptDismissed: false }),
};

export type Permission = NotificationPermission | 'unsupported';

// The browser's permission changes outside the app (a prompt answered, site settings): listeners are
// told after `requestNotificationPermission` and, where the Permissions API reports it, on any change.
const permissionListeners = new Set<() => void>();
let watchingPermission = false;

function readPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

function subscribePermission(listener: () => void): () => void {
  permissionListeners.add(listener);
  if (!watchingPermission && typeof navigator !== 'undefined' && 'permissions' in navigator) {
    watchingPermission = true;
    navigator.permissions.query({ name: 'notifications' }).then(
      (status) => {
        status.onchange = () => permissionListeners.forEach((l) => l());
      },
      () => undefined,
    );
  }
  return () => permissionListeners.delete(listener);
}

export function useNotificationPermission(): Permission {
  return useSyncExternalStore(subscribePermission, readPermission, () => 'unsupported' as const);
}

/** Asks the browser; call only from a user's click (browsers ignore or penalise asking on load). */
export async function requestNotificationPermission(): Promise<Permission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  const answer = await Notification.requestPermission();
  permissionListeners.forEach((l) => l());
  return answer;
}
