// Emotion inserts a component's new CSS rules from React's insertion effect, that is in the commit,
// which React never splits: on a first visit, when every style is new, the commit of a page's first
// render spent most of its time compiling and inserting rules (stylis, @emotion/sheet). Inserted
// during render instead (emotion's own fallback for a React without insertion effects), the work is in
// the render phase, which React splits into short slices when the render is a transition or a retry
// after a lazy chunk arrived. The rules still exist before the commit that uses them. A render React
// throws away may leave its rules in the sheet: they are class rules nothing else matches.
// Replaces `@emotion/use-insertion-effect-with-fallbacks` in the build (vite.config.ts, `resolve.alias`);
// the unit tests load emotion from node_modules as it is, the journeys run the build.
import { useInsertionEffect } from 'react';

export function useInsertionEffectAlwaysWithSyncFallback(create: () => unknown): void {
  create();
}

/** Global styles (`<GlobalStyles>`) keep the insertion effect: they also remove their rules. */
export const useInsertionEffectWithLayoutFallback = useInsertionEffect;
