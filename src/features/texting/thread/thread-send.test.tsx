import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { composerFilesStore } from '@/features/texting/composer/composer-files-store';
import { draftsStore } from '@/features/texting/composer/drafts-store';
import { InboxPage } from '@/features/texting/inbox/inbox-page';
import { OUTBOX_STORAGE_KEY, outboxStore } from '@/features/texting/outbox/outbox-store';
import { testConfig } from '@/testing/config';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeLayout, makeContact, makeMessage, serverTime, textingBackend } from '@/testing/texting-handlers';
import { fakeTokenPair } from '@/testing/tokens';

const SEND_URL = `${testConfig.sspBaseUrl}/texting/conversations/:id/messages`;
let restoreLayout: () => void;

beforeEach(() => {
  restoreLayout = fakeLayout();
  sessionStore.get().signedIn(fakeTokenPair());
});

afterEach(() => {
  restoreLayout();
  outboxStore.reset();
  draftsStore.reset();
  composerFilesStore.reset();
});

function openThread(contact = makeContact()) {
  const backend = textingBackend();
  const conversation = backend.addConversation(contact, 3);
  server.use(...backend.handlers);
  const view = renderWithProviders(<InboxPage />, {
    route: `/texting/${conversation.id}`,
    path: '/texting/:conversationId',
  });
  return { ...view, backend, conversation };
}

/** What a reload does to the outbox: memory is gone, the persisted copy is read back. */
async function simulateReload() {
  const saved = localStorage.getItem(OUTBOX_STORAGE_KEY);
  outboxStore.reset();
  if (saved !== null) localStorage.setItem(OUTBOX_STORAGE_KEY, saved);
  await outboxStore.rehydrate();
}

const messages = () => screen.getByRole('region', { name: 'Messages' });

