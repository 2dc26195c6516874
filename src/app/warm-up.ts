// The few pieces the app needs exactly when the network may be gone (the error fallbacks, toasts)
// load lazily to keep the first download small, then are fetched here once the first page is up,
// so losing the connection later can still show them.
import { whenIdle } from '@/lib/when-idle';

export function warmUpFallbacks(): void {
  const load = () => {
    const ignore = () => undefined; // still offline or blocked: the lazy component will try again
    import('@/components/route-error-fallback').catch(ignore);
    import('@/components/toast-view').catch(ignore);
  };
  whenIdle(load);
}
