// The account page's Company tab, as the guide's portal has it: reached by keyboard, kept in the URL,
// showing the company and who may text from each of its numbers; the header shows the plan's minutes.
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

test('the Company tab shows the company and its texting numbers, by keyboard and from the URL', async ({ page }) => {
  await page.goto('/account');
  await expect(page.getByRole('banner').getByText(/^\d+ \/ \d+ minutes used$/)).toBeVisible({ timeout: 20_000 });
  const profileTab = page.getByRole('tab', { name: 'User profile' });
  await expect(profileTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('First name')).toBeVisible();

  await profileTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Company' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/account\?tab=company$/);
  const panel = page.getByRole('tabpanel', { name: 'Company' });
  await expect(panel.getByText('Demo Company')).toBeVisible();
  await expect(panel.getByText(/^[0-9a-f]{24}$/)).toBeVisible();
  const number = panel.getByRole('listitem', { name: '(858) 371-5117' });
  await expect(number.getByText('demo@example.com (you)')).toBeVisible();
  await expectNoA11yViolations(page);

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Company' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('tabpanel', { name: 'Company' }).getByRole('listitem', { name: '(858) 371-5117' }),
  ).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByLabel('First name')).toBeVisible();
});
