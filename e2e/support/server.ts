// A server of the built app's own for one journey (vite preview of a copy, nginx), for journeys that
// change what is served or how: started in beforeAll once it answers, stopped in afterAll.
import { spawn, type SpawnOptions } from 'node:child_process';

import { expect } from '@playwright/test';

export interface JourneyServer {
  /** Ends the server and waits for it to exit, so that its folder can go. */
  stop: () => Promise<void>;
}

/** Starts `command` and waits up to `readyWithin` ms for `url` to answer 200; a server that never does is stopped. */
export async function startServer(
  command: string,
  args: string[],
  url: string,
  { readyWithin, ...options }: SpawnOptions & { readyWithin: number },
): Promise<JourneyServer> {
  const child = spawn(command, args, options);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await expect.poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: readyWithin }).toBe(200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

/** `vite preview` of the build in `outDir` at http://localhost:`port`, with the app config `configFile`. */
export function startPreview(port: number, outDir: string, configFile: string): Promise<JourneyServer> {
  return startServer(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    `http://localhost:${String(port)}`,
    {
      env: { ...process.env, APP_CONFIG_FILE: configFile },
      stdio: 'ignore',
      readyWithin: 30_000,
    },
  );
}
