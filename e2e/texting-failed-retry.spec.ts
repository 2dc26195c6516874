// Sending to the sandbox's failing number: the message shows as failed with the carrier's reason.
// Retry really sends it again (each attempt is in the server's history), yet the thread keeps one
// bubble for what the user wrote, with its tries counted and one Retry, before and after a reload.
import { openDemoConversation, SANDBOX_URL } from './support/demo';
import { sspRequests } from './support/faults';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

import type { Page, Route } from '@playwright/test';

interface StoredMessage {
  text: string;
  success: boolean;
  client_id: string | null;
}

async function serverHistory(page: Page, conversationId: string): Promise<StoredMessage[]> {
  const idToken = await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('ringplan.session') ?? '{}') as {
      state?: { session?: { idToken?: string } };
    };
    return saved.state?.session?.idToken ?? '';
  });
  const answer = await page.request.get(
    `${SANDBOX_URL}/ssp/texting/conversations/${conversationId}/messages?per_page=100`,
    {
      headers: { authorization: idToken },
    },
  );
  expect(answer.ok()).toBe(true);
  return (await answer.json()) as StoredMessage[];
}

async function openFailingConversation(page: Page): Promise<string> {
  await openDemoConversation(page, 'Failing', /Sandbox Failing number/);
  await expect(page).toHaveURL(/\/texting\/[0-9a-f]{24}/);
  return /\/texting\/([0-9a-f]{24})/.exec(page.url())?.[1] ?? '';
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

/** Holds the thread's sends until `release()`, so a journey can look at a message while it is sending. */
async function holdSends(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const matches = sspRequests(/^\/texting\/conversations\/[0-9a-f]{24}\/messages$/, 'POST');
  const handler = async (route: Route) => {
    if (!matches(route)) return route.fallback();
    await gate;
    await route.fallback();
  };
  await page.route(`${new URL(SANDBOX_URL).origin}/**`, handler);
  return () => {
    release();
    void page.unroute(`${new URL(SANDBOX_URL).origin}/**`, handler);
  };
}

test('Retry on a refused message replaces its bubble: one bubble, its tries counted, one Retry', async ({ page }) => {
  const conversationId = await openFailingConversation(page);
  const text = `Carrier check ${String(Date.now())}`;
  await send(page, text);

  const thread = page.getByRole('region', { name: 'Messages' });
  const bubbles = thread.locator('[data-message-row]').filter({ hasText: text });
  await expect(bubbles).toContainText(/Failed · Not delivered: .+/);
  await expect(bubbles).toHaveCount(1);
  await expect(bubbles).not.toContainText('tried');

  // While the second attempt is on its way, the failed bubble is that attempt: no Retry beside it.
  const release = await holdSends(page);
  await bubbles.getByRole('button', { name: 'Retry' }).click();
  await expect(bubbles).toHaveCount(1);
  await expect(bubbles).toContainText('Sending…');
  await expect(bubbles.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  release();

  await expect(bubbles).toContainText('Not delivered');
  await expect(bubbles).toContainText('tried 2 times');
  await expect(bubbles).toHaveCount(1);
  await expect(bubbles.getByRole('button', { name: 'Retry' })).toHaveCount(1);

  await bubbles.getByRole('button', { name: 'Retry' }).click();
  await expect(bubbles).toContainText('tried 3 times');
  await expect(bubbles).toHaveCount(1);
  await expect(bubbles.getByRole('button', { name: 'Retry' })).toHaveCount(1);

  // Each Retry was a real attempt the carrier saw: three stored messages, each with its own client_id.
  const attempts = (await serverHistory(page, conversationId)).filter((m) => m.text === text);
  expect(attempts).toHaveLength(3);
  expect(attempts.every((m) => !m.success)).toBe(true);
  expect(new Set(attempts.map((m) => m.client_id)).size).toBe(3);

  // The server's history alone makes the same one bubble after a reload.
  await page.reload();
  await expect(bubbles).toContainText('tried 3 times');
  await expect(bubbles).toHaveCount(1);
  await expect(bubbles.getByRole('button', { name: 'Retry' })).toHaveCount(1);
  await expect(
    page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Sandbox Failing number/ }),
  ).toContainText('Failed');
  await saveReadmeScreenshot(page, 'texting-retry');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(bubbles).toContainText('tried 3 times');
  await bubbles.scrollIntoViewIfNeeded();
  await saveReadmeScreenshot(page, 'texting-retry-phone');
});

