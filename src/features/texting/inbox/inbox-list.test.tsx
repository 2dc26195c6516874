import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { InboxPage } from '@/features/texting/inbox/inbox-page';
import { outboxStore } from '@/features/texting/outbox/outbox-store';
import { testConfig } from '@/testing/config';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { makeContact, makeMessage, makeNumber, textingBackend } from '@/testing/texting-handlers';
import { fakeTokenPair } from '@/testing/tokens';

beforeEach(() => {
  sessionStore.get().signedIn(fakeTokenPair());
});

afterEach(() => {
  outboxStore.reset();
});

function renderInbox(route = '/texting') {
  return renderWithProviders(<InboxPage />, { route, path: '/texting', otherPaths: ['/texting/:conversationId'] });
}

describe('the conversation list', () => {
  it('shows names (as text), previews, photos, failures and opt-outs', async () => {
    const backend = textingBackend();
    const photo = backend.addConversation(makeContact({ first_name: 'Matt', last_name: 'Wiz', number: '8123382823' }));
    photo.last_message = makeMessage(photo, { direction: 'outbound', text: '', media_urls: ['http://localhost/m/1'] });
    const failed = backend.addConversation(
      makeContact({ first_name: 'Sandbox', last_name: 'Failing', number: '5550000000' }),
    );
    failed.last_message = makeMessage(failed, {
      direction: 'outbound',
      text: 'Are you there?',
      success: false,
      error: 'Carrier said no',
    });
    backend.addConversation(
      makeContact({ first_name: 'Priya', last_name: 'Raman', opted_out: true, number: '7605550123' }),
      1,
    );
    backend.addConversation(makeContact({ first_name: '<b>Bobby</b>', last_name: '', number: '8585550100' }), 1);
    backend.addConversation(makeContact({ first_name: '', last_name: '', number: '6195550175' }));
    server.use(...backend.handlers);
    renderInbox();

    const list = await screen.findByRole('list', { name: 'Conversations' });
    expect(within(list).getByRole('link', { name: /Matt Wiz/ })).toHaveTextContent('You: Photo');
    expect(within(list).getByRole('link', { name: /Sandbox Failing/ })).toHaveTextContent('Failed');
    expect(within(list).getByRole('link', { name: /Priya Raman/ })).toHaveTextContent('Opted out');
    expect(within(list).getByText('<b>Bobby</b>')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: /\(619\) 555-0175/ })).toHaveTextContent('No messages yet');
  });

  it('searches numbers by their digits, whatever the user typed around them', async () => {
    const backend = textingBackend();
    backend.addConversation(makeContact({ first_name: 'Matt', last_name: 'Wiz', number: '8123382823' }), 1);
    backend.addConversation(makeContact({ first_name: 'Maria', last_name: 'Garcia', number: '6195550142' }), 1);
    server.use(...backend.handlers);
    const { user, router } = renderInbox();
    await screen.findByRole('link', { name: /Maria Garcia/ });
    await user.type(screen.getByLabelText('Search conversations'), '+1 (812) 338-2823');
    await waitFor(() => expect(screen.queryByRole('link', { name: /Maria Garcia/ })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: /Matt Wiz/ })).toBeInTheDocument();
    expect(backend.state.searches).toContain('8123382823');
    expect(router.state.location.search).toBe('?q=%2B1+%28812%29+338-2823');
  });

  it('offers Retry in place when the list cannot be loaded', async () => {
    const backend = textingBackend();
    backend.addConversation(makeContact({ first_name: 'Matt', last_name: 'Wiz' }), 1);
    server.use(...backend.handlers);
    server.use(http.get(`${testConfig.sspBaseUrl}/texting/conversations`, () => HttpResponse.error(), { once: true }));
    const { user } = renderInbox();
    expect(await screen.findByText(/The conversations could not be loaded/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: /Matt Wiz/ })).toBeInTheDocument();
  });
});

