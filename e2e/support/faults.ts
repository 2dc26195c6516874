// Fault injection for the fault-tolerance journeys: the backend dropping away (connections refused),
// failing answers and a slow API, all at the browser's network edge. The sandbox itself keeps running
// (Playwright owns its process), so "the service is back" is simply removing the route.
import { SANDBOX_URL } from './demo';

import type { Page, Route } from '@playwright/test';

const sandboxOrigin = new URL(SANDBOX_URL).origin;

/** The SSP backend's path for a URL, or null when the URL is not the SSP backend. */
function sspPath(url: URL): string | null {
  return url.origin === sandboxOrigin && url.pathname.startsWith('/ssp/') ? url.pathname.slice('/ssp'.length) : null;
}

/** Requests to the SSP backend whose path matches, optionally only one method (CORS preflights pass). */
export function sspRequests(path: RegExp, method?: string) {
  return (route: Route) => {
    const request = route.request();
    const p = sspPath(new URL(request.url()));
    return (
      p !== null &&
      path.test(p) &&
      request.method() !== 'OPTIONS' &&
      (method === undefined || request.method() === method)
    );
  };
}

type Matcher = ReturnType<typeof sspRequests>;

/** Every matching request fails as if the server were down; returns the function that lifts the fault. */
export async function refuse(page: Page, matches: Matcher = sspRequests(/.*/)): Promise<() => Promise<void>> {
  const handler = (route: Route) => (matches(route) ? route.abort('connectionrefused') : route.fallback());
  await page.route(`${sandboxOrigin}/**`, handler);
  return () => page.unroute(`${sandboxOrigin}/**`, handler);
}

/** Every matching request answers 500 with a problem document; returns the function that lifts the fault. */
export async function fail500(page: Page, matches: Matcher): Promise<() => Promise<void>> {
  const handler = (route: Route) =>
    matches(route)
      ? route.fulfill({
          status: 500,
          contentType: 'application/json',
          headers: {
            'access-control-allow-origin': route.request().headers().origin ?? '*',
            'access-control-allow-credentials': 'true',
            vary: 'Origin',
          },
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Internal Server Error',
            status: 500,
            detail: 'The service failed (injected).',
          }),
        })
      : route.fallback();
  await page.route(`${sandboxOrigin}/**`, handler);
  return () => page.unroute(`${sandboxOrigin}/**`, handler);
}

/**
 * Every sandbox call answers at least `ms` late, and not before `release()` while held: a journey
 * can look at the waiting screen however slowly the browser renders it, then let the answers come.
 * `hold()` holds the calls made from then on again.
 */
export async function holdApi(page: Page, ms: number): Promise<{ release: () => void; hold: () => void }> {
  const newGate = () => {
    let open: () => void = () => undefined;
    const promise = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { promise, open: () => open() };
  };
  let gate = newGate();
  const handler = async (route: Route) => {
    const held = gate.promise;
    await Promise.all([new Promise((resolve) => setTimeout(resolve, ms)), held]);
    await route.fallback().catch(() => undefined);
  };
  await page.route(`${sandboxOrigin}/**`, handler);
  return {
    release: () => {
      gate.open();
    },
    hold: () => {
      gate = newGate();
    },
  };
}
