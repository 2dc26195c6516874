// The first load of each list fails (a 500 answer, then a refused connection): the page says so in place
// and offers Retry, which loads the list once the backend answers again.
import { expectNoA11yViolations } from './support/axe';
import { fail500, refuse, sspRequests } from './support/faults';
import { expect, test } from './support/test';

import type { Page } from '@playwright/test';

interface ListCase {
  name: string;
  path: string;
  api: RegExp;
  failure: RegExp;
  loaded: (page: Page) => ReturnType<Page['getByRole']>;
}

const lists: ListCase[] = [
  {
    name: 'conversations',
    path: '/texting',
    api: /^\/texting\/conversations$/,
    failure: /The conversations could not be loaded/,
    loaded: (page) => page.getByRole('list', { name: 'Conversations' }).getByRole('link').first(),
  },
  {
    name: 'contacts',
    path: '/contacts',
    api: /^\/texting\/contacts$/,
    failure: /The contacts could not be loaded/,
    loaded: (page) => page.getByRole('cell', { name: /^\(\d{3}\) \d{3}-\d{4}$/ }).first(),
  },
  {
    name: 'meetings',
    path: '/meet?tab=history',
    api: /^\/meet\/calendar\/events$/,
    failure: /The meetings could not be loaded/,
    loaded: (page) => page.getByRole('table', { name: 'Meeting history' }).getByRole('row').nth(1),
  },
];

const faults = [
  {
    kind: '500 answer',
    says: /injected/,
    inject: (page: Page, list: ListCase) => fail500(page, sspRequests(list.api, 'GET')),
  },
  {
    kind: 'refused connection',
    says: /could not be reached/,
    inject: (page: Page, list: ListCase) => refuse(page, sspRequests(list.api, 'GET')),
  },
];

for (const list of lists) {
  for (const fault of faults) {
    test(`the ${list.name} list after a ${fault.kind}: Retry in place, and Retry works`, async ({ page }) => {
      const restore = await fault.inject(page, list);
      await page.goto(list.path);
      const alert = page.getByRole('alert').filter({ hasText: list.failure });
      // The query layer retries transient failures twice before it gives up.
      await expect(alert).toBeVisible({ timeout: 30_000 });
      await expect(alert).toContainText(fault.says);
      const retry = alert.getByRole('button', { name: 'Retry' });
      await expect(retry).toBeVisible();
      // The rest of the page is still there: the failure is shown in place.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);

      await restore();
      await retry.click();
      await expect(list.loaded(page)).toBeVisible({ timeout: 20_000 });
      await expect(alert).toBeHidden();
    });
  }
}