describe('new conversation', () => {
  it('without a texting number: says texting is not set up and how to get a number, and offers no New conversation', async () => {
    const backend = textingBackend({ numbers: [] });
    server.use(...backend.handlers);
    renderInbox();
    expect(await screen.findByRole('heading', { name: 'Texting is not set up yet' })).toBeInTheDocument();
    expect(
      screen.getByText(/ask a company admin to add a texting number in RingPlan's web portal/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Contacts' })).toHaveAttribute('href', '/contacts');
    expect(screen.queryByRole('button', { name: 'New conversation' })).not.toBeInTheDocument();
    expect(screen.queryByText(/New conversation|start a new one/)).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Conversations' })).not.toBeInTheDocument();
  });

  it('without a texting number: still lists conversations the company has, below the notice', async () => {
    const backend = textingBackend({ numbers: [] });
    backend.addConversation(makeContact({ first_name: 'Matt', last_name: 'Wiz' }), 1);
    server.use(...backend.handlers);
    renderInbox();
    expect(await screen.findByRole('link', { name: /Matt Wiz/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Texting is not set up yet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New conversation' })).not.toBeInTheDocument();
  });

  it('offers New conversation (and the empty list invites it) with a number', async () => {
    const backend = textingBackend();
    server.use(...backend.handlers);
    renderInbox();
    expect(await screen.findByRole('button', { name: 'New conversation' })).toBeInTheDocument();
    expect(await screen.findByText('No conversations yet. Start one with “New conversation”.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Texting is not set up yet' })).not.toBeInTheDocument();
  });

  it('still offers New conversation when the numbers cannot be loaded: the dialog says so, with Retry', async () => {
    const backend = textingBackend();
    server.use(...backend.handlers);
    server.use(http.get(`${testConfig.sspBaseUrl}/texting/numbers`, () => HttpResponse.error()));
    const { user } = renderInbox();
    await user.click(await screen.findByRole('button', { name: 'New conversation' }));
    const dialog = await screen.findByRole('dialog', { name: 'New conversation' });
    expect(await within(dialog).findByText(/Your texting numbers could not be loaded/)).toBeInTheDocument();
  });

  it("says so when the company's numbers are not the user's", async () => {
    const backend = textingBackend({ numbers: [makeNumber(['someone@example.com'])] });
    server.use(...backend.handlers);
    renderInbox();
    expect(
      await screen.findByRole('heading', { name: "You cannot text from your company's numbers" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New conversation' })).not.toBeInTheDocument();
  });

  it('adds a typed number as a contact, starts the conversation and opens it', async () => {
    const backend = textingBackend();
    const created: unknown[] = [];
    server.use(
      ...backend.handlers,
      http.post(`${testConfig.sspBaseUrl}/texting/contacts`, async ({ request }) => {
        const body = (await request.json()) as Record<string, string>;
        created.push(body);
        return HttpResponse.json({ ...makeContact(), ...body }, { status: 201 });
      }),
      http.post(`${testConfig.sspBaseUrl}/texting/conversations`, async ({ request }) => {
        const body = (await request.json()) as { contact_id: string; from_number: string };
        const conversation = backend.addConversation(
          makeContact({ id: body.contact_id, first_name: 'Nora', last_name: 'Quinn' }),
        );
        return HttpResponse.json(conversation, { status: 201 });
      }),
    );
    const { user, router } = renderInbox();
    await user.click(await screen.findByRole('button', { name: 'New conversation' }));
    const dialog = await screen.findByRole('dialog', { name: 'New conversation' });
    await user.type(within(dialog).getByLabelText('To'), 'not a number');
    await user.click(within(dialog).getByRole('button', { name: 'Start conversation' }));
    expect(await within(dialog).findByText(/Not a valid US number/)).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('To'));
    await user.type(within(dialog).getByLabelText('To'), '+1 619-555-0199');
    await user.type(within(dialog).getByLabelText('Name (optional)'), 'Nora Quinn');
    await user.click(within(dialog).getByRole('button', { name: 'Start conversation' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/texting\/[0-9a-f]{24}$/));
    expect(created).toEqual([{ first_name: 'Nora', last_name: 'Quinn', number: '6195550199' }]);
  });
});
