// The inbox: list and thread side by side, the new-conversation dialog, accessibility of each, and
// the README screenshot; then the same inbox on a phone, one pane at a time.
import { expectNoA11yViolations } from './support/axe';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

test('the inbox lists conversations and opens a thread beside them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/texting');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByRole('link', { name: /Matt Wiz/ })).toBeVisible();
  // Markup in a contact's name is shown as text.
  await expect(list.getByText('Robert <b>Bobby</b> Tables')).toBeVisible();
  await expect(list.getByRole('link', { name: /Priya Raman/ })).toContainText('Opted out');
  await expect(list.getByRole('link', { name: /Sandbox Failing number/ })).toContainText('Failed');
  await expectNoA11yViolations(page);

  await list.getByRole('link', { name: /Matt Wiz/ }).click();
  await expect(page).toHaveURL(/\/texting\/[0-9a-f]{24}$/);
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.getByText('Great, can you send a picture of the router label?')).toBeVisible();
  await expect(thread.getByRole('img', { name: 'Image 1 from you' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Conversations' })).toBeVisible();
  await expectNoA11yViolations(page);
  await saveReadmeScreenshot(page, 'texting-inbox');

  await thread.getByRole('button', { name: /Open image 1 from you full size/ }).click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByRole('img', { name: 'Image 1 from you' })).toBeVisible();
  await expectNoA11yViolations(page, '[role="dialog"]');
  await viewer.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New conversation' });
  await expect(dialog.getByLabel('To')).toBeVisible();
  await expect(dialog.getByLabel('Text from')).toContainText('(858) 371-5117');
  await expectNoA11yViolations(page, '[role="dialog"]');
  await dialog.getByLabel('To').fill('12');
  // "12" is a run of digits in Matt Wiz's number, so suggestions open over the button: Escape closes
  // them (and only them), as a keyboard user would.
  const suggestions = page.getByRole('listbox');
  await expect(suggestions.getByRole('option', { name: /Matt Wiz/ })).toBeVisible();
  await dialog.getByLabel('To').press('Escape');
  await expect(suggestions).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Start conversation' }).click();
  await expect(dialog.getByText(/Not a valid US number/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('search finds a number typed with +1, spaces and dashes, and lives in the URL', async ({ page }) => {
  await page.goto('/texting');
  await page.getByLabel('Search conversations').fill('+1 812-338-2823');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link', { name: /Matt Wiz/ })).toBeVisible();
  await expect(page).toHaveURL(/q=%2B1/);
  await page.reload();
  await expect(page.getByLabel('Search conversations')).toHaveValue('+1 812-338-2823');
  await expect(page.getByRole('list', { name: 'Conversations' }).getByRole('link')).toHaveCount(1);
});

test('on a phone the list and the thread take turns, with a back button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/texting');
  await page
    .getByRole('list', { name: 'Conversations' })
    .getByRole('link', { name: /Matt Wiz/ })
    .click();
  await expect(page.getByRole('list', { name: 'Conversations' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Messages' }).getByText('Thanks!')).toBeVisible();
  await page.screenshot({ path: 'test-results/texting-phone-thread.png' });
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Back to conversations' }).click();
  await expect(page.getByRole('list', { name: 'Conversations' })).toBeVisible();
  await page.screenshot({ path: 'test-results/texting-phone-list.png' });
});
