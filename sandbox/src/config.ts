// Reads the sandbox configuration from the environment.
import { resolve } from 'node:path';

import type { SandboxConfig } from './context.js';

export const DEV_REGISTRATION_KEY = 'b6ae17b92f60d3110c2cDsI90!dK5!1P';
export const BUILT_IN_APP_ORIGINS = ['http://localhost:5173', 'http://localhost:4173'];

/** Parses a lifetime such as `5s`, `10m`, `8h`, `14d` or a bare number of seconds. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] ?? ''] ?? 1;
  const seconds = value * unit;
  return seconds > 0 ? seconds : null;
}

function duration(name: string, env: NodeJS.ProcessEnv, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const seconds = parseDuration(raw);
  if (seconds === null) throw new Error(`${name} must look like 5s, 10m, 8h or 14d`);
  return seconds;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const port = Number(env.SANDBOX_PORT ?? '4010');
  if (!Number.isInteger(port) || port <= 0) throw new Error('SANDBOX_PORT must be a port number');
  const extra = (env.SANDBOX_APP_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  const defaultAppOrigin = (env.SANDBOX_APP_ORIGIN ?? 'http://localhost:5173').replace(/\/$/, '');
  const appOrigins = [...new Set([...BUILT_IN_APP_ORIGINS, ...extra, defaultAppOrigin])];
  return {
    port,
    dataDir: resolve(env.SANDBOX_DATA_DIR ?? '.sandbox'),
    publicUrl: (env.SANDBOX_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    appOrigins,
    defaultAppOrigin,
    registrationKey: env.SANDBOX_REGISTRATION_KEY ?? DEV_REGISTRATION_KEY,
    idTokenTtlSeconds: duration('SANDBOX_ID_TOKEN_TTL', env, 8 * 3600),
    refreshTokenTtlSeconds: duration('SANDBOX_REFRESH_TOKEN_TTL', env, 14 * 86400),
    failingNumber: '5550000000',
  };
}
