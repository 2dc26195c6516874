// Runs `work` when the browser is idle (or after a short wait where it cannot say); returns a cancel.
export function whenIdle(work: () => void, timeoutMs = 5_000): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(work, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(work, Math.min(timeoutMs, 2_000));
  return () => clearTimeout(id);
}
