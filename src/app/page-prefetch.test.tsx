// A page's prefetch asks for exactly what the page then shows: the page renders from the answers
// already in the cache and asks for none of them again.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { createQueryClient } from '@/app/query-client';
import { preloadPage } from '@/app/router';
import { ContactsPage } from '@/features/contacts/contacts-page';
import { InboxPage } from '@/features/texting/inbox/inbox-page';
import { meHandlers } from '@/testing/auth-handlers';
import { contactFixture, contactsBackend } from '@/testing/contacts-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeLayout, makeContact, textingBackend } from '@/testing/texting-handlers';
import { fakeTokenPair } from '@/testing/tokens';

/** Every GET the page's API sees, as "path?query". */
function recordRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    seen.push(`${url.pathname}${url.search}`);
  });
  return seen;
}

async function prefetched(path: string) {
  const queryClient = createQueryClient();
  const url = new URL(path, window.location.origin);
  const prefetch = await preloadPage(url.pathname, true).prefetch;
  expect(prefetch).toBeDefined();
  prefetch?.(queryClient, url);
  await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  return queryClient;
}

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = fakeLayout();
  sessionStore.get().signedIn(fakeTokenPair());
});
afterEach(() => {
  restoreLayout();
  server.events.removeAllListeners();
});

describe('page prefetch', { timeout: 20_000 }, () => {
  it('gives the contacts page the page, size and search of its address', async () => {
    const backend = contactsBackend({
      contacts: [contactFixture({ first_name: 'Matt', last_name: 'Wiz', number: '8123382823' })],
    });
    server.use(...backend.handlers, ...meHandlers().handlers);
    const requests = recordRequests();
    const route = '/contacts?q=%2B1+812&page=1&size=10';
    const queryClient = await prefetched(route);
    expect(backend.state.listRequests).toHaveLength(1);
    expect(Object.fromEntries(backend.state.listRequests[0]!)).toMatchObject({
      search: '812',
      per_page: '10',
      page: '1',
    });

    renderWithProviders(<ContactsPage />, { route, path: '/contacts', queryClient });
    expect(await screen.findByText('Matt Wiz')).toBeInTheDocument();
    expect(requests.filter((r) => r.startsWith('/texting/contacts'))).toHaveLength(1);
    // The profile the frame's account button shows is asked for beside the page's list.
    expect(requests.filter((r) => r === '/users/me')).toHaveLength(1);
  });

  it('loads no prefetch of a signed-in page on a signed-out visit, which goes to sign-in', async () => {
    const signedOut = preloadPage('/contacts', false);
    expect(await signedOut.prefetch).toBeUndefined();
    await expect(signedOut.code).resolves.toBeUndefined();
    expect(await preloadPage('/contacts', true).prefetch).toBeDefined();
  });

  it('gives the inbox its conversations, numbers and the open thread', async () => {
    const backend = textingBackend();
    const conversation = backend.addConversation(makeContact({ first_name: 'Nadia', last_name: 'Prefetch' }), 3);
    server.use(...backend.handlers, ...meHandlers().handlers);
    const requests = recordRequests();
    const route = `/texting/${conversation.id}`;
    const queryClient = await prefetched(route);
    const asked = [...requests];
    expect(asked.map((r) => r.split('?')[0]).sort()).toEqual([
      '/texting/conversations',
      '/texting/conversations',
      `/texting/conversations/${conversation.id}/messages`,
      '/texting/numbers',
      '/users/me',
    ]);

    renderWithProviders(<InboxPage />, { route, path: '/texting/:conversationId', queryClient });
    expect((await screen.findAllByText('Nadia Prefetch')).length).toBeGreaterThan(0);
    expect(await screen.findByRole('textbox', { name: 'Message' })).toBeInTheDocument();
    expect(requests).toEqual(asked);
  });
});
