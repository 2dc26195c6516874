// The route's code, fetched from the first moment. index.html preloads the entry's chunks; a route's own
// chunks (the signed-in frame, the page's data prefetch, the page, and what they import) used to be found
// only once the framework had been evaluated, then one import level at a time: on a phone's first visit
// that was four waves of requests, 1 s before the page's first API call. This build step writes, into
// index.html, which files each route's first load needs (a JSON data block, which no policy blocks as it
// never runs); public/start-preload.js, a plain script that runs while the framework downloads, reads it
// and preloads the files of the address it is at. Every file named is a file of this build.
import { relative } from 'node:path';

/** The placeholder in index.html that the data block goes in front of. */
export const START_PRELOAD_TAG = '<script async src="/start-preload.js"></script>';

/**
 * A React Router path as a pattern matched against the whole pathname: `:name` is one segment, `*` the
 * rest, a trailing slash allowed.
 */
export function pathPattern(path) {
  if (path === '*') return '^/.*$';
  const body = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${body}/?$`;
}

/**
 * For each route of the table, in its order: its patterns, whether it is signed in, and the files its
 * first load needs beyond what index.html already preloads (the entry's static imports), the modules
 * fetched at start on every route last; and the files fetched at start whenever a session is there. `chunks` is the build's chunks by file: { isEntry, facade
 * (module path from the repository root), imports }. Throws if the table names a module with no chunk.
 * @param {Record<string, { isEntry: boolean, facade: string | null, imports: string[] }>} chunks
 * @param {{ HOME: string, FETCHED_AT_START: string[], FETCHED_WHEN_SIGNED_IN: string[],
 *   SIGNED_IN_FRAME: { module: string }, ROUTES: { name: string, paths: string[], page: string,
 *   prefetch?: string, signedIn?: boolean }[] }} table
 * @returns {{ home: string, files: string[], signedIn: number[],
 *   routes: { name: string, patterns: string[], signedIn: boolean, files: number[] }[] }}
 */
export function routeFiles(chunks, table) {
  const byFacade = new Map(
    Object.entries(chunks)
      .filter(([, chunk]) => chunk.facade)
      .map(([file, chunk]) => [chunk.facade, file]),
  );
  const closure = (starts) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of chunks[file].imports) visit(imported);
    };
    starts.forEach(visit);
    return [...seen];
  };
  const fileOf = (module) => {
    const file = byFacade.get(module);
    if (!file) throw new Error(`src/app/routes.ts names ${module}, which no chunk of the build comes from`);
    return file;
  };
  const entry = Object.keys(chunks).find((file) => chunks[file].isEntry);
  const initial = new Set(closure([entry]));
  const files = [];
  const indexOf = (file) => {
    if (!files.includes(file)) files.push(file);
    return files.indexOf(file);
  };
  const routes = table.ROUTES.map((route) => {
    // What the page's first API calls wait for comes first: the files arrive in about this order.
    const modules = [
      ...(route.prefetch ? [route.prefetch] : []),
      ...(route.signedIn ? [table.SIGNED_IN_FRAME.module] : []),
      route.page,
      ...table.FETCHED_AT_START,
    ];
    const needed = closure(modules.map(fileOf)).filter((file) => !initial.has(file));
    return {
      name: route.name,
      patterns: route.paths.map(pathPattern),
      signedIn: Boolean(route.signedIn),
      files: needed.map(indexOf),
    };
  });
  // With a session, on every route: the saved query cache, which the page's first queries wait for.
  const signedIn = closure(table.FETCHED_WHEN_SIGNED_IN.map(fileOf))
    .filter((file) => !initial.has(file))
    .map(indexOf);
  return { home: table.HOME, files, routes, signedIn };
}

/** The data block, safe inside HTML whatever it holds. */
export function dataBlock(data) {
  return `<script type="application/json" id="start-preload">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** The Vite plugin: writes the data block into the built index.html. */
export function startPreload(table, { enabled = true } = {}) {
  return {
    name: 'start-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      if (!enabled) return;
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') throw new Error('start-preload: the build has no index.html');
      const chunks = {};
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[file] = {
          isEntry: output.isEntry,
          facade: output.facadeModuleId ? relative(process.cwd(), output.facadeModuleId) : null,
          imports: output.imports,
        };
      }
      const source = String(html.source);
      if (!source.includes(START_PRELOAD_TAG)) throw new Error(`start-preload: index.html lacks ${START_PRELOAD_TAG}`);
      const data = routeFiles(chunks, table);
      // Absolute paths, as the page may be at any depth.
      data.files = data.files.map((file) => `/${file}`);
      html.source = source.replace(START_PRELOAD_TAG, `${dataBlock(data)}\n    ${START_PRELOAD_TAG}`);
    },
  };
}
