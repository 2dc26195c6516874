// Browser journeys: a real Chromium drives the production build (vite preview) against the real sandbox.
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './scripts/chromium.mjs';

const executablePath = chromiumExecutable() ?? undefined;
const APP_URL = 'http://localhost:4173';

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
    baseURL: APP_URL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { ...devices['Desktop Chrome'] } },
    {
      name: 'chromium',
      testIgnore: /auth\.setup\.ts/,
      dependencies: ['setup'],
      use: { ...devices['Desktop Chrome'], storageState: 'e2e/.auth/demo.json', permissions: ['clipboard-read', 'clipboard-write'] },
    },
  ],
  webServer: [
    {
      // A fresh sandbox for every run, in its own data folder, so journeys start from the demo data.
      command: 'node scripts/fresh-sandbox.mjs .sandbox/e2e',
      url: 'http://localhost:4010/ssp/openapi.yaml',
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx vite preview --port 4173 --strictPort',
      url: APP_URL,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
