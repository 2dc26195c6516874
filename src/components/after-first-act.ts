// Code a page needs only once the user acts (a table's pager, the profile's time zone picker) downloads
// once the user first acts on the page after its first paint; until it is here, the component shows a
// stand-in of the same size. Its download must not take the page down when it fails (offline, or with the
// connection dropped mid-download): it is tried again once the browser is back online or the user next
// presses or types (Chromium downloads a module whose import failed again).
import { useEffect, useState } from 'react';

import { firstInteraction } from '@/components/first-interaction';

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

interface Part {
  preload: () => Promise<void>;
  isLoaded: () => boolean;
}

/**
 * Downloads `part` (a `preloadableLazy` component) once the user first acts, and returns a hook that
 * says whether its code is here: until then, render a stand-in; once it is, the part renders at once.
 */
export function afterFirstAct(part: Part): () => boolean {
  const here = firstInteraction.then(() => loadPatiently(part.preload));
  return function usePartHere() {
    const [ready, setReady] = useState(part.isLoaded);
    useEffect(() => {
      if (ready) return;
      let mounted = true;
      void here.then(() => {
        if (mounted) setReady(true);
      });
      return () => {
        mounted = false;
      };
    }, [ready]);
    return ready;
  };
}
