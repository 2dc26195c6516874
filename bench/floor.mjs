// npm run bench:floor: what the required stack scores at best on this machine. Builds bench/floor/ (one
// file: React, React Router, TanStack Query, zustand and an MUI theme showing a 20-row table from a JSON
// file), serves it with vite preview, and runs Lighthouse three times on mobile and three on desktop,
// as `npm run bench` does for the app's routes.
import { rmSync } from 'node:fs';

import { chromium } from '@playwright/test';
import { preview } from 'vite';

import { chromiumExecutable } from '../scripts/chromium.mjs';
import { desktopConfig, lighthouseRun, median } from './lighthouse.mjs';
import { buildFloor, FLOOR_DIST } from './serve.mjs';

const PORT = 4483;
const DEBUG_PORT = 9444;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
await buildFloor();
const server = await preview({
  configFile: false,
  root: 'bench/floor',
  logLevel: 'error',
  build: { outDir: FLOOR_DIST },
  preview: { port: PORT, strictPort: true },
});
const url = `http://localhost:${PORT}/`;
rmSync('bench/tmp/floor-profile', { recursive: true, force: true });
const context = await chromium.launchPersistentContext('bench/tmp/floor-profile', {
  executablePath: chromiumExecutable() ?? undefined,
  args: [`--remote-debugging-port=${DEBUG_PORT}`, '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const cdp = await context.newCDPSession(page);
  for (const [formFactor, lighthouseConfig] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      await cdp.send('Network.clearBrowserCache');
      runs.push((await lighthouseRun(url, DEBUG_PORT, lighthouseConfig)).summary);
    }
    const figures = (key) => runs.map((run) => run[key]).join(', ');
    console.log(
      `floor ${formFactor}: performance ${median(runs.map((r) => r.performance))} (runs ${figures('performance')}; TBT ms ${figures('tbtMs')}; LCP ms ${figures('lcpMs')})`,
    );
  }
} finally {
  await context.close();
  await server.close();
}
