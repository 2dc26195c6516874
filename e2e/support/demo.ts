// The sandbox's demo data, as e2e journeys rely on it (see sandbox/README.md).
import { expect, type Page } from '@playwright/test';

export const DEMO = {
  email: 'demo@example.com',
  password: 'demo-password',
  number: '8583715117',
  failingNumber: '5550000000',
} as const;

/** This run's sandbox (see playwright.config.ts), for its developer helpers such as /dev/inbound. */
export const SANDBOX_URL = process.env.E2E_SANDBOX_URL ?? 'http://localhost:4010';

/**
 * Opens a demo conversation, found by search first: other journeys add conversations to the demo
 * company, which can push a demo one past the first page of the list. It is clicked once every row
 * matches the search: a click while the list changes could land on a row moving under it.
 */
export async function openDemoConversation(page: Page, search: string, name: RegExp): Promise<void> {
  await page.goto('/texting');
  await page.getByRole('searchbox', { name: 'Search conversations' }).fill(search);
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(list.getByRole('link').filter({ hasNotText: search })).toHaveCount(0);
  await list.getByRole('link', { name }).click();
}
