import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

import { isRouteScan, routeChunkName } from './scripts/route-chunks.mjs';
import { securityHeaders } from './scripts/security-headers.mjs';
import * as routeTable from './src/app/routes.ts';

/**
 * APP_CONFIG_FILE=path serves that file as /config.json (dev server and preview), so a local run can be
 * pointed at RingPlan's services (deploy/config.ringplan.json) or the e2e sandbox without editing public/.
 */
function runtimeConfigOverride(): Plugin {
  const file = process.env.APP_CONFIG_FILE;
  const serve = (_req: unknown, res: { setHeader: (k: string, v: string) => void; end: (b: string) => void }) => {
    res.setHeader('content-type', 'application/json');
    res.setHeader('cache-control', 'no-store');
    res.end(readFileSync(file ?? '', 'utf8'));
  };
  return {
    name: 'runtime-config-override',
    configureServer(server) {
      if (file) server.middlewares.use('/config.json', serve);
    },
    configurePreviewServer(server) {
      if (file) server.middlewares.use('/config.json', serve);
    },
  };
}

/**
 * vite preview sends the production build's security headers, its CSP derived from the configuration
 * it serves as /config.json (APP_CONFIG_FILE, else the build's config.json), read again whenever that
 * file changes: editing the config alone moves the app and its CSP to other API origins.
 */
function previewSecurityHeaders(): Plugin {
  let cached: { file: string; mtimeMs: number; headers: Record<string, string> } | undefined;
  const headersFor = (file: string): Record<string, string> => {
    const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (cached?.file !== file || cached.mtimeMs !== mtimeMs) {
      let config = { authBaseUrl: 'null:', sspBaseUrl: 'null:' };
      try {
        config = JSON.parse(readFileSync(file, 'utf8')) as typeof config;
        new URL(config.authBaseUrl);
        new URL(config.sspBaseUrl);
      } catch {
        // No usable configuration: the app says what is wrong with it; the policy allows no API.
        config = { authBaseUrl: 'null:', sspBaseUrl: 'null:' };
      }
      cached = { file, mtimeMs, headers: securityHeaders(config) };
    }
    return cached.headers;
  };
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      const file =
        process.env.APP_CONFIG_FILE ?? resolve(server.config.root, server.config.build.outDir, 'config.json');
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headersFor(file))) res.setHeader(name, value);
        next();
      });
    },
  };
}

/** Writes which modules each chunk holds to .vite/chunks.json, for the size budgets and `npm run bench`. */
function chunkReport(): Plugin {
  return {
    name: 'chunk-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, unknown> = {};
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[file] = {
          isEntry: output.isEntry,
          facade: output.facadeModuleId ? relative(process.cwd(), output.facadeModuleId) : null,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          css: [...(output.viteMetadata?.importedCss ?? [])],
          modules: output.moduleIds.map((id) => relative(process.cwd(), id)),
        };
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: JSON.stringify(chunks) });
    },
  };
}

export default defineConfig(({ command }) => ({
  // The headers first: the config override answers /config.json itself, which must carry them too.
  plugins: [react(), previewSecurityHeaders(), runtimeConfigOverride(), chunkReport()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true },
  // The production build is served with its CSP (previewSecurityHeaders); the dev server is not (its hot
  // reload injects scripts).
  preview: { port: 4173, strictPort: true },
  build: {
    sourcemap: !isRouteScan(),
    modulePreload: {
      // Every browser the app supports (ES2022 modules) has modulepreload.
      polyfill: false,
      // index.html preloads what the entry imports. A lazy page's imports are not preloaded from
      // script: the browser fetches them itself as soon as it reads the page's chunk, while adding
      // one <link> per file from script cost more main-thread time than the round trip it saved.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query)|zustand|@emotion|stylis|@mui[\\/](system|styled-engine|private-theming)|@babel[\\/]runtime|clsx|react-is|hoist-non-react-statics|prop-types)[\\/]/,
            },
            // Everything else the entry imports statically is one chunk: every route loads all of it
            // anyway, so one file instead of ~10 (one round trip each over HTTP/1.1) costs nothing.
            // The entry module stays out of it, or the entry chunk would be empty.
            {
              name: 'base',
              tags: ['$initial'],
              test: (id: string) => !/[\\/](index\.html|src[\\/]main\.tsx)$/.test(id),
            },
            // The API clients, the token renewal and the query keys that every signed-in page and its
            // data prefetch use: one file, so a page's first requests wait for no chain of small files.
            { name: 'api', test: /[\\/](src[\\/]api[\\/]|node_modules[\\/]openapi-fetch[\\/])/ },
            // What a route's first load needs after the entry: one chunk per set of routes needing it
            // (scripts/route-chunks.mjs). Not in the first of the two builds, which finds those sets.
            ...(command === 'build' && !isRouteScan()
              ? [{ name: routeChunkName(routeTable), includeDependenciesRecursively: false }]
              : []),
          ],
        },
      },
    },
  },
}));
