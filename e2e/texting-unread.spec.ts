// Unread and notifications, in two tabs of one browser: a text arriving in a conversation that is not
// open raises its unread mark, the Texting nav total and the title in both tabs, and one desktop
// notification; clicking the notification opens the conversation, which clears them in both tabs.
// A tab left in the background still checks (every 30 s) and notifies. A fresh company for each, so no
// other journey's texts land in its inbox.
import { uniqueNumber } from './support/api';
import { SANDBOX_URL } from './support/demo';
import { freshUser } from './support/fresh-user';
import { saveReadmeScreenshot } from './support/screenshots';
import { expect, test } from './support/test';

import type { BrowserContext, Page } from '@playwright/test';

interface Captured {
  title: string;
  body: string | undefined;
  tag: string | undefined;
}

declare global {
  interface Window {
    shownNotifications?: { title: string; body?: string; tag?: string; notification: Notification }[];
    cspViolations?: string[];
  }
}

async function api<T>(idToken: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${SANDBOX_URL}/ssp${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: idToken, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${String(response.status)}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function inbound(from: string, to: string, text: string): Promise<void> {
  const response = await fetch(`${SANDBOX_URL}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from, to, text }),
  });
  expect(response.status).toBe(201);
}

/** Every notification the page creates is recorded (the real one still shows), with its object to click. */
async function captureNotifications(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Real = window.Notification;
    const shown: NonNullable<Window['shownNotifications']> = [];
    window.shownNotifications = shown;
    window.Notification = class extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push({ title, body: options?.body, tag: options?.tag, notification: this });
      }
    };
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
}

const shownIn = (page: Page): Promise<Captured[]> =>
  page.evaluate(() =>
    (window.shownNotifications ?? []).map(({ title, body, tag }) => ({ title, body, tag }) satisfies Captured),
  );

/** The user's seen positions are in this browser's IndexedDB (the baseline is written). */
const seenRecords = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    // Opened only once the app has made it: opening it first would create it without its store.
    if (!(await indexedDB.databases()).some((db) => db.name === 'ringplan-seen')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('ringplan-seen');
      open.onsuccess = () => {
        const db = open.result;
        const count = db.transaction('positions').objectStore('positions').count();
        count.onsuccess = () => {
          resolve(count.result);
          db.close();
        };
      };
    });
  });

/** A fresh company's user, their texting number, and a way to start conversations with new contacts. */
async function freshCompany(baseURL: string) {
  const user = await freshUser(baseURL);
  const [number] = await api<{ number: string }[]>(user.idToken, '/texting/numbers');
  const own = number?.number ?? '';
  const conversationWith = async (firstName: string, lastName: string) => {
    const contactNumber = uniqueNumber();
    const contact = await api<{ id: string }>(user.idToken, '/texting/contacts', {
      first_name: firstName,
      last_name: lastName,
      number: contactNumber,
    });
    const conversation = await api<{ id: string }>(user.idToken, '/texting/conversations', {
      contact_id: contact.id,
      from_number: own,
    });
    return { id: conversation.id, number: contactNumber, name: `${firstName} ${lastName}` };
  };
  return { user, own, conversationWith };
}

test('a text in another conversation shows as unread in both tabs with one notification; opening it clears both', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { user, own, conversationWith } = await freshCompany(baseURL ?? '');
  const ada = await conversationWith('Ada', 'Reader');
  const bo = await conversationWith('Bo', 'Texter');
  // History from before this browser ever opened the app: not unread.
  await inbound(ada.number, own, 'An old question');
  await inbound(bo.number, own, 'An old hello');

  const context = await browser.newContext({ storageState: user.storageState, viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await captureNotifications(context);
  const one = await context.newPage();
  await one.goto(`/texting/${ada.id}`);
  await expect(one.getByRole('region', { name: 'Messages' }).getByText('An old question')).toBeVisible({
    timeout: 30_000,
  });
  const two = await context.newPage();
  await two.goto('/texting');
  const tabs = [one, two];
  const boRow = (page: Page) =>
    page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: new RegExp(bo.name) });
  const texting = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Texting/ });

  for (const tab of tabs) {
    await expect(boRow(tab)).toContainText('An old hello');
    await expect(boRow(tab)).not.toContainText('unread');
    await expect(tab).toHaveTitle('Texting · RingPlan');
    await expect.poll(() => seenRecords(tab)).toBe(1);
  }

  const text = `Is the router back? ${String(Date.now())}`;
  await inbound(bo.number, own, text);

  for (const tab of tabs) {
    await expect(boRow(tab)).toContainText(text, { timeout: 15_000 });
    await expect(boRow(tab)).toContainText('1 unread');
    await expect(texting(tab)).toHaveAccessibleName(/1 unread/);
    await expect(tab).toHaveTitle('(1) Texting · RingPlan');
  }
  // The conversation open in the first tab is not unread.
  await expect(
    one.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: new RegExp(ada.name) }),
  ).not.toContainText('unread');
  await saveReadmeScreenshot(two, 'texting-unread');
  await two.setViewportSize({ width: 390, height: 844 });
  await expect(boRow(two)).toContainText('1 unread');
  await saveReadmeScreenshot(two, 'texting-unread-phone');
  await two.setViewportSize({ width: 1280, height: 800 });

  // One notification across the two tabs (the tab used last shows them), tagged with the conversation.
  await expect.poll(async () => (await shownIn(one)).length + (await shownIn(two)).length).toBe(1);
  const notifier = (await shownIn(one)).length === 1 ? one : two;
  expect(await shownIn(notifier)).toEqual([{ title: bo.name, body: text, tag: `ringplan-conversation-${bo.id}` }]);

  // Clicking it opens the conversation in that tab; having seen it clears both tabs.
  await notifier.evaluate(() => window.shownNotifications?.[0]?.notification.dispatchEvent(new Event('click')));
  await expect(notifier).toHaveURL(new RegExp(`/texting/${bo.id}$`));
  await expect(notifier.getByRole('region', { name: 'Messages' }).getByText(text)).toBeVisible();
  for (const tab of tabs) {
    await expect(boRow(tab)).not.toContainText('unread');
    await expect(texting(tab)).toHaveAccessibleName('Texting');
    await expect(tab).toHaveTitle('Texting · RingPlan');
  }

  for (const tab of tabs) expect(await tab.evaluate(() => window.cspViolations)).toEqual([]);
  await context.close();
});

/**
 * Makes the page report itself hidden (or visible again) as a tab in the background does. Headless
 * Chromium reports every page visible, even minimised, so the journey sets what the page reads.
 */
async function setTabHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((isHidden) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (isHidden ? 'hidden' : 'visible'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => isHidden });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('a tab in the background still checks, at a slower pace, and notifies; the notification opens the conversation', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { user, own, conversationWith } = await freshCompany(baseURL ?? '');
  const conversation = await conversationWith('Hidden', 'Caller');
  const contactNumber = conversation.number;
  await inbound(contactNumber, own, 'Before the tab was left');

  const context = await browser.newContext({ storageState: user.storageState, viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await captureNotifications(context);
  const page = await context.newPage();
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible({ timeout: 30_000 });
  // The unread baseline is written: what came before this browser is not new.
  await expect.poll(() => seenRecords(page), { timeout: 15_000 }).toBe(1);

  await setTabHidden(page, true);
  const text = `Are you there? ${String(Date.now())}`;
  await inbound(contactNumber, own, text);
  // The hidden tab's check comes within its slower interval (30 s), with no visible tab to do it.
  await expect
    .poll(() => shownIn(page), { timeout: 45_000, intervals: [1000] })
    .toEqual([{ title: 'Hidden Caller', body: text, tag: `ringplan-conversation-${conversation.id}` }]);
  await expect(page).toHaveTitle(/^\(1\) /);

  await page.evaluate(() => window.shownNotifications?.[0]?.notification.dispatchEvent(new Event('click')));
  await setTabHidden(page, false);
  await expect(page).toHaveURL(new RegExp(`/texting/${conversation.id}$`));
  await expect(page.getByRole('region', { name: 'Messages' }).getByText(text)).toBeVisible();
  await expect(page).not.toHaveTitle(/^\(1\) /);
  await context.close();
});
