// React's `lazy`, with a `preload` that downloads the code ahead of the first render. Once the code is
// here, the component renders it at once. (A `lazy` component suspends on its first render even when its
// module has already loaded, since the import's promise settles only later, and its Suspense boundary
// then shows the fallback for a moment.) A preload that fails (offline, a connection dropped mid-download)
// is not kept: the next one tries again.
import { createElement, lazy, type ComponentType } from 'react';

export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await loadOnce() }));
  function Preloadable(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(Preloadable, {
    preload: () => loadOnce().then(() => undefined),
    /** Whether the code is here, so that rendering the component cannot suspend. */
    isLoaded: () => loaded !== undefined,
  });
}
