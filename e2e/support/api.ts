// Setting up data for a journey through the sandbox's API, as the signed-in demo user of the page.
import { SANDBOX_URL } from './demo';

import type { Page } from '@playwright/test';

/** The id_token the app stored for this page's signed-in user. */
export async function idTokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const raw = localStorage.getItem('ringplan.session');
    return raw
      ? (JSON.parse(raw) as { state?: { session?: { idToken?: string } } }).state?.session?.idToken
      : undefined;
  });
  if (!token) throw new Error('The page has no signed-in session.');
  return token;
}

/** Calls the SSP backend as the page's user and returns the parsed answer (throws on non-2xx). */
export async function ssp<T>(page: Page, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${SANDBOX_URL}/ssp${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: await idTokenOf(page), 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path} answered ${String(response.status)}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** A valid 10-digit US number (San Francisco area code) that no other journey is likely to use. */
export function uniqueNumber(): string {
  const exchange = 200 + Math.floor(Math.random() * 800);
  const line = Math.floor(Math.random() * 10_000);
  return `415${String(exchange)}${String(line).padStart(4, '0')}`;
}
