// Keyboard only: open a conversation from the list, type in the composer, Enter sends, the message shows.
import { expectNoA11yViolations } from './support/axe';
import { expectVisibleFocus, tabTo, typeText } from './support/keyboard';
import { ownConversation } from './support/own-conversation';
import { expect, test } from './support/test';

test('send a message with the keyboard alone', async ({ page }) => {
  const conversation = await ownConversation('Zuri');
  await page.goto('/texting');
  const link = page
    .getByRole('list', { name: 'Conversations' })
    .getByRole('link', { name: new RegExp(conversation.name) });
  await expect(link).toBeVisible({ timeout: 20_000 });

  await tabTo(page, link);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/texting/${conversation.id}`));
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread).toBeVisible({ timeout: 20_000 });

  const composer = page.getByRole('textbox', { name: 'Message', exact: true });
  await tabTo(page, composer, { max: 60 });
  await expectVisibleFocus(page);
  const text = `Typed with keys ${String(Date.now())}`;
  await typeText(page, text);
  await expect(composer).toHaveValue(text);
  await page.keyboard.press('Enter');

  const bubble = thread.locator('[data-message-row]').filter({ hasText: text });
  await expect(bubble).toContainText('Sent', { timeout: 20_000 });
  await expect(bubble).toHaveCount(1);
  await expect(composer).toHaveValue('');
  await expect(composer).toBeFocused();
  await expectNoA11yViolations(page);
});
