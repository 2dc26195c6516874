// Signing in as a person does: the app's sign-in page, "Sign in with RingPlan", the hosted form, and
// back in the app on Texting.
import { expect, type Page } from '@playwright/test';

/** `origin` is the app's when it is not the run's own (a journey's own server); the page's base URL otherwise. */
export async function signInWithForm(
  page: Page,
  user: { email: string; password: string },
  origin = '',
): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole('button', { name: 'Sign in with RingPlan' }).click();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/texting/, { timeout: 20_000 });
}
