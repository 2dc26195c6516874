// Toasts: for completed actions and for background failures only (style.md). Errors that belong to a
// field or a screen are shown there instead. A small queue over MUI's Snackbar (rendered by <Toaster/>):
// one toast at a time, each for its own duration.
import { create } from 'zustand';

export type ToastSeverity = 'success' | 'info' | 'error';

export interface Toast {
  id: number;
  message: string;
  severity: ToastSeverity;
  durationMs: number;
}

interface ToastState {
  queue: Toast[];
  toastShown: (toast: Omit<Toast, 'id'>) => void;
  toastDismissed: (id: number) => void;
}

let nextId = 1;

const useToastStore = create<ToastState>()((set) => ({
  queue: [],
  toastShown: (toast) => {
    const id = nextId++;
    // Keep the last few: a burst of background failures should not bury the screen for a minute.
    set((state) => ({ queue: [...state.queue, { ...toast, id }].slice(-3) }));
  },
  toastDismissed: (id) => {
    set((state) => ({ queue: state.queue.filter((t) => t.id !== id) }));
  },
}));

export const useCurrentToast = () => useToastStore((s) => s.queue[0]);
export const useToastDismissed = () => useToastStore((s) => s.toastDismissed);

function show(message: string, severity: ToastSeverity, durationMs: number) {
  useToastStore.getState().toastShown({ message, severity, durationMs });
}

export const notify = {
  success: (message: string) => show(message, 'success', 4000),
  info: (message: string) => show(message, 'info', 5000),
  error: (message: string) => show(message, 'error', 8000),
};

/** For tests. */
export function resetToasts(): void {
  useToastStore.setState({ queue: [] });
}
