// The installable app in a journey: waiting for the service worker to control the page and for the
// query cache to be saved, and reading what the browser keeps (IndexedDB, Cache Storage).
import { expect, type Page } from '@playwright/test';

/** Waits until a service worker is active for this page's origin (it controls the next navigation). */
export async function serviceWorkerActive(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state ?? 'none';
        }),
      { timeout: 30_000 },
    )
    .toBe('activated');
}

/** Everything in this origin's IndexedDB, as text: database, store, key and value. */
export function indexedDbText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error instanceof Error ? r.error : new Error('IndexedDB request failed'));
      });
    const out: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        keys.forEach((key, i) =>
          out.push(`${info.name}/${storeName}/${JSON.stringify(key)}=${JSON.stringify(values[i])}`),
        );
      }
      db.close();
    }
    return out.join('\n');
  });
}

/** Every cached request URL in Cache Storage, and the text of the cached responses. */
export function cacheStorageText(page: Page): Promise<{ urls: string[]; text: string }> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    const texts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        urls.push(req.url);
        const response = await cache.match(req);
        if (response && /json|text|html/.test(response.headers.get('content-type') ?? ''))
          texts.push(await response.text());
      }
    }
    return { urls, text: texts.join('\n') };
  });
}
