// Runs the sandbox server in a child process on loopback and loads it with autocannon.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

import autocannon from 'autocannon';

export interface Measurement {
  stage: string;
  scenario: string;
  path: string;
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  failures: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const script = fileURLToPath(new URL('./server.ts', import.meta.url));
  // BENCH_PROFILE=<dir> writes the server's CPU profile there as it stops (node --cpu-prof).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function measure(
  base: string,
  token: string,
  stage: string,
  scenario: string,
  path: string,
  seconds: number,
): Promise<Measurement> {
  const options = { url: base + path, connections: 10, headers: { authorization: token } };
  await autocannon({ ...options, duration: 2 }); // warm-up: JIT, page cache, statement cache
  const result = await autocannon({ ...options, duration: seconds });
  return {
    stage,
    scenario,
    path,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

export function markdownTable(rows: readonly Measurement[]): string {
  const lines = [
    '| rows | call | p50 (ms) | p99 (ms) | req/s | requests | failures |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) => `| ${r.stage} | ${r.scenario} | ${r.p50} | ${r.p99} | ${r.rps} | ${r.requests} | ${r.failures} |`,
    ),
  ];
  return lines.join('\n');
}
