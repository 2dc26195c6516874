// Chunks by route. Left to itself, the bundler makes one chunk per set of lazy modules sharing code. With
// every dialog a lazy module of its own, a signed-in route's first load was 48–63 files, each found only
// once the file importing it had arrived. Here every module that a route's first load needs goes into
// one chunk per set of routes needing it (`route~contacts+meet-<hash>.js`): 24–28 files, and still
// nothing a route does not use. Lazy dialogs keep their own chunks: what only they use downloads when
// one first opens. (Rolldown's own grouping, `entriesAware`, counts every lazy dialog as an entry of its
// own, and its merging of small groups put the date pickers into every page: docs/decisions.md.)
//
// Which route needs which module is read from a first build with the default chunking (what a route
// loads there is exactly what it uses, after tree-shaking); the second build groups by it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** True in the first build, which chunks by default and only reports. */
export const isRouteScan = () => process.env.ROUTE_SCAN === '1';

/** A unit's name from its module: src/features/contacts/contacts-page.tsx → contacts. */
const unitName = (module) =>
  module
    .split('/')
    .pop()
    .replace(/\.tsx?$/, '')
    .replace(/-page$/, '');

/**
 * For each unit of the route table (the signed-in frame and its parts, a page's prefetch, a page), the
 * units always loaded with it that come first: a signed-in page comes after the frame, the frame's parts
 * and its prefetch, a prefetch after the frame and its parts. The shell's lazy modules fetched at start on every route (the table's FETCHED_AT_START:
 * the error fallbacks, toasts) come first of all. Other lazy modules of the shell load on demand and come
 * before nothing: a module they share with a route stays in that route's first load.
 */
function loadedBefore(table, units) {
  const frame = [table.SIGNED_IN_FRAME.module, ...table.SIGNED_IN_FRAME.parts];
  const firstLoads = table.ROUTES.map((route) =>
    [...(route.signedIn ? frame : []), route.prefetch, route.page].filter(Boolean),
  );
  const atStart = units.filter((unit) => table.FETCHED_AT_START.includes(unit)).sort();
  const before = new Map(atStart.map((unit, i) => [unit, atStart.slice(0, i)]));
  for (const load of firstLoads) {
    load.forEach((unit, i) => {
      const earlier = [...atStart, ...load.slice(0, i)];
      // A unit in several first loads (the frame) comes after only what comes first in all of them.
      const known = before.get(unit);
      before.set(unit, known ? known.filter((other) => earlier.includes(other)) : earlier);
    });
  }
  // The shell's on-demand units (in no first load) come after what is fetched at start, before nothing.
  for (const unit of units) if (!before.has(unit)) before.set(unit, atStart);
  return before;
}

/**
 * Which routes load each module at their first load, from a build with the default chunking (its
 * .vite/chunks.json, written by vite.config.ts). A unit is one of the modules the entry imports lazily:
 * a page, its data prefetch (a unit of its own, so that the page's first requests wait only for what
 * they use), the signed-in frame, the error fallbacks. A module that a unit shares with units loaded
 * before it goes with those only: fewer sets, fewer files.
 */
export function scanRoutes(dist, table) {
  const chunks = JSON.parse(readFileSync(join(dist, '.vite/chunks.json'), 'utf8'));
  const closure = (start, seen = new Set()) => {
    if (!seen.has(start)) {
      seen.add(start);
      for (const file of chunks[start].imports) closure(file, seen);
    }
    return seen;
  };
  const initial = closure(Object.keys(chunks).find((file) => chunks[file].isEntry));
  // The entry's lazy modules, and the frame's parts (lazy modules of the frame's own chunks).
  const parts = Object.keys(chunks).filter((file) => table.SIGNED_IN_FRAME.parts.includes(chunks[file].facade));
  const lazy = [...new Set([...[...initial].flatMap((file) => chunks[file].dynamicImports), ...parts])];
  const before = loadedBefore(
    table,
    lazy.map((file) => chunks[file].facade ?? file),
  );
  const unitsOf = new Map();
  for (const file of lazy) {
    const unit = chunks[file].facade ?? file;
    for (const loaded of closure(file)) {
      if (initial.has(loaded)) continue;
      for (const module of chunks[loaded].modules) unitsOf.set(module, [...(unitsOf.get(module) ?? []), unit]);
    }
  }
  const routesOf = new Map();
  for (const [module, units] of unitsOf) {
    const kept = units.filter((unit) => !units.some((other) => before.get(unit)?.includes(other)));
    // The frame's parts always load together: what only they share is one chunk, not one per part.
    const names = kept.map((unit) =>
      table.SIGNED_IN_FRAME.parts.includes(unit) ? 'signed-in-frame-parts' : unitName(unit),
    );
    routesOf.set(module, [...new Set(names)].sort());
  }
  return routesOf;
}

/**
 * The group name function for the second build: runs the first build (about as long as a build without
 * source maps), then names each module's chunk by the routes that load it, or leaves it to the default.
 * `table` is the route table, src/app/routes.ts.
 */
export function routeChunkName(table) {
  // A folder of its own, so builds running side by side (the bench's and the tests') do not mix.
  const dist = mkdtempSync(join(tmpdir(), 'route-scan-'));
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
      stdio: 'inherit',
      env: { ...process.env, ROUTE_SCAN: '1' },
    });
    const routesOf = scanRoutes(dist, table);
    return (id) => {
      const names = routesOf.get(relative(process.cwd(), id));
      return names ? `route~${names.join('+')}` : null;
    };
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
