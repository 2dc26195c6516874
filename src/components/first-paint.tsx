// The moment the app's first screen is on screen. What the start fetches for later (the error fallbacks,
// the toasts, the outbox's flush, the service worker) waits for it: fetched beside the page's code and
// data, it shared their network and main thread while the user waited for the first screen
// (docs/decisions.md, "Start, 2026-12-07 (evening)").
import { useEffect } from 'react';

/** Without a paint reported by the browser, the first screen counts as shown this long after its commit. */
export const AT_MOST_MS = 1000;

let shown: () => void = () => undefined;

/** Resolves once the app's first commit has been painted with content (the browser's first contentful paint). */
export const firstPaint = new Promise<void>((resolve) => {
  shown = resolve;
});

const reportsPaints = () =>
  typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint');

/** Rendered once at the root: resolves `firstPaint` after the first commit. */
export function FirstPaintSignal() {
  useEffect(() => {
    const timer = setTimeout(shown, AT_MOST_MS);
    if (!reportsPaints()) {
      // The frame's callback runs before that frame paints; the task after it, once it has.
      requestAnimationFrame(() => setTimeout(shown));
      return () => clearTimeout(timer);
    }
    // Reported once the frame is presented, which can be a while after the main thread painted it.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) shown();
    });
    observer.observe({ type: 'paint', buffered: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);
  return null;
}
