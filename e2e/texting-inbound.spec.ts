// An inbound SMS (the sandbox's /dev/inbound) shows in the open thread and in the list without a reload;
// one that arrives while the user reads further up waits behind a "New messages" button.
import { DEMO, openDemoConversation, SANDBOX_URL } from './support/demo';
import { ownConversation } from './support/own-conversation';
import { expect, test } from './support/test';

test('an inbound message appears in the open thread and the list within 6 seconds', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemoConversation(page, 'Wiz', /Matt Wiz/);
  await expect(page.getByRole('region', { name: 'Messages' }).getByText('Thanks!')).toBeVisible();

  const text = `Router is back online ${String(Date.now())}`;
  const sent = await request.post(`${SANDBOX_URL}/dev/inbound`, {
    data: { from: '8123382823', to: DEMO.number, text },
  });
  expect(sent.status()).toBe(201);

  await expect(page.getByRole('region', { name: 'Messages' }).getByText(text)).toBeVisible({ timeout: 6000 });
  await expect(page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Matt Wiz/ })).toContainText(
    text,
    {
      timeout: 6000,
    },
  );
  await expect(page.getByRole('log', { name: 'New messages' })).toContainText(`New message from Matt Wiz: ${text}`);
});

test('an inbound message while reading further up does not move the thread, and New messages goes to it', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const conversation = await ownConversation('Scroll');
  const inbound = async (text: string): Promise<void> => {
    const sent = await request.post(`${SANDBOX_URL}/dev/inbound`, {
      data: { from: conversation.number, to: DEMO.number, text },
    });
    expect(sent.status()).toBe(201);
  };
  for (let i = 1; i <= 20; i += 1) await inbound(`Earlier note ${String(i)}`);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/texting/${conversation.id}`);
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.getByText('Earlier note 20', { exact: true })).toBeVisible();
  await thread.evaluate((el) => {
    el.scrollTop = 0;
  });
  const reading = thread.getByText('Earlier note 1', { exact: true });
  await expect(reading).toBeVisible();
  const yBefore = (await reading.boundingBox())?.y;

  const text = `Arrived while reading ${String(Date.now())}`;
  await inbound(text);
  const jump = page.getByRole('button', { name: 'New messages' });
  await expect(jump).toBeVisible({ timeout: 6000 });
  expect((await reading.boundingBox())?.y, 'the message being read has not moved').toBe(yBefore);
  await expect(thread.getByText(text)).not.toBeInViewport();

  await jump.click();
  await expect(thread.getByText(text)).toBeInViewport();
  await expect(jump).toBeHidden();
});
