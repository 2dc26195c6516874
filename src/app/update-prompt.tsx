// "A new version is available · Reload", once the service worker has one. Its Snackbar's code loads
// only then.
import { lazy, Suspense } from 'react';

import { useAppUpdate } from '@/app/app-update';

const UpdatePromptView = lazy(async () => ({ default: (await import('@/app/update-prompt-view')).UpdatePromptView }));

export function UpdatePrompt() {
  const update = useAppUpdate();
  if (update === 'none') return null;
  return (
    <Suspense fallback={null}>
      <UpdatePromptView />
    </Suspense>
  );
}
