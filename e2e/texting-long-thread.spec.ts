// The seeded 600-message conversation: it opens at the newest message, keeps fewer than 100 message
// nodes in the DOM, and scrolls back to its first message (older pages load on the way up).
import { expect, test } from './support/test';

test('scrolling the 600-message thread back to its first message', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/texting');
  await page.getByLabel('Search conversations').fill('Maria');
  await page
    .getByRole('list', { name: 'Conversations' })
    .getByRole('link', { name: /Maria Garcia/ })
    .click();
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.locator('[data-message-row]').first()).toBeVisible();
  // Opens at the bottom.
  await expect.poll(() => thread.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(50);

  const start = thread.getByText('Start of the conversation');
  for (let i = 0; i < 200 && !(await start.isVisible()); i += 1) {
    await thread.evaluate((el) => {
      el.scrollTop = Math.max(0, el.scrollTop - 1500);
    });
    await page.waitForTimeout(60);
    expect(await thread.locator('[data-message-row]').count()).toBeLessThan(100);
  }
  await expect(start).toBeVisible();
  // The first message of the seed is outbound, 20 days ago, and the thread shows its day.
  await expect(thread.locator('[data-message-row]').first()).toContainText('Sent');
  expect(await thread.locator('[data-message-row]').count()).toBeLessThan(100);
});

test('loading older pages keeps the message being read where it was', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Hold older pages back a moment, so the position can be read before they arrive.
  await page.route(/\/messages\?page=([2-9]|\d\d)/, async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.fallback();
  });
  await page.goto('/texting?q=Maria');
  await page
    .getByRole('list', { name: 'Conversations' })
    .getByRole('link', { name: /Maria Garcia/ })
    .click();
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.locator('[data-message-row]').first()).toBeVisible();
  await expect.poll(() => thread.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(50);

  // Three older pages in turn: each lands with a different mix of day labels and pictures above the
  // message being read, rows the list has not measured yet.
  for (let pageNo = 2; pageNo <= 4; pageNo += 1) {
    const heightBefore = await thread.evaluate((el) => el.scrollHeight);
    // Near the top of what is loaded: the next page is asked for.
    await thread.evaluate((el) => {
      el.scrollTop = 500;
    });
    // Let the rows for the new position render (the older page is held back longer than this).
    await page.waitForTimeout(150);
    // The same message before and after (rows carry their message's key).
    const key = await thread.locator('[data-message-row]').nth(3).getAttribute('data-message-row');
    const anchorRow = thread.locator(`[data-message-row="${key ?? ''}"]`);
    const yBefore = (await anchorRow.boundingBox())?.y;
    expect(yBefore).toBeDefined();
    await expect
      .poll(() => thread.evaluate((el) => el.scrollHeight), { timeout: 10_000 })
      .toBeGreaterThan(heightBefore + 1000);
    await page.waitForTimeout(300);
    const yAfter = (await anchorRow.boundingBox({ timeout: 2000 }))?.y;
    expect(yAfter, `page ${String(pageNo)}: the row is still on screen`).toBeDefined();
    expect(Math.abs((yAfter ?? 0) - (yBefore ?? 0)), `page ${String(pageNo)}: the row has not moved`).toBeLessThan(4);
  }
});

test('an older page that fails to load says so in place, and Retry loads it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  let failing = true;
  await page.route(/\/messages\?page=2\b/, (route) =>
    failing
      ? route.fulfill({ status: 500, contentType: 'application/json', body: '{"message":"Server error"}' })
      : route.fallback(),
  );
  await page.goto('/texting?q=Maria');
  await page
    .getByRole('list', { name: 'Conversations' })
    .getByRole('link', { name: /Maria Garcia/ })
    .click();
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.locator('[data-message-row]').first()).toBeVisible();
  await expect.poll(() => thread.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(50);
  await thread.evaluate((el) => {
    el.scrollTop = 0;
  });
  await expect(thread.getByText('Older messages could not be loaded.')).toBeVisible();
  const heightBefore = await thread.evaluate((el) => el.scrollHeight);

  failing = false;
  await thread.getByRole('button', { name: 'Retry' }).click();
  await expect
    .poll(() => thread.evaluate((el) => el.scrollHeight), { timeout: 10_000 })
    .toBeGreaterThan(heightBefore + 1000);
  await expect(thread.getByText('Older messages could not be loaded.')).toBeHidden();
});
