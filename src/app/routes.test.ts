// The route table names modules by path; the router finds them through its globs. A page renamed, moved
// or exporting another name must fail here, not as a blank page in production.
import { describe, expect, it } from 'vitest';

import { framePartModules, pageModules, prefetchModules } from '@/app/router';
import { FETCHED_AT_START, ROUTES, SIGNED_IN_FRAME } from '@/app/routes';
import warmUp from '@/app/warm-up.ts?raw';

const layoutSources = import.meta.glob<string>('/src/app/layout/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const named = (modules: Record<string, unknown>) =>
  Object.keys(modules)
    .map((key) => key.slice(1))
    .sort();

describe('the route table', () => {
  it('names every page module the router can load, and only those', () => {
    const pages = [SIGNED_IN_FRAME.module, ...ROUTES.map((route) => route.page)];
    expect(named(pageModules)).toEqual([...new Set(pages)].sort());
    expect(named(prefetchModules)).toEqual(ROUTES.flatMap((route) => route.prefetch ?? []).sort());
    expect(named(framePartModules)).toEqual([...SIGNED_IN_FRAME.parts].sort());
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

  it("names the frame's parts as modules the frame's layout imports lazily", () => {
    const lazyImports = Object.values(layoutSources).flatMap((source) =>
      [...source.matchAll(/import\('@\/([^']+)'\)/g)].map(([, path]) => `src/${path ?? ''}.tsx`),
    );
    expect(SIGNED_IN_FRAME.parts.length).toBeGreaterThan(0);
    for (const part of SIGNED_IN_FRAME.parts) expect(lazyImports).toContain(part);
  });

  it('gives every path one route', () => {
    const paths = ROUTES.flatMap((route) => route.paths);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
