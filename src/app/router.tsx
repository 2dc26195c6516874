// Every route of the app, from the route table (routes.ts). Pages load lazily: a visit downloads only the
// code of its page. Declarative routes (not the data router): the app fetches through TanStack Query,
// not route loaders, and the data router's machinery would cost every page ~16 KB gzipped.
import { type ComponentType } from 'react';
import { matchPath, Navigate, Route, Routes } from 'react-router';

import type { PagePrefetch, StartPrefetch } from '@/api/page-prefetch';
import { preloadFrameParts } from '@/app/layout/frame-parts';
import { PublicLayout } from '@/app/public-layout';
import { HOME, ROUTES, SIGNED_IN_FRAME, type AppRoute } from '@/app/routes';
import { preloadableLazy } from '@/components/preloadable-lazy';

// The modules the table may name, each a chunk of its own, loaded when first wanted. A glob can only
// be literal, hence the naming rule (`*-page.tsx`, `*-prefetch.ts`); routes.test.ts checks that each
// module found is in the table and each in the table is found.
export const pageModules = import.meta.glob<Record<string, ComponentType | undefined>>([
  '/src/features/**/*-page.tsx',
  '/src/app/not-found-page.tsx',
  '/src/app/signed-in-frame.tsx',
]);
export const prefetchModules = import.meta.glob<PagePrefetch>('/src/features/**/*-prefetch.ts', {
  import: 'prefetch',
});

function loader<T>(modules: Record<string, () => Promise<T>>, module: string): () => Promise<T> {
  const load = modules[`/${module}`];
  if (!load) throw new Error(`src/app/routes.ts names ${module}, which is not a page or prefetch module`);
  return load;
}

/**
 * A lazily loaded component, whose code can also be fetched ahead of rendering it (`preload`); once
 * fetched, it renders at once, without showing its Suspense fallback.
 */
function lazyComponent(module: string, name: string) {
  const load = loader(pageModules, module);
  return preloadableLazy(async () => {
    const component = (await load())[name];
    if (!component) throw new Error(`${module} exports no ${name} (src/app/routes.ts)`);
    return component;
  });
}

// The signed-in frame (session guard, navigation) loads lazily too: the sign-in page doesn't need it.
const SignedInFrame = lazyComponent(SIGNED_IN_FRAME.module, SIGNED_IN_FRAME.component);
const pages = ROUTES.map((route) => ({
  route,
  Page: lazyComponent(route.page, route.component),
  prefetch: route.prefetch ? loader(prefetchModules, route.prefetch) : undefined,
}));

/** What `preloadPage` started: the page's code, and the module of the page's first queries. */
export interface PagePreload {
  /** Settles once the page's code (and, signed in, the frame's and its parts') is here, or could not load. */
  code: Promise<void>;
  /** The page's prefetch, once its module is here; undefined without one or when it failed to load. */
  prefetch: Promise<StartPrefetch | undefined>;
}

/**
 * Starts downloading the code of the page at `pathname` (and, for a signed-in page, the frame, its parts
 * and the module of the page's first queries), so it arrives alongside the runtime configuration instead of
 * after it. Signed out, a signed-in page's code is not fetched: that visit goes to sign-in. A failure
 * here is left to the route, which loads again and shows its error with Retry.
 */
export function preloadPage(pathname: string, signedIn: boolean): PagePreload {
  const ignore = () => undefined;
  for (const { route, Page, prefetch } of pages) {
    // Only the pages named by the address: an unknown one shows the small not-found page.
    const match = route.paths.map((path) => (path === '*' ? null : matchPath(path, pathname))).find(Boolean);
    if (!match) continue;
    if (route.signedIn && !signedIn) break;
    const frame = route.signedIn ? [SignedInFrame.preload(), preloadFrameParts()] : [];
    const code = Promise.all([...frame, Page.preload()]).then(ignore, ignore);
    if (!prefetch) return { code, prefetch: Promise.resolve(undefined) };
    return {
      code,
      prefetch: prefetch().then(
        (start): StartPrefetch =>
          (queryClient, url) => {
            start(queryClient, url, match.params);
          },
        ignore,
      ),
    };
  }
  return { code: Promise.resolve(), prefetch: Promise.resolve(undefined) };
}

const routesOf = ({ route, Page }: { route: AppRoute; Page: ComponentType }) =>
  route.paths.map((path) => <Route key={path} path={path} element={<Page />} />);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>{pages.filter((p) => !p.route.signedIn).flatMap(routesOf)}</Route>
      <Route element={<SignedInFrame />}>
        <Route path="/" element={<Navigate to={HOME} replace />} />
        {pages.filter((p) => p.route.signedIn).flatMap(routesOf)}
      </Route>
    </Routes>
  );
}
