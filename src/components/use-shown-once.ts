import { useState } from 'react';

/**
 * True from the first render where `shown` is, on: a lazily loaded dialog mounts when it first opens and
 * stays mounted, so that closing animates and opening again is instant.
 */
export function useShownOnce(shown: boolean): boolean {
  const [once, setOnce] = useState(shown);
  if (shown && !once) setOnce(true);
  return once || shown;
}
