// The route table names modules by path; the router finds them through its globs. A page renamed, moved
// or exporting another name must fail here, not as a blank page in production.
import { describe, expect, it } from 'vitest';

import frameParts from '@/app/layout/frame-parts.tsx?raw';
import { pageModules, prefetchModules } from '@/app/router';
import { FETCHED_AT_START, ROUTES, SIGNED_IN_FRAME } from '@/app/routes';
import warmUp from '@/app/warm-up.ts?raw';

const named = (modules: Record<string, unknown>) =>
  Object.keys(modules)
    .map((key) => key.slice(1))
    .sort();

describe('the route table', () => {
  it('names every page module the router can load, and only those', () => {
    const pages = [SIGNED_IN_FRAME.module, ...ROUTES.map((route) => route.page)];
    expect(named(pageModules)).toEqual([...new Set(pages)].sort());
    expect(named(prefetchModules)).toEqual(ROUTES.flatMap((route) => route.prefetch ?? []).sort());
  });

  it("names each page's component as its module exports it", { timeout: 30_000 }, async () => {
    const frame = { page: SIGNED_IN_FRAME.module, component: SIGNED_IN_FRAME.component };
    for (const { page, component } of [frame, ...ROUTES]) {
      const module = await pageModules[`/${page}`]!();
      expect(typeof module[component], `${page} exports ${component}`).toBe('function');
    }
    for (const { prefetch } of ROUTES.filter((route) => route.prefetch)) {
      expect(typeof (await prefetchModules[`/${prefetch}`]!()), `${prefetch} exports prefetch`).toBe('function');
    }
  });

  it('names the modules warm-up.ts fetches at start, as the chunk planner reads them', () => {
    const fetched = [...warmUp.matchAll(/import\('@\/([^']+)'\)/g)].map(([, path]) => `src/${path ?? ''}.tsx`);
    expect(fetched.sort()).toEqual([...FETCHED_AT_START].sort());
  });

  it("names the frame's parts as the modules frame-parts.tsx imports lazily, and only those", () => {
    const lazyImports = [...frameParts.matchAll(/import\('@\/([^']+)'\)/g)].map(([, path]) => `src/${path ?? ''}.tsx`);
    expect(lazyImports.sort()).toEqual([...SIGNED_IN_FRAME.parts].sort());
  });

  it('gives every path one route', () => {
    const paths = ROUTES.flatMap((route) => route.paths);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
