// Sending while the backend is down: the message stays in the thread, marked failed with Retry, its
// text kept; once the backend is back, Retry sends it, and it shows once.
import { ssp } from './support/api';
import { expectNoA11yViolations } from './support/axe';
import { refuse } from './support/faults';
import { ownConversation } from './support/own-conversation';
import { expect, test } from './support/test';

test('a send that cannot reach the backend waits with Retry and is sent once it is back', async ({ page }) => {
  const { id: conversationId } = await ownConversation('Zeno');
  await page.goto(`/texting/${conversationId}`);
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread).toBeVisible({ timeout: 20_000 });

  const restore = await refuse(page);
  const text = `Sent while down ${String(Date.now())}`;
  const composer = page.getByRole('textbox', { name: 'Message', exact: true });
  await composer.fill(text);
  await composer.press('Enter');

  const bubble = thread.locator('[data-message-row]').filter({ hasText: text });
  await expect(bubble).toContainText('Failed · Not sent', { timeout: 20_000 });
  await expect(bubble).toContainText(text);
  const retry = bubble.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();
  await expectNoA11yViolations(page);

  await restore();
  await retry.click();
  await expect(bubble).toContainText('Sent', { timeout: 20_000 });
  await expect(bubble).not.toContainText('Failed');
  await expect(thread.locator('[data-message-row]').filter({ hasText: text })).toHaveCount(1);
  const stored = await ssp<{ text: string }[]>(page, `/texting/conversations/${conversationId}/messages?per_page=50`);
  expect(stored.filter((m) => m.text === text)).toHaveLength(1);
});
