// Chunks by route. Left to itself, the bundler makes one chunk per set of lazy modules sharing code. With
// every dialog a lazy module of its own, a signed-in route's first load was 48–63 files, each found only
// once the file importing it had arrived. Here every module that a route's first load needs goes into
// one chunk per set of routes needing it (`route~contacts_meet-<hash>.js`): 24–28 files, and still
// nothing a route does not use. Lazy dialogs keep their own chunks: what only they use downloads when
// one first opens.
//
// Which route needs which module is read from a first build with the default chunking (what a route
// loads there is exactly what it uses, after tree-shaking); the second build groups by it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { readBuild } from './bundle-report.mjs';

/** True in the first build, which chunks by default and only reports. */
export const isRouteScan = () => process.env.ROUTE_SCAN === '1';

/** A route's name from its lazy module: src/features/contacts/contacts-page.tsx → contacts. */
const unitName = (facade) =>
  facade
    .split('/')
    .pop()
    .replace(/\.tsx?$/, '')
    .replace(/-page$/, '');

/**
 * Which routes load each module at their first load, from a build with the default chunking. A route is
 * one of the modules the entry imports lazily: a page, its data prefetch (a route of its own, so that the
 * page's first requests wait only for what they use), the signed-in frame, the error fallbacks.
 */
export function scanRoutes(dist) {
  const { chunks, entry, closure } = readBuild(dist);
  const initial = closure([entry]);
  const lazy = new Set([...initial].flatMap((file) => chunks[file].dynamicImports));
  const routesOf = new Map();
  for (const file of lazy) {
    const name = unitName(chunks[file].facade ?? file);
    for (const loaded of closure([file])) {
      if (initial.has(loaded)) continue;
      for (const module of chunks[loaded].modules) {
        const names = routesOf.get(module) ?? new Set();
        names.add(name);
        routesOf.set(module, names);
      }
    }
  }
  // Where one route that needs a module always comes with another that needs it, the module goes with
  // the other only: a signed-in page always comes with the frame and its data prefetch, and every route
  // with the fallbacks fetched at start. Fewer sets, fewer files.
  for (const [module, names] of routesOf) {
    const kept = [...names];
    for (const name of names) {
      if (comesWith(name).some((other) => other !== name && kept.includes(other))) kept.splice(kept.indexOf(name), 1);
    }
    routesOf.set(module, kept.sort());
  }
  return routesOf;
}

const FRAME = 'signed-in-frame';
/** The routes shown only inside the signed-in frame. */
const SIGNED_IN_PAGES = ['inbox', 'contacts', 'meet', 'account'];
/** What src/app/warm-up.ts fetches right after start, on every route. */
const FETCHED_AT_START = ['route-error-fallback', 'toast-view'];

/** The routes loaded whenever this one is (src/app/router.tsx, preloadPage). */
function comesWith(name) {
  const page = name.replace(/-prefetch$/, '');
  if (!SIGNED_IN_PAGES.includes(page)) return FETCHED_AT_START;
  return [FRAME, ...(page === name ? [`${page}-prefetch`] : []), ...FETCHED_AT_START];
}

/**
 * The group name function for the second build: runs the first build (about as long as a build without
 * source maps), then names each module's chunk by the routes that load it, or leaves it to the default.
 */
export function routeChunkName() {
  // A folder of its own, so builds running side by side (the bench's and the tests') do not mix.
  const dist = mkdtempSync(join(tmpdir(), 'route-scan-'));
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
      stdio: 'inherit',
      env: { ...process.env, ROUTE_SCAN: '1' },
    });
    const routesOf = scanRoutes(dist);
    return (id) => {
      const names = routesOf.get(relative(process.cwd(), id));
      return names ? `route~${names.join('+')}` : null;
    };
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
