// Types one day into the Meet date filter's From and To as a person types into the native date input
// (month, day, then the year digit by digit), and waits for the range to reach the URL on page 1.
import { expect } from './test';

import type { Page } from '@playwright/test';

export async function typeOneDayRange(page: Page, day: Date): Promise<void> {
  const mm = String(day.getMonth() + 1).padStart(2, '0');
  const dd = String(day.getDate()).padStart(2, '0');
  const yyyy = String(day.getFullYear());
  for (const label of ['From', 'To']) {
    await page.getByLabel(label, { exact: true }).focus();
    await page.keyboard.type(`${mm}${dd}${yyyy}`);
  }
  const iso = `${yyyy}-${mm}-${dd}`;
  await expect(page).toHaveURL(new RegExp(`from=${iso}.*to=${iso}`));
  await expect(page).not.toHaveURL(/page=2/);
}
