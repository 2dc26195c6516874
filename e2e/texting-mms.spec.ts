// Attach an image (a PNG made here), see its preview, send it, and see the thumbnail in the thread.
import { deflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A size×size RGB PNG with a diagonal gradient. */
function gradientPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y += 1) {
    const row = y * (1 + size * 3);
    for (let x = 0; x < size; x += 1) rows.set([(x * 255) / size, (y * 255) / size, 180], row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('an attached image is previewed, sent as an MMS, and shown as a thumbnail', async ({ page }) => {
  await page.goto('/texting');
  await page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Robert/ }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: 'site-photo.png', mimeType: 'image/png', buffer: gradientPng(64) });
  await expect(page.getByRole('list', { name: 'Images to send' }).getByRole('img', { name: 'site-photo.png' })).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') });
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