test('a refused message retried while the service is down waits as one bubble, then goes with the same body', async ({
  page,
}) => {
  const conversationId = await openFailingConversation(page);
  const text = `Carrier then network ${String(Date.now())}`;
  await send(page, text);
  const thread = page.getByRole('region', { name: 'Messages' });
  const bubbles = thread.locator('[data-message-row]').filter({ hasText: text });
  await expect(bubbles).toContainText(/Failed · Not delivered: .+/);

  // Every send from here on is recorded; while `down`, it fails as if the service could not be reached.
  const bodies: string[] = [];
  let down = true;
  const matches = sspRequests(/^\/texting\/conversations\/[0-9a-f]{24}\/messages$/, 'POST');
  await page.route(`${new URL(SANDBOX_URL).origin}/**`, async (route) => {
    if (!matches(route)) return route.fallback();
    bodies.push(route.request().postDataBuffer()?.toString('utf8') ?? '');
    return down ? route.abort('connectionrefused') : route.fallback();
  });
  await bubbles.getByRole('button', { name: 'Retry' }).click();
  await expect(bubbles).toContainText('Failed · Not sent');
  await expect(bubbles).toContainText('tried 2 times');
  await expect(bubbles).toHaveCount(1);
  await expect(bubbles.getByRole('button', { name: 'Retry' })).toHaveCount(1);

  // A reload keeps the unsent attempt (the outbox) together with the refused one it retries.
  await page.reload();
  await expect(bubbles).toContainText('Failed · Not sent');
  await expect(bubbles).toContainText('tried 2 times');
  await expect(bubbles).toHaveCount(1);

  down = false;
  await bubbles.getByRole('button', { name: 'Retry' }).click();
  await expect(bubbles).toContainText('Not delivered');
  await expect(bubbles).not.toContainText('Not sent');
  await expect(bubbles).toContainText('tried 2 times');
  await expect(bubbles).toHaveCount(1);

  // The retry after the network failure sent exactly what the failed request carried (same client_id).
  expect(bodies).toHaveLength(2);
  expect(JSON.parse(bodies[1] ?? '')).toEqual(JSON.parse(bodies[0] ?? ''));
  const attempts = (await serverHistory(page, conversationId)).filter((m) => m.text === text);
  expect(attempts).toHaveLength(2);
  expect(attempts.map((m) => m.client_id)).toContain(
    (JSON.parse(bodies[0] ?? '{}') as { client_id?: string }).client_id,
  );
});

test('a network failure keeps the message with Retry, which sends it once the service is back', async ({ page }) => {
  await openDemoConversation(page, 'Núñez', /Hola José|José Núñez/);
  const text = `Offline attempt ${String(Date.now())}`;
  await page.route('**/ssp/texting/conversations/*/messages', (route) =>
    route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
  );
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await page.getByRole('textbox', { name: 'Message', exact: true }).press('Enter');
  const bubble = page.locator('[data-message-row]').filter({ hasText: text });
  await expect(bubble).toContainText('Failed · Not sent');
  await page.reload();
  await expect(page.locator('[data-message-row]').filter({ hasText: text })).toContainText('Failed');
  await page.unroute('**/ssp/texting/conversations/*/messages');
  await page.locator('[data-message-row]').filter({ hasText: text }).getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-message-row]').filter({ hasText: text })).toContainText('Sent');
  await expect(page.locator('[data-message-row]').filter({ hasText: text })).toHaveCount(1);
});
