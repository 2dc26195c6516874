import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), runtimeConfigOverride()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { sourcemap: true },
});
