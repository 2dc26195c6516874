import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { ContactsPage } from '@/features/contacts/contacts-page';
import { interpretCsv } from '@/lib/csv-contacts';
import { testConfig } from '@/testing/config';
import { contactFixture, contactsBackend } from '@/testing/contacts-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

const manyContacts = Array.from({ length: 230 }, (_, i) =>
  contactFixture({
    first_name: `Person${String(i + 1)}`,
    last_name: 'Test',
    number: `858555${String(i).padStart(4, '0')}`,
  }),
);

// The browser's side of a download: the blob handed to the link, and the file name it was given.
let downloads: { blob: Blob; name: string }[] = [];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${String(blobs.size)}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ blob, name: this.download });
  });
});
afterEach(() => vi.unstubAllGlobals());

/** FileReader: jsdom's Blob has no text(). */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

function setup() {
  sessionStore.get().signedIn(fakeTokenPair());
  const backend = contactsBackend({ contacts: manyContacts });
  server.use(...backend.handlers);
  return { ...renderWithProviders(<ContactsPage />, { route: '/contacts', path: '/contacts' }), backend };
}

describe('Export CSV', { timeout: 60_000 }, () => {
  it('downloads every contact, not only the page on screen, in the columns import reads', async () => {
    const { user } = setup();
    await screen.findByText('Person1 Test', {}, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Exported 230 contacts')).toBeInTheDocument();

    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download!.name).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readBlob(download!.blob);
    const read = interpretCsv(Papa.parse<string[]>(text, { skipEmptyLines: false }).data);
    if (!read.ok) throw new Error(read.error);
    expect(read.rows.map((r) => `${r.first_name} ${r.last_name} ${r.number ?? ''}`)).toEqual(
      manyContacts.map((c) => `${c.first_name} ${c.last_name} ${c.number}`),
    );
    expect(read.rows.every((r) => r.problem === null)).toBe(true);
  });

  it('says so where the user is when a page fails, and Retry exports', async () => {
    const { user } = setup();
    await screen.findByText('Person1 Test', {}, { timeout: 10_000 });
    // The third page of 100 fails once.
    let failed = false;
    server.use(
      http.get(`${testConfig.sspBaseUrl}/texting/contacts`, ({ request }) => {
        if (failed || new URL(request.url).searchParams.get('page') !== '3') return undefined;
        failed = true;
        return HttpResponse.json(
          { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'The database is away.' },
          { status: 500 },
        );
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The contacts could not be exported');
    expect(alert).toHaveTextContent('The database is away.');
    expect(downloads).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Exported 230 contacts')).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
  });
});
