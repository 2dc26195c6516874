// A part of a page whose code downloads after the page (its pager, its hints' tooltip) must not take the
// page down when that download fails: offline, or with the connection dropped mid-download. Its load is
// tried again once the browser is back online or the user next acts (Chromium downloads a module whose
// import failed again), and the part shows once it is here.

/** What gives a failed download another try: the network back, or the user pressing or typing. */
const CHANCES = ['online', 'pointerdown', 'keydown'] as const;

function nextChance(): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      for (const type of CHANCES) window.removeEventListener(type, go, true);
      resolve();
    };
    for (const type of CHANCES) window.addEventListener(type, go, { capture: true, passive: true });
  });
}

/** Resolves once `load` has succeeded, trying it again on each next chance after a failure. */
export async function loadPatiently(load: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      await load();
      return;
    } catch {
      await nextChance();
    }
  }
}
