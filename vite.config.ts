import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * The installable app: a web app manifest and a service worker (Workbox, generated) that precaches the
 * shell (index.html, every script, style and icon) so a second visit starts without the network. API
 * answers are not cached by the worker: the API is another origin, and the app keeps its data in its
 * own persisted query cache (src/app/query-persistence.ts). /config.json is kept network first, its
 * last copy answering offline. A new worker waits until the user chooses Reload
 * (src/app/service-worker.ts). BUILD_ID (default: the build's time) is the app's `import.meta.env.VITE_BUILD_ID`.
 */
function installableApp(): PluginOption[] {
  const buildId = process.env.BUILD_ID ?? new Date().toISOString();
  const noCache: Plugin = {
    name: 'service-worker-headers',
    // The browser checks the worker for updates on every navigation; nothing may keep an old copy.
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/sw.js' || req.url === '/manifest.webmanifest') res.setHeader('cache-control', 'no-cache');
        next();
      });
    },
    config: () => ({ define: { 'import.meta.env.VITE_BUILD_ID': JSON.stringify(buildId) } }),
  };
  return [
    noCache,
    VitePWA({
      // Not in the first of the two builds, which only finds the route chunks.
      disable: isRouteScan(),
      registerType: 'prompt',
      // The app registers the worker itself, after its first paint (src/app/service-worker.ts).
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'RingPlan',
        short_name: 'RingPlan',
        description: 'RingPlan portal: business texting and RingPlan Meet for your company.',
        start_url: '/texting',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5cad',
        background_color: '#f5f7fa',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        globIgnores: ['.vite/**', '**/*.map'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first worker takes the page that installed it, so that visit's /config.json is kept for an
        // offline start. A new version never does this on its own: it waits for Reload (registerType).
        clientsClaim: true,
        // Same origin only: the API's origins never reach these routes.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/config.json',
            handler: 'NetworkFirst',
            // The preview server answers with Vary: Origin, which the page's preload and fetch differ on.
            options: { cacheName: 'runtime-config', networkTimeoutSeconds: 3, matchOptions: { ignoreVary: true } },
          },
        ],
      },
    }),
  ];
}

export default defineConfig(({ command }) => ({
  // The headers first: the config override answers /config.json itself, which must carry them too.
  plugins: [react(), previewSecurityHeaders(), runtimeConfigOverride(), chunkReport(), ...installableApp()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // Styles are inserted while rendering, not in the commit: src/lib/emotion-insertion.ts. (The unit
      // tests load the component library from node_modules as it is, so only the build has this.)
      {
        find: /^@emotion\/use-insertion-effect-with-fallbacks$/,
        replacement: fileURLToPath(new URL('./src/lib/emotion-insertion.ts', import.meta.url)),
      },
    ],
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
              // Query's (de)hydration is only for the persisted cache, which loads after the first paint.
              // The style insertion that stands in for emotion's module goes with emotion.
              test: (id: string) =>
                (/node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query)|zustand|@emotion|stylis|@mui[\\/](system|styled-engine|private-theming)|@babel[\\/]runtime|clsx|react-is|hoist-non-react-statics|prop-types)[\\/]/.test(
                  id,
                ) &&
                  !/query-core[\\/]build[\\/]modern[\\/]hydration\.js$/.test(id)) ||
                /src[\\/]lib[\\/]emotion-insertion\.ts$/.test(id),
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
