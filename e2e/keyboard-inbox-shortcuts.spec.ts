// Keyboard first: walk the inbox without the mouse. `?` lists the shortcuts and Esc closes them; `/`
// goes to the search; Alt+↓/↑ move between conversations with the message box ready; Enter sends;
// on a phone Esc leaves the thread. Screenshots of the shortcuts dialog on a desktop and a phone.
import { expectNoA11yViolations } from './support/axe';
import { typeText } from './support/keyboard';
import { ownConversation } from './support/own-conversation';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

/** A word of letters only, new for each run (the search reads digits as a number). */
const freshWord = (prefix: string) =>
  prefix +
  String(Date.now())
    .slice(-6)
    .replace(/\d/g, (digit) => 'abcdefghij'.charAt(Number(digit)));

/**
 * Typed into the focused search box as fast as keys go: the box shows every key at once, whatever the
 * list and the URL are doing (a box that showed the URL's search dropped keys typed meanwhile).
 */
async function typeSearch(page: Page, text: string) {
  await page.keyboard.type(text);
  await expect(page.getByRole('searchbox', { name: 'Search conversations' })).toHaveValue(text);
}

async function showShortcuts(page: Page, screenshot: string) {
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Next conversation')).toBeVisible();
  await expect(dialog.getByText('Search (conversations, contacts)')).toBeVisible();
  // Once it has faded in.
  await expect(page.locator('.MuiDialog-container')).toHaveCSS('opacity', '1');
  await page.screenshot({ path: `docs/screenshots/${screenshot}.png` });
  await expectNoA11yViolations(page, '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('walk the inbox with the keyboard alone', async ({ page }) => {
  // Two conversations only this journey has, found by one word; the newer is listed first.
  const word = freshWord('Keys');
  const older = await ownConversation(word);
  const newer = await ownConversation(word);
  await page.goto('/texting');
  await expect(page.getByRole('list', { name: 'Conversations' })).toBeVisible({ timeout: 20_000 });

  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search conversations' });
  await expect(search).toBeFocused();
  await typeSearch(page, word);
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByRole('link')).toHaveCount(2);
  // `/` in a field is text.
  await expect(search).toHaveValue(word);

  const composer = page.getByRole('textbox', { name: 'Message', exact: true });
  const open = (conversation: { id: string; name: string }) =>
    Promise.all([
      expect(page).toHaveURL(new RegExp(`/texting/${conversation.id}\\?q=${word}$`)),
      expect(list.getByRole('link', { name: new RegExp(conversation.name) })).toHaveAttribute('aria-current', 'page'),
      expect(page.getByRole('heading', { level: 2, name: conversation.name })).toBeVisible(),
      expect(composer).toBeFocused(),
    ]);
  await page.keyboard.press('Alt+ArrowDown');
  await open(newer);
  // From the message box too: Alt+↓/↑ are not the box's own.
  await page.keyboard.press('Alt+ArrowDown');
  await open(older);
  await page.keyboard.press('Alt+ArrowDown'); // the last one: stays
  await open(older);
  await page.keyboard.press('Alt+ArrowUp');
  await open(newer);

  // Typing is typing: `/` and `?` go into the message, which Enter sends.
  const text = `Walked here with keys /? ${String(Date.now())}`;
  await typeText(page, text);
  await expect(composer).toHaveValue(text);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Enter');
  const bubble = page.getByRole('region', { name: 'Messages' }).locator('[data-message-row]').filter({ hasText: text });
  await expect(bubble).toContainText('Sent', { timeout: 20_000 });
  await expect(composer).toHaveValue('');
  await expectNoA11yViolations(page);

  // Out of the message box, `?` is the shortcuts again.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Attach images' })).toBeFocused();
  await showShortcuts(page, 'shortcuts');
});

test('on a phone, Esc leaves the thread for the list', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const word = freshWord('Esc');
  const conversation = await ownConversation(word);
  await page.goto('/texting');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list).toBeVisible({ timeout: 20_000 });

  await showShortcuts(page, 'phone-shortcuts');

  await page.keyboard.press('/');
  await typeSearch(page, word);
  await expect(list.getByRole('link')).toHaveCount(1);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: conversation.name })).toBeVisible();
  await expect(list).toBeHidden();
  const composer = page.getByRole('textbox', { name: 'Message', exact: true });
  await expect(composer).toBeFocused();
  await typeText(page, 'a draft');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/texting\?q=/);
  await expect(list.getByRole('link', { name: new RegExp(conversation.name) })).toBeVisible();
  // The draft waits in the conversation.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(composer).toHaveValue('a draft');
});
