// Starting the bench's servers: a detached process group (so a stop ends its children too), and a wait
// until a URL answers.

import { spawn } from 'node:child_process';

/** Starts `command` in a process group of its own; returns the stop. */
export function start(command, args, env) {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env }, detached: true });
  return () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
}

/** Resolves once `url` answers 2xx, polling every half second; rejects after `seconds`. */
export async function waitFor(url, seconds = 60) {
  for (let i = 0; i < seconds * 2; i += 1) {
    if ((await fetch(url).catch(() => null))?.ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}
