// Text from the API is text: payloads placed in every text the API returns are shown literally and
// none of them runs.
import { ssp, uniqueNumber } from './support/api';
import { DEMO, SANDBOX_URL } from './support/demo';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

const marker = `xss${String(Date.now())}`;
const payloads = {
  img: `<img src=x onerror="window.__xss='${marker}-img'">`,
  script: `<script>window.__xss='${marker}-script'</script>`,
  link: `<a href="javascript:window.__xss='${marker}-link'">open ${marker}</a>`,
};

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
}

test('payloads in contact names, messages, meeting titles and descriptions are shown as text', async ({ page }) => {
  await page.goto('/texting');
  const contact = await ssp<{ id: string }>(page, '/texting/contacts', {
    method: 'POST',
    body: { first_name: payloads.img, last_name: payloads.script, number: uniqueNumber() },
  });
  const conversation = await ssp<{ id: string }>(page, '/texting/conversations', {
    method: 'POST',
    body: { contact_id: contact.id, from_number: DEMO.number },
  });
  await ssp(page, `/texting/conversations/${conversation.id}/messages`, {
    method: 'POST',
    body: { text: payloads.link },
  });
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
  await ssp(page, '/meet/calendar/event/history', {
    method: 'POST',
    body: {
      title_meet: payloads.img,
      summary: payloads.script,
      description: payloads.link,
      start_time: local,
      end_time: local,
      time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
  });

  await page.goto(`/texting/${conversation.id}`);
  await expect(page.getByText(payloads.link).first()).toBeVisible();
  await expect(page.getByText(payloads.img, { exact: false }).first()).toBeVisible();
  await expectNothingRan(page);

  // Contact search matches the start of a name: the whole first name finds this contact.
  await page.goto(`/contacts?q=${encodeURIComponent(payloads.img)}`);
  await expect(page.getByText(payloads.img).first()).toBeVisible();
  await expectNothingRan(page);

  await page.goto('/meet?tab=history');
  await expect(page.getByText(payloads.img).first()).toBeVisible();
  await expectNothingRan(page);

  // An inbound message with a payload arrives in the open thread as text.
  await page.goto(`/texting/${conversation.id}`);
  const contactNumber = (await ssp<{ number: string }>(page, `/texting/contacts/${contact.id}`)).number;
  await fetch(`${SANDBOX_URL}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: contactNumber, to: DEMO.number, text: payloads.script }),
  });
  await expect(page.getByText(payloads.script).first()).toBeVisible({ timeout: 8000 });
  await expectNothingRan(page);
});

test('no token appears in an address, a console line or an error report', async ({ page }) => {
  const seen: string[] = [];
  page.on('console', (message) => seen.push(`console: ${message.text()}`));
  page.on('framenavigated', (frame) => seen.push(`navigated: ${frame.url()}`));
  page.on('request', (request) => {
    // The contract's refresh call carries the refresh token in its query: a background request, never
    // an address the user sees. Everything else must be clean.
    if (!new URL(request.url()).pathname.endsWith('/refresh-token')) seen.push(`request: ${request.url()}`);
  });

  for (const path of ['/texting', '/contacts', '/meet', '/account', '/not-a-page']) await page.goto(path);
  const session = await page.evaluate(() => localStorage.getItem('ringplan.session') ?? '');
  const { idToken, refreshToken } = (
    JSON.parse(session) as { state: { session: { idToken: string; refreshToken: string } } }
  ).state.session;

  for (const line of seen) {
    expect(line).not.toContain(idToken);
    expect(line).not.toContain(refreshToken);
  }
});
