// Back from Google's consent page: read `google=` once, hand the result to the pending schedule draft
// (which reopens the dialog), and take the parameter out of the URL so a reload doesn't read it again.
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

import { readConsentResult } from '@/api/google-consent';
import { notify } from '@/components/notify';
import { scheduleDraftStore } from '@/features/meet/schedule/schedule-draft-store';

export function useConsentReturn(): void {
  const [params, setParams] = useSearchParams();
  const hasResult = params.has('google');
  // React may run the effect twice for one URL; the result is acted on once.
  const handled = useRef<string | null>(null);

  useEffect(() => {
    if (!hasResult || handled.current === params.toString()) return;
    handled.current = params.toString();
    const result = readConsentResult(params);
    const { draft, consentReturned } = scheduleDraftStore.get();
    if (result && draft) consentReturned(result);
    else if (result === 'connected') notify.success('Google Calendar connected.');
    else if (result)
      notify.info(
        result === 'denied'
          ? 'Google Calendar was not connected.'
          : "That Google account doesn't match your profile's email.",
      );
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('google');
        return next;
      },
      { replace: true },
    );
  }, [hasResult, params, setParams]);
}
