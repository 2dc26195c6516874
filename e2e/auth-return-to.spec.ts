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

test("a signed-out visit of a signed-in page goes to sign-in without that page's code, then back to it", async ({
  page,
  baseURL,
}) => {
  // The page's code and its prefetch's (the frame's is needed: its session guard sends the visit on).
  const signedInCode: string[] = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (/^contacts-(page|prefetch)-[\w-]+\.js$/.test(file)) signedInCode.push(file);
  });
  await page.goto('/contacts');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fcontacts$/);
  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await page.waitForLoadState('networkidle');
  expect(signedInCode).toEqual([]);

  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${baseURL ?? ''}/contacts`, { timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  expect(signedInCode.some((file) => file.startsWith('contacts-page-'))).toBe(true);
});
