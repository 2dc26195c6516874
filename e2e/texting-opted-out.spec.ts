// A contact who texted STOP: the list says so and the composer is off, with the reason.
import { openDemoConversation } from './support/demo';
import { expect, test } from './support/test';

test("an opted-out contact's composer is off and says why", async ({ page }) => {
  await openDemoConversation(page, 'Raman', /Priya Raman/);
  await expect(
    page.getByText(
      'This contact replied STOP and has opted out of texts. They must text START to receive messages again.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Send' })).toHaveCount(0);
  await expect(page.getByText('Opted out').first()).toBeVisible();
});
