// Nothing typed is lost: a message whose send failed and a draft typed after it both survive a reload;
// the failed one is then sent with Retry.
import { expectNoA11yViolations } from './support/axe';
import { refuse, sspRequests } from './support/faults';
import { ownConversation } from './support/own-conversation';
import { expect, test } from './support/test';

test('a failed message and a draft survive a reload', async ({ page }) => {
  const conversation = await ownConversation('Zia');
  await page.goto(`/texting/${conversation.id}`);
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread).toBeVisible({ timeout: 20_000 });
  const composer = page.getByRole('textbox', { name: 'Message', exact: true });

  const restore = await refuse(page, sspRequests(/^\/texting\/conversations\/[0-9a-f]+\/messages$/, 'POST'));
  const failed = `Failed then kept ${String(Date.now())}`;
  await composer.fill(failed);
  await composer.press('Enter');
  const bubble = thread.locator('[data-message-row]').filter({ hasText: failed });
  await expect(bubble).toContainText('Failed · Not sent', { timeout: 20_000 });

  const draft = `A draft, not sent yet\nwith a second line ${String(Date.now())}`;
  await composer.fill(draft);
  await page.reload();

  await expect(thread.locator('[data-message-row]').filter({ hasText: failed })).toContainText('Failed', {
    timeout: 20_000,
  });
  await expect(composer).toHaveValue(draft);
  await expectNoA11yViolations(page);

  await restore();
  await thread.locator('[data-message-row]').filter({ hasText: failed }).getByRole('button', { name: 'Retry' }).click();
  await expect(thread.locator('[data-message-row]').filter({ hasText: failed })).toContainText('Sent', {
    timeout: 20_000,
  });
  await expect(thread.locator('[data-message-row]').filter({ hasText: failed })).toHaveCount(1);
  // Sending the failed message left the draft alone.
  await expect(composer).toHaveValue(draft);
});
