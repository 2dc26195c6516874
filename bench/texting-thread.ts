// npm run bench:thread: the thread's cost with 10,000 messages. Starts a fresh sandbox and `vite
// preview` of an existing build (BENCH_DIST, default dist: run `npm run build` first), makes a
// 10,000-message conversation through the sandbox's /dev/inbound, opens it in Chromium, and measures
// the message nodes in the DOM and the frame times while scrolling up through the thread.
// Prints a Markdown table and writes bench/results-thread.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

import { chromium, type Browser } from '@playwright/test';

import { chromiumExecutable } from '../scripts/chromium.mjs';
import { sandboxAppConfig } from '../scripts/sandbox-app-config.mjs';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4202);
const SANDBOX_PORT = Number(process.env.BENCH_SANDBOX_PORT ?? 4302);
const DIST = process.env.BENCH_DIST ?? 'dist';
const SCROLL_SECONDS = Number(process.env.BENCH_SCROLL_SECONDS ?? 10);
const APP_URL = `http://localhost:${String(APP_PORT)}`;
const SANDBOX_URL = `http://localhost:${String(SANDBOX_PORT)}`;
const CONTACT = '6195559999';
const COMPANY_NUMBER = '8583715117';

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

function stop(child: ChildProcess): void {
  // Each server was started in its own process group; end that group only.
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function waitFor(url: string, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

/** The messages, as inbound SMS, a few requests at a time. */
async function fillThread(count: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const i = next;
      const answer = await fetch(`${SANDBOX_URL}/dev/inbound`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          from: CONTACT,
          to: COMPANY_NUMBER,
          text: `Bench message ${String(i)}${i % 7 === 0 ? ' with a longer line that wraps onto a second line in the bubble' : ''}`,
        }),
      });
      if (answer.status !== 201) throw new Error(`inbound ${String(i)} answered ${String(answer.status)}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Measured {
  openMs: number;
  nodesAtBottom: number;
  domNodesAtBottom: number;
  maxNodes: number;
  frames: number[];
  nodesAfterScroll: number;
  scrolledBack: string;
}

/** Signs in, opens the bench thread and scrolls up through it, recording frames. */
async function measure(browser: Browser): Promise<Measured> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${APP_URL}/sign-in`);
  await page.getByRole('button', { name: /sign in with ringplan/i }).click();
  await page.getByLabel('Email').fill('demo@example.com');
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/texting/);

  await page.goto(`${APP_URL}/texting?q=${CONTACT}`);
  const openStarted = Date.now();
  await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
  const thread = page.getByRole('region', { name: 'Messages' });
  await thread
    .getByText(`Bench message ${String(MESSAGES)}`, { exact: false })
    .first()
    .waitFor();
  const openMs = Date.now() - openStarted;
  await page.waitForTimeout(500);
  const nodesAtBottom = await thread.locator('[data-message-row]').count();
  const domNodesAtBottom = await page.evaluate<number>("document.querySelectorAll('*').length");

  // Record every animation frame while the mouse wheel scrolls up through the thread.
  // A plain script: the bundler's helpers for named functions do not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const box = await thread.boundingBox();
  if (!box) throw new Error('the thread is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const scrollUntil = Date.now() + SCROLL_SECONDS * 1000;
  let maxNodes = nodesAtBottom;
  while (Date.now() < scrollUntil) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(16);
    maxNodes = Math.max(maxNodes, await thread.locator('[data-message-row]').count());
  }
  const frames = await page.evaluate<number[]>(
    '(() => { window.__recording = false; return window.__frames.slice(1); })()',
  );
  const nodesAfterScroll = await thread.locator('[data-message-row]').count();
  const scrolledBack = await page.evaluate<string>("document.querySelector('[data-message-row] p')?.textContent ?? ''");
  return { openMs, nodesAtBottom, domNodesAtBottom, maxNodes, frames, nodesAfterScroll, scrolledBack };
}

async function main(): Promise<void> {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error(`No build in ${DIST}/: run npm run build first (or set BENCH_DIST).`);
  mkdirSync('.e2e', { recursive: true });
  const configFile = `.e2e/config-bench-${String(APP_PORT)}.json`;
  writeFileSync(configFile, JSON.stringify(sandboxAppConfig(SANDBOX_URL)));
  const sandbox = start('node', ['scripts/fresh-sandbox.mjs', `.sandbox/bench-thread-${String(SANDBOX_PORT)}`], {
    SANDBOX_PORT: String(SANDBOX_PORT),
    SANDBOX_APP_ORIGINS: APP_URL,
    SANDBOX_APP_ORIGIN: APP_URL,
    SANDBOX_PUBLIC_URL: SANDBOX_URL,
  });
  const preview = start('npx', ['vite', 'preview', '--port', String(APP_PORT), '--strictPort', '--outDir', DIST], {
    APP_CONFIG_FILE: configFile,
  });
  try {
    await waitFor(`${SANDBOX_URL}/ssp/openapi.yaml`);
    await waitFor(APP_URL);
    const fillStarted = Date.now();
    await fillThread(MESSAGES);
    const fillSeconds = (Date.now() - fillStarted) / 1000;

    console.error(`${String(MESSAGES)} messages made in ${fillSeconds.toFixed(1)} s`);
    const browser = await chromium.launch({ executablePath: chromiumExecutable() ?? undefined });
    let measured: Measured;
    try {
      measured = await measure(browser);
    } finally {
      await browser.close();
    }
    const { openMs, nodesAtBottom, domNodesAtBottom, maxNodes, frames, nodesAfterScroll, scrolledBack } = measured;
    const sorted = [...frames].sort((a, b) => a - b);
    const frameMs = 1000 / 60;
    const dropped = frames.reduce((n, d) => n + Math.max(0, Math.round(d / frameMs) - 1), 0);
    const results = {
      date: new Date().toISOString(),
      messages: MESSAGES,
      fill_seconds: Number(fillSeconds.toFixed(1)),
      open_ms: openMs,
      message_nodes_at_bottom: nodesAtBottom,
      message_nodes_after_scroll: nodesAfterScroll,
      message_nodes_max_while_scrolling: maxNodes,
      dom_elements_at_bottom: domNodesAtBottom,
      first_visible_row_after_scroll: scrolledBack.slice(0, 60),
      scroll_seconds: SCROLL_SECONDS,
      frames: frames.length,
      frame_ms_p50: Number(percentile(sorted, 50).toFixed(1)),
      frame_ms_p95: Number(percentile(sorted, 95).toFixed(1)),
      frame_ms_max: Number((sorted.at(-1) ?? 0).toFixed(1)),
      dropped_frames: dropped,
    };
    writeFileSync('bench/results-thread.json', `${JSON.stringify(results, null, 2)}\n`);
    const rows: [string, string][] = [
      ['messages in the thread', String(MESSAGES)],
      ['thread opened (click → newest message shown)', `${String(openMs)} ms`],
      ['message nodes in the DOM at the bottom', String(nodesAtBottom)],
      ['message nodes after scrolling up', String(nodesAfterScroll)],
      ['most message nodes at any time while scrolling', String(maxNodes)],
      [`frames while scrolling up for ${String(SCROLL_SECONDS)} s`, String(frames.length)],
      [
        'frame time p50 / p95 / max',
        `${String(results.frame_ms_p50)} / ${String(results.frame_ms_p95)} / ${String(results.frame_ms_max)} ms`,
      ],
      ['dropped frames (at 60 Hz)', String(dropped)],
      ['first row shown after scrolling', results.first_visible_row_after_scroll],
    ];
    console.log(['| measure | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
  } finally {
    stop(preview);
    stop(sandbox);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
