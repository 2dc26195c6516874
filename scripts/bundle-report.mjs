// What each route downloads on its first load: the entry chunk, the route's lazy chunks, and everything
// they import statically (read from .vite/chunks.json, written by the build). Sizes raw, gzip, brotli.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The routes measured, with the modules their lazy routes load. */
export const ROUTES = [
  { name: 'sign-in', path: '/sign-in', feature: 'auth', pages: ['src/features/auth/sign-in-page.tsx'] },
  {
    name: 'inbox',
    path: '/texting',
    feature: 'texting',
    signedIn: true,
    pages: ['src/features/texting/inbox-page.tsx'],
  },
  {
    name: 'contacts',
    path: '/contacts',
    feature: 'contacts',
    signedIn: true,
    pages: ['src/features/contacts/contacts-page.tsx'],
  },
  { name: 'meet', path: '/meet', feature: 'meet', signedIn: true, pages: ['src/features/meet/meet-page.tsx'] },
  {
    name: 'account',
    path: '/account',
    feature: 'account',
    signedIn: true,
    pages: ['src/features/account/account-page.tsx'],
  },
  {
    name: 'password page',
    path: '/meet/{meeting_id}',
    feature: 'meet',
    pages: ['src/features/meet/meeting-password-page.tsx'],
  },
];

const SIGNED_IN_FRAME = ['src/app/signed-in-frame.tsx'];

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
    const pages = [...(spec.signedIn ? SIGNED_IN_FRAME : []), ...spec.pages];
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
    const frameStarts = [entry, ...(spec.signedIn ? SIGNED_IN_FRAME : []).map((page) => byFacade.get(page))].filter(
      Boolean,
    );
    const base = closure(frameStarts);
    let baseJs = ZERO;
    for (const file of base) baseJs = add(baseJs, sizeOf(file));
    return { ...spec, files: [...files], js, css: cssSize, modules, missing, baseJs };
  }

  return { chunks, entry, route, sizeOf, closure };
}

export const kb = (bytes) => Math.round(bytes / 102.4) / 10;
