// Sending to the sandbox's failing number: the message shows as failed with the carrier's reason;
// Retry really sends it again (a second attempt is in the server's history).
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { SANDBOX_URL } from './support/demo';

async function serverHistory(page: Page, conversationId: string): Promise<{ text: string; success: boolean }[]> {
  const idToken = await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('ringplan.session') ?? '{}') as { state?: { session?: { idToken?: string } } };
    return saved.state?.session?.idToken ?? '';
  });
  const answer = await page.request.get(`${SANDBOX_URL}/ssp/texting/conversations/${conversationId}/messages?per_page=100`, {
    headers: { authorization: idToken },
  });
  expect(answer.ok()).toBe(true);
  return (await answer.json()) as { text: string; success: boolean }[];
}

test('a failed send shows why, and Retry sends it again', async ({ page }) => {
  await page.goto('/texting');
  await page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Sandbox Failing number/ }).click();
  const conversationId = /\/texting\/([0-9a-f]{24})/.exec(page.url())?.[1] ?? '';
  const text = `Carrier check ${String(Date.now())}`;
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();

  const thread = page.getByRole('region', { name: 'Messages' });
  const bubble = thread.locator('[data-message-row]').filter({ hasText: text });
  await expect(bubble).toContainText(/Failed · Not delivered: .+/);
  await bubble.getByRole('button', { name: 'Retry' }).click();
  await expect(thread.locator('[data-message-row]').filter({ hasText: text })).toHaveCount(2);

  const attempts = (await serverHistory(page, conversationId)).filter((m) => m.text === text);
  expect(attempts).toHaveLength(2);
  expect(attempts.every((m) => !m.success)).toBe(true);
  await expect(page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Sandbox Failing number/ })).toContainText('Failed');
});

test('a network failure keeps the message with Retry, which sends it once the service is back', async ({ page }) => {
  await page.goto('/texting');
  await page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Hola José|José Núñez/ }).click();
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
