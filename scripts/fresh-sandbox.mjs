// Starts the sandbox on an empty data folder (the e2e suite's): node scripts/fresh-sandbox.mjs DIR
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const dir = process.argv[2] ?? '.sandbox/e2e';
rmSync(dir, { recursive: true, force: true });
const child = spawn('npx', ['tsx', 'sandbox/src/main.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SANDBOX_DATA_DIR: dir },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
