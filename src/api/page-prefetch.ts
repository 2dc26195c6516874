// A signed-in page's first queries, started while the app starts (see preloadPage in src/app/router.tsx,
// and `prefetch` in the route table, src/app/routes.ts): the answers then arrive alongside the page's
// code instead of after it has rendered. Each page's module is small (its query options only) and uses
// the same keys as the page, so the page finds them cached or in flight. A failure is left to the page,
// whose own query asks again and shows it.
import type { QueryClient } from '@tanstack/react-query';

/** What a page's prefetch module exports as `prefetch`: `params` are the route's, from the address. */
export type PagePrefetch = (
  queryClient: QueryClient,
  url: URL,
  params: Readonly<Partial<Record<string, string>>>,
) => void;

/** The page's prefetch with its route's parameters found, as the app's start calls it. */
export type StartPrefetch = (queryClient: QueryClient, url: URL) => void;

/** The page's own query reports a failure; the prefetch has nothing to add. */
export const ignore = (): undefined => undefined;
