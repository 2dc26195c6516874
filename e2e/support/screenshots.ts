// The README's screenshots are taken by the journeys themselves, so they always show the current app.
import type { Page } from '@playwright/test';

export async function saveReadmeScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false });
}
