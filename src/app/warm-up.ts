// The few pieces the app needs exactly when the network may be gone (the error fallbacks, toasts)
// are not part of the entry, to keep it small, but are fetched as soon as the first screen has painted
// (src/components/first-paint.tsx), not beside the page's code and data: losing the connection at any moment
// later can still show them. (Fetched when idle, they could miss a page busy rendering its first rows,
// and a connection lost then left a blank page.)
export function warmUpFallbacks(): void {
  const ignore = () => undefined; // still offline or blocked: the lazy component will try again
  import('@/components/route-error-fallback').catch(ignore);
  import('@/components/toast-view').catch(ignore);
}
