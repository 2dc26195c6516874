// Attach an image (a generated PNG), see its preview, send it, and see the thumbnail in the thread.
// The sandbox's own PNG maker (its demo MMS images): a real image for the file picker.
import { gradientPng } from '../sandbox/src/texting/png';
import { openDemoConversation } from './support/demo';
import { expect, test } from './support/test';

test('an attached image is previewed, sent as an MMS, and shown as a thumbnail', async ({ page }) => {
  await openDemoConversation(page, 'Tables', /Robert/);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'site-photo.png',
    mimeType: 'image/png',
    buffer: gradientPng(64, [20, 120, 200], [240, 180, 60]),
  });
  await expect(
    page.getByRole('list', { name: 'Images to send' }).getByRole('img', { name: 'site-photo.png' }),
  ).toBeVisible();

  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') });
  await expect(page.getByText('notes.txt is not a JPEG, PNG, GIF or WebP image.')).toBeVisible();

  const text = `Photo of the panel ${String(Date.now())}`;
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await page.getByRole('textbox', { name: 'Message', exact: true }).press('Enter');
  const bubble = page.locator('[data-message-row]').filter({ hasText: text });
  await expect(bubble).toContainText('Sent');
  const thumbnail = bubble.getByRole('img', { name: 'Image 1 from you' });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
  await expect(page.getByRole('list', { name: 'Images to send' })).toHaveCount(0);
});
