// returnTo accepts same-origin paths only: an absolute URL elsewhere is ignored.
import { DEMO } from './support/demo';
import { expect, test } from './support/test';

test.use({ storageState: { cookies: [], origins: [] } });

for (const evil of ['https://evil.example', '//evil.example', '/\\evil.example']) {
  test(`a returnTo of ${evil} is ignored`, async ({ page, baseURL }) => {
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(evil)}`);
    await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${baseURL ?? ''}/texting`, { timeout: 20_000 });
  });
}
