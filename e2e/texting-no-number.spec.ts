// A company with no texting number (the sandbox's other@example.com): the inbox says texting is not set
// up and how to get a number, offers no "New conversation", and Contacts' "Message" explains instead
// of failing. (With a number, the other texting journeys show everything as before.)
import { ssp, uniqueNumber } from './support/api';
import { expectNoA11yViolations } from './support/axe';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

const OTHER = { email: 'other@example.com', password: 'other-password' };

// Signed out at the start: this journey signs in as the other company's user.
test.use({ storageState: { cookies: [], origins: [] } });

async function signInAsOther(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: /sign in with ringplan/i }).click();
  await page.getByLabel('Email').fill(OTHER.email);
  await page.getByLabel('Password').fill(OTHER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/texting/);
}

test('no texting number: the inbox explains how to get one and offers nothing that cannot work', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsOther(page);

  const notice = page.getByRole('heading', { name: 'Texting is not set up yet' });
  await expect(notice).toBeVisible();
  await expect(page.getByText(/number in RingPlan's web portal/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'New conversation' })).toHaveCount(0);
  await expect(page.getByText(/New conversation|start a new one|Start one/i)).toHaveCount(0);
  await expectNoA11yViolations(page);
  await saveReadmeScreenshot(page, 'texting-no-number');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('button', { name: 'New conversation' })).toHaveCount(0);
  await saveReadmeScreenshot(page, 'texting-no-number-phone');

  // Contacts' "Message" says why instead of failing, and stays on Contacts.
  const lastName = `Nonumber${String(Date.now()).slice(-6)}`;
  await ssp(page, '/texting/contacts', {
    method: 'POST',
    body: { first_name: 'Olga', last_name: lastName, number: uniqueNumber() },
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/contacts?q=${lastName}`);
  await page.getByRole('button', { name: `Message Olga ${lastName}` }).click();
  const dialog = page.getByRole('dialog', { name: 'No texting number yet' });
  await expect(dialog).toContainText("RingPlan's portal");
  await expect(page).toHaveURL(/\/contacts/);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toHaveCount(0);
});
