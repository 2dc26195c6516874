// Browser journeys: a real Chromium drives the production build (vite preview) against the real sandbox.
// E2E_APP_PORT, E2E_SANDBOX_PORT and E2E_DIST let two runs share a machine without sharing servers.
import { mkdirSync, writeFileSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

import { chromiumExecutable } from './scripts/chromium.mjs';
import { sandboxAppConfig } from './scripts/sandbox-app-config.mjs';

const executablePath = chromiumExecutable() ?? undefined;
const appPort = Number(process.env.E2E_APP_PORT ?? 4173);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4010);
const dist = process.env.E2E_DIST ?? 'dist';
const appUrl = `http://localhost:${String(appPort)}`;
const sandboxUrl = `http://localhost:${String(sandboxPort)}`;

// The built app reads /config.json at start; this run's copy points it at this run's sandbox.
const runtimeConfigFile = `.e2e/config-${String(appPort)}.json`;
mkdirSync('.e2e', { recursive: true });
writeFileSync(runtimeConfigFile, JSON.stringify(sandboxAppConfig(sandboxUrl)));
process.env.E2E_SANDBOX_URL = sandboxUrl;
process.env.E2E_STORAGE_STATE = `e2e/.auth/demo-${String(appPort)}.json`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: appUrl,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { ...devices['Desktop Chrome'] } },
    {
      name: 'chromium',
      testIgnore: /auth\.setup\.ts/,
      dependencies: ['setup'],
      use: {
        ...devices['Desktop Chrome'],
        storageState: process.env.E2E_STORAGE_STATE,
        permissions: ['clipboard-read', 'clipboard-write'],
        // Journeys meet the app as a first visit, and fault journeys stub the network with page.route,
        // which a service worker would step around. The installable-app journeys (e2e/pwa-*.spec.ts)
        // allow the worker for themselves.
        serviceWorkers: 'block',
      },
    },
  ],
  webServer: [
    {
      // A fresh sandbox for every run, in its own data folder, so journeys start from the demo data.
      command: `node scripts/fresh-sandbox.mjs .sandbox/e2e-${String(sandboxPort)}`,
      url: `${sandboxUrl}/ssp/openapi.yaml`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        SANDBOX_PORT: String(sandboxPort),
        // The other origins are the previews that e2e/auth-config-origin.spec.ts and
        // e2e/pwa-update.spec.ts start for themselves.
        SANDBOX_APP_ORIGINS: `${appUrl},http://localhost:${String(appPort + 3000)},http://localhost:${String(appPort + 3001)}`,
        SANDBOX_APP_ORIGIN: appUrl,
        SANDBOX_PUBLIC_URL: sandboxUrl,
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --port ${String(appPort)} --strictPort --outDir ${dist}`,
      url: appUrl,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { APP_CONFIG_FILE: runtimeConfigFile },
    },
  ],
});
