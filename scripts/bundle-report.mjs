// What each route downloads on its first load: the entry chunk, the route's lazy chunks (the signed-in
// frame and its parts, the page's prefetch, the page), and everything they import statically (read from
// .vite/chunks.json, written by the build). Sizes raw, gzip, brotli.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { runnerImport } from 'vite';

/**
 * The route table (src/app/routes.ts), read through Vite's module runner: the Node versions the project
 * supports (20.19 and up) do not run TypeScript themselves.
 */
const { module: routeTable } = await runnerImport(fileURLToPath(new URL('../src/app/routes.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'error',
});

/** The routes measured: the size budgets (check-size.mjs) and `npm run bench`. */
export const ROUTES = routeTable.ROUTES.filter((route) => route.measured);

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function add(total, part) {
  return { raw: total.raw + part.raw, gzip: total.gzip + part.gzip, brotli: total.brotli + part.brotli };
}

const ZERO = { raw: 0, gzip: 0, brotli: 0 };

export function readBuild(dist = 'dist') {
  const chunks = JSON.parse(readFileSync(join(dist, '.vite/chunks.json'), 'utf8'));
  const byFacade = new Map(
    Object.entries(chunks)
      .filter(([, c]) => c.facade)
      .map(([file, c]) => [c.facade, file]),
  );
  const entry = Object.keys(chunks).find((file) => chunks[file].isEntry);
  const sizeCache = new Map();
  const sizeOf = (file) => {
    if (!sizeCache.has(file)) sizeCache.set(file, sizes(readFileSync(join(dist, file))));
    return sizeCache.get(file);
  };

  /** The files a set of starting chunks loads: themselves and their static imports, transitively. */
  function closure(starts) {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file) || !chunks[file]) return;
      seen.add(file);
      chunks[file].imports.forEach(visit);
    };
    starts.forEach(visit);
    return seen;
  }

  function route(spec) {
    const frame = spec.signedIn ? [routeTable.SIGNED_IN_FRAME.module] : [];
    // Signed in, the parts the frame loads as it renders come with every page, beside the page's code.
    const parts = spec.signedIn ? routeTable.SIGNED_IN_FRAME.parts : [];
    const pages = [...frame, ...parts, spec.prefetch, spec.page].filter(Boolean);
    const starts = [entry, ...pages.map((page) => byFacade.get(page))].filter(Boolean);
    const missing = pages.filter((page) => !byFacade.has(page));
    const files = closure(starts);
    const css = new Set([...files].flatMap((file) => chunks[file].css));
    let js = ZERO;
    for (const file of files) js = add(js, sizeOf(file));
    let cssSize = ZERO;
    for (const file of css) cssSize = add(cssSize, sizeOf(file));
    const modules = [...files].flatMap((file) => chunks[file].modules);
    // The app's base for this route: the entry and, signed in, the frame; the rest is the page's own.
    const base = closure([entry, ...frame.map((page) => byFacade.get(page))].filter(Boolean));
    let baseJs = ZERO;
    for (const file of base) baseJs = add(baseJs, sizeOf(file));
    return { ...spec, files: [...files], js, css: cssSize, modules, missing, baseJs };
  }

  return { chunks, entry, route, sizeOf, closure };
}

export const kb = (bytes) => Math.round(bytes / 102.4) / 10;
