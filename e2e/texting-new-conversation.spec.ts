// Start a conversation with a number nobody has texted yet, send an SMS that shows at once, and find
// it still there after a reload.
import { expect, test } from './support/test';

test('a new number becomes a conversation; the SMS shows at once and survives a reload', async ({ page }) => {
  await page.goto('/texting');
  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New conversation' });
  await dialog.getByLabel('To').fill('+1 (619) 555-0199');
  await dialog.getByLabel('Name (optional)').fill('Nora Quinn');
  await expect(dialog.getByLabel('Text from')).toContainText('(858) 371-5117');
  await dialog.getByRole('button', { name: 'Start conversation' }).click();

  await expect(page).toHaveURL(/\/texting\/[0-9a-f]{24}$/);
  await expect(page.getByRole('heading', { name: 'Nora Quinn' })).toBeVisible();
  const thread = page.getByRole('region', { name: 'Messages' });
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await message.fill('Hello Nora, welcome aboard!');
  await message.press('Enter');
  // Shown at once (before the service answers), then confirmed.
  await expect(thread.getByText('Hello Nora, welcome aboard!')).toBeVisible();
  await expect(message).toHaveValue('');
  await expect(thread.getByText('Sent')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Nora Quinn/ }),
  ).toContainText('Hello Nora, welcome aboard!');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Messages' }).getByText('Hello Nora, welcome aboard!')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Messages' }).getByText('Hello Nora, welcome aboard!')).toHaveCount(1);
});

test('a draft survives a reload', async ({ page }) => {
  await page.goto('/texting');
  // Found by search: other journeys add conversations to the demo company, which can push this one
  // past the first page of the list.
  await page.getByRole('searchbox', { name: 'Search conversations' }).fill('Okafor');
  await page
    .getByRole('list', { name: 'Conversations' })
    .getByRole('link', { name: /James Okafor/ })
    .click();
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill('Half a thought');
  await page.getByRole('textbox', { name: 'Message', exact: true }).press('Shift+Enter');
  await page.getByRole('textbox', { name: 'Message', exact: true }).pressSequentially('second line');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue('Half a thought\nsecond line');
});
