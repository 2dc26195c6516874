// Renders the toast queue of notify.ts. The Snackbar's code loads with the first toast: no page needs
// it to show itself.
import { lazy, Suspense } from 'react';

import { useCurrentToast } from '@/components/notify';

const ToastView = lazy(async () => ({ default: (await import('@/components/toast-view')).ToastView }));

export function Toaster() {
  const toast = useCurrentToast();
  if (!toast) return null;
  return (
    <Suspense fallback={null}>
      <ToastView />
    </Suspense>
  );
}
