// An inbound SMS (the sandbox's /dev/inbound) shows in the open thread and in the list without a reload.
import { expect, test } from './support/test';
import { DEMO, SANDBOX_URL } from './support/demo';

test('an inbound message appears in the open thread and the list within 6 seconds', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/texting');
  await page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Matt Wiz/ }).click();
  await expect(page.getByRole('region', { name: 'Messages' }).getByText('Thanks!')).toBeVisible();

  const text = `Router is back online ${String(Date.now())}`;
  const sent = await request.post(`${SANDBOX_URL}/dev/inbound`, { data: { from: '8123382823', to: DEMO.number, text } });
  expect(sent.status()).toBe(201);

  await expect(page.getByRole('region', { name: 'Messages' }).getByText(text)).toBeVisible({ timeout: 6000 });
  await expect(page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Matt Wiz/ })).toContainText(text, {
    timeout: 6000,
  });
  await expect(page.getByRole('log', { name: 'New messages' })).toContainText(`New message from Matt Wiz: ${text}`);
});
