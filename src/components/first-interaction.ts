// The user's first act on the page: a pointer moving or pressing, a key, a wheel turn or a touch. What a
// page needs only once the user acts (a table's pager, its dialogs) waits for it after the first paint,
// or AT_LATEST_MS after the first paint when the user has not acted by then. Downloaded and evaluated
// right after the first paint, that code held the main thread while the user began to read the page
// (docs/decisions.md, "Table pages").
import { firstPaint } from '@/components/first-paint';

/** How long after the first paint what waits for the user's first act comes anyway. */
export const AT_LATEST_MS = 5000;

const ACTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let acted: () => void = () => undefined;
const userActed = new Promise<void>((resolve) => {
  acted = resolve;
});
function onAct() {
  acted();
  for (const type of ACTS) window.removeEventListener(type, onAct, true);
}
for (const type of ACTS) window.addEventListener(type, onAct, { capture: true, passive: true });

/** Resolves after the first paint, once the user has acted or AT_LATEST_MS later. */
export const firstInteraction: Promise<void> = firstPaint.then(() =>
  Promise.race([userActed, new Promise<void>((resolve) => setTimeout(resolve, AT_LATEST_MS))]),
);
