// The Meet page on a phone: each meeting is a card with its title, times and actions in view, nothing
// scrolls sideways, and paging and the date filter still work. Takes the README's phone screenshots.
import { expectNoA11yViolations } from './support/axe';
import { typeOneDayRange } from './support/meet-dates';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Elements that scroll sideways (the page itself included): none may, on a phone. */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement;
    if (root && root.scrollWidth > root.clientWidth)
      found.push(`document ${String(root.scrollWidth)} > ${String(root.clientWidth)}`);
    for (const el of Array.from(document.body.getElementsByTagName('*'))) {
      const { overflowX } = getComputedStyle(el);
      if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        found.push(
          `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ').slice(0, 2).join('.')} ${String(el.scrollWidth)} > ${String(el.clientWidth)}`,
        );
      }
    }
    return found;
  });
}

test('meetings are cards on a phone, with no sideways scroll; paging and dates still work', async ({ page }) => {
  await page.goto('/meet?tab=history');
  const list = page.getByRole('list', { name: 'Meeting history' });
  const first = list.getByRole('listitem').first();
  await expect(first).toBeVisible({ timeout: 20_000 });
  const title = (await first.getByRole('heading', { level: 2 }).textContent()) ?? '';
  expect(title).not.toBe('');
  await expect(first.getByRole('heading', { name: title })).toBeInViewport();
  for (const action of [/^Meeting link: /, /^Copy link: /, /^Details: /]) {
    await expect(
      first.getByRole('link', { name: action }).or(first.getByRole('button', { name: action })),
    ).toBeInViewport();
  }
  await expect(page.getByText(/^\d+ meetings$/)).toBeVisible();
  // A meeting in another zone than the user's (Los Angeles) shows the user's time too, no hover needed.
  await expect(
    list
      .getByRole('listitem')
      .filter({ hasText: 'Asia/Kolkata' })
      .first()
      .getByText(/^Your time: /),
  ).toBeVisible();
  expect(await sidewaysScrollers(page)).toEqual([]);
  await expectNoA11yViolations(page);
  // The screenshot shows the cards, from the count above them.
  await page.getByText(/^\d+ meetings$/).evaluate((el) => el.scrollIntoView());
  await saveReadmeScreenshot(page, 'phone-meet');

  await first.getByRole('button', { name: `Details: ${title}` }).click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Paging.
  const shownDate =
    /^[A-Z][a-z]{2} \d{1,2}, \d{4}/.exec((await first.textContent())?.replace(title, '') ?? '')?.[0] ?? '';
  await page.getByRole('button', { name: /next page/i }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(list.getByRole('listitem').first().getByRole('heading', { level: 2 })).not.toHaveText(title);
  expect(await sidewaysScrollers(page)).toEqual([]);

  // The first meeting's day as a one-day range: back to page 1, that meeting among the few shown.
  const day = new Date(shownDate);
  await typeOneDayRange(page, day);
  await expect(
    list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) }),
  ).toHaveCount(1);
  await expect(page.getByText(/^\d meetings?$/)).toBeVisible();
  expect(await sidewaysScrollers(page)).toEqual([]);

  await page.goto('/meet?tab=scheduled');
  await expect(page.getByRole('list', { name: 'Scheduled meetings' }).getByRole('listitem').first()).toBeVisible({
    timeout: 20_000,
  });
  expect(await sidewaysScrollers(page)).toEqual([]);
});

test('the account page fits a phone', async ({ page }) => {
  await page.goto('/account');
  await expect(page.getByLabel('First name')).toBeVisible({ timeout: 20_000 });
  expect(await sidewaysScrollers(page)).toEqual([]);
  await saveReadmeScreenshot(page, 'phone-account');
});