describe('sending from the thread', () => {
  it('shows the message at once as sending, then as sent (the stored one replaces it)', async () => {
    const { user, backend } = openThread();
    await screen.findByText('Message 3');
    await user.type(screen.getByLabelText('Message'), 'On my way{Enter}');
    expect(within(messages()).getByText('On my way')).toBeInTheDocument();
    await waitFor(() => expect(within(messages()).getAllByText('Sent').length).toBeGreaterThan(0));
    expect(within(messages()).getAllByText('On my way')).toHaveLength(1);
    expect(screen.queryByText('Sending…')).not.toBeInTheDocument();
    expect(backend.state.sent[0]).toMatchObject({ text: 'On my way', client_id: expect.any(String) as string });
  });

  it('shows "Sending…" while the service has not answered', async () => {
    const { user, backend } = openThread();
    server.use(
      http.post(SEND_URL, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await screen.findByText('Message 3');
    await user.type(screen.getByLabelText('Message'), 'Hold on{Enter}');
    expect(await screen.findByText('Sending…')).toBeInTheDocument();
    expect(backend.state.sent).toHaveLength(0);
  });

  it('keeps a network failure as failed; Retry sends again with the same client id', async () => {
    const { user, backend } = openThread();
    const bodies: { client_id?: string }[] = [];
    server.use(
      http.post(
        SEND_URL,
        async ({ request }) => {
          bodies.push((await request.json()) as { client_id?: string });
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    await screen.findByText('Message 3');
    await user.type(screen.getByLabelText('Message'), 'Are you there?{Enter}');
    expect(await screen.findByText(/Failed · Not sent: The service could not be reached/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(messages()).getAllByText('Sent').length).toBeGreaterThan(0));
    expect(screen.queryByText(/Failed/)).not.toBeInTheDocument();
    expect(backend.state.sent).toHaveLength(1);
    expect(backend.state.sent[0]?.client_id).toBe(bodies[0]?.client_id);
    expect(within(messages()).getAllByText('Are you there?')).toHaveLength(1);
  });

  it('keeps a 500 as failed with Retry and Discard; Discard removes it', async () => {
    const { user } = openThread();
    server.use(
      http.post(SEND_URL, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Database unavailable' },
          { status: 500 },
        ),
      ),
    );
    await screen.findByText('Message 3');
    await user.type(screen.getByLabelText('Message'), 'Invoice attached{Enter}');
    expect(await screen.findByText('Failed · Not sent: Database unavailable')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByText('Invoice attached')).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '{}')).toMatchObject({ state: { outbox: {} } });
  });

  it('shows a carrier failure (success: false) with its reason; Retry really sends it again, in the same bubble', async () => {
    const { user, backend } = openThread(
      makeContact({ first_name: 'Sandbox', last_name: 'Failing', number: '5550000000' }),
    );
    await screen.findByText('Message 3');
    await user.type(screen.getByLabelText('Message'), 'Testing{Enter}');
    expect(
      await screen.findByText('Failed · Not delivered: Carrier rejected the message (sandbox failing number)'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/· tried 2 times$/)).toBeInTheDocument();
    expect(within(messages()).getAllByText('Testing')).toHaveLength(1);
    expect(within(messages()).getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
    // Two real attempts, each under its own client_id (the same one would only get the refusal back).
    expect(backend.state.sent.map((s) => s.text)).toEqual(['Testing', 'Testing']);
    expect(backend.state.sent[0]?.client_id).not.toBe(backend.state.sent[1]?.client_id);
  });

  it('shows refused attempts in the server history as one bubble with its tries (as after a reload)', async () => {
    const backend = textingBackend();
    const conversation = backend.addConversation(makeContact({ number: '5550000000' }), 2);
    const refused = (minutesAgo: number) =>
      makeMessage(conversation, {
        direction: 'outbound',
        text: 'Are you there?',
        success: false,
        error: 'Carrier said no',
        client_id: crypto.randomUUID(),
        created_at: serverTime(minutesAgo),
      });
    backend.state.messages
      .get(conversation.id)
      ?.push(
        refused(0.5),
        makeMessage(conversation, { text: 'Hello?', created_at: serverTime(0.4) }),
        refused(0.3),
        refused(0.2),
      );
    server.use(...backend.handlers);
    renderWithProviders(<InboxPage />, { route: `/texting/${conversation.id}`, path: '/texting/:conversationId' });
    expect(await screen.findByText(/· tried 3 times$/)).toBeInTheDocument();
    expect(within(messages()).getAllByText('Are you there?')).toHaveLength(1);
    expect(within(messages()).getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
  });

  it('retries a refused message that then cannot reach the service with the same body, in one bubble', async () => {
    const { user, backend } = openThread(
      makeContact({ first_name: 'Sandbox', last_name: 'Failing', number: '5550000000' }),
    );
    const bodies: unknown[] = [];
    await screen.findByText('Message 3');
    await user.type(screen.getByLabelText('Message'), 'Call me back{Enter}');
    await screen.findByText(/Failed · Not delivered/);
    server.use(
      http.post(
        SEND_URL,
        async ({ request }) => {
          bodies.push(await request.json());
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/Failed · Not sent: The service could not be reached/)).toBeInTheDocument();
    expect(screen.getByText(/· tried 2 times$/)).toBeInTheDocument();
    expect(within(messages()).getAllByText('Call me back')).toHaveLength(1);
    expect(within(messages()).getAllByRole('button', { name: 'Retry' })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/Failed · Not delivered/)).toBeInTheDocument();
    expect(screen.getByText(/· tried 2 times$/)).toBeInTheDocument();
    expect(backend.state.sent.at(-1)).toEqual(bodies[0]);
    expect(backend.state.sent).toHaveLength(2);
  });

  it('retries after a lost answer with the same body: the service answers the stored message, nothing is sent twice', async () => {
    const { user, backend } = openThread();
    const [forward] = backend.handlers.filter(
      (h) => h.info.method === 'POST' && String(h.info.path).endsWith('/messages'),
    );
    server.use(
      http.post(
        SEND_URL,
        async (info) => {
          // The service stores the message, but its answer never arrives.
          await forward?.run({ request: info.request.clone(), requestId: info.requestId });
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    await screen.findByText('Message 3');
    await user.type(screen.getByLabelText('Message'), 'Only once{Enter}');
    expect(await screen.findByText(/Failed · Not sent/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(/Failed/)).not.toBeInTheDocument());
    expect(within(messages()).getAllByText('Only once')).toHaveLength(1);
    expect(backend.state.sent).toHaveLength(2);
    expect(backend.state.sent[1]).toEqual(backend.state.sent[0]);
    expect(
      backend.state.messages.get(backend.state.conversations[0]!.id)?.filter((m) => m.text === 'Only once'),
    ).toHaveLength(1);
  });

  it('keeps a failed message across a reload (the outbox is persisted)', async () => {
    const { user, unmount, conversation, backend } = openThread();
    server.use(http.post(SEND_URL, () => HttpResponse.error()));
    await screen.findByText('Message 3');
    await user.type(screen.getByLabelText('Message'), 'Do not lose me{Enter}');
    await screen.findByText(/Failed · Not sent/);
    unmount();
    await simulateReload();
    server.resetHandlers(...backend.handlers);
    renderWithProviders(<InboxPage />, { route: `/texting/${conversation.id}`, path: '/texting/:conversationId' });
    expect(await screen.findByText('Do not lose me')).toBeInTheDocument();
    expect(screen.getByText(/Failed · Not sent/)).toBeInTheDocument();
  });

  it('marks a message interrupted by a reload as failed, not as sending forever', async () => {
    const { user, unmount, conversation, backend } = openThread();
    server.use(
      http.post(SEND_URL, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await screen.findByText('Message 3');
    await user.type(screen.getByLabelText('Message'), 'Mid-flight{Enter}');
    await screen.findByText('Sending…');
    unmount();
    await simulateReload();
    server.resetHandlers(...backend.handlers);
    renderWithProviders(<InboxPage />, { route: `/texting/${conversation.id}`, path: '/texting/:conversationId' });
    expect(
      await screen.findByText(/The page was closed before the service confirmed this message/),
    ).toBeInTheDocument();
  });

  it('explains an opt-out at the composer when the service answers 409', async () => {
    const contact = makeContact();
    const { user, backend } = openThread(contact);
    await screen.findByText('Message 3');
    // The contact texts STOP after the thread was loaded.
    backend.state.conversations[0]!.contact.opted_out = true;
    await user.type(screen.getByLabelText('Message'), 'Hello?{Enter}');
    expect(await screen.findAllByText(/has opted out \(texted STOP\)/)).not.toHaveLength(0);
    expect(await screen.findByText(/This contact replied STOP and has opted out of texts/)).toBeInTheDocument();
  });
});
