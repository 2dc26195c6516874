import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { Composer } from '@/features/texting/composer/composer';
import { composerFilesStore } from '@/features/texting/composer/composer-files-store';
import { DRAFTS_STORAGE_KEY, draftsStore } from '@/features/texting/composer/drafts-store';
import { outboxStore } from '@/features/texting/outbox/outbox-store';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { textingBackend } from '@/testing/texting-handlers';
import { fakeTokenPair } from '@/testing/tokens';

beforeEach(() => {
  sessionStore.get().signedIn(fakeTokenPair());
});

afterEach(() => {
  outboxStore.reset();
  draftsStore.reset();
  composerFilesStore.reset();
});

function renderComposer(optedOut = false) {
  const backend = textingBackend();
  const conversation = backend.addConversation();
  server.use(...backend.handlers);
  const view = renderWithProviders(<Composer conversationId={conversation.id} optedOut={optedOut} />);
  return { ...view, backend, conversation };
}

const field = () => screen.getByLabelText('Message');

describe('Composer', () => {
  it('sends on Enter and adds a line on Shift+Enter', async () => {
    const { user, backend } = renderComposer();
    await user.type(field(), 'first line{Shift>}{Enter}{/Shift}second line');
    expect(field()).toHaveValue('first line\nsecond line');
    expect(backend.state.sent).toHaveLength(0);
    await user.keyboard('{Enter}');
    expect(field()).toHaveValue('');
    await vi.waitFor(() => expect(backend.state.sent.map((s) => s.text)).toEqual(['first line\nsecond line']));
  });

  it('does not send an empty message', async () => {
    const { user, backend } = renderComposer();
    await user.type(field(), '   {Enter}');
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    expect(backend.state.sent).toHaveLength(0);
  });

  it('counts segments and warns past three', async () => {
    const { user } = renderComposer();
    await user.click(field());
    await user.paste('a'.repeat(161));
    expect(screen.getByText('2 segments · 145 left')).toBeInTheDocument();
    await user.paste('a'.repeat(400));
    expect(screen.getByText(/4 segments · \d+ left · long message/)).toBeInTheDocument();
  });

  it('refuses to send past ten segments and says why', async () => {
    const { user, backend } = renderComposer();
    await user.click(field());
    await user.paste('a'.repeat(153 * 10 + 1));
    expect(screen.getByText(/Too long to send: 11 segments; a message can have at most 10/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(backend.state.sent).toHaveLength(0);
  });

  it('is off for an opted-out contact, with the reason', () => {
    renderComposer(true);
    expect(
      screen.getByText(
        'This contact replied STOP and has opted out of texts. They must text START to receive messages again.',
      ),
    ).toBeInTheDocument();
    expect(field()).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
  });

  it('keeps the draft of each conversation across a reload', async () => {
    const { user, unmount, conversation } = renderComposer();
    await user.type(field(), 'Half-written thought');
    unmount();
    const saved = localStorage.getItem(DRAFTS_STORAGE_KEY);
    draftsStore.reset();
    localStorage.setItem(DRAFTS_STORAGE_KEY, saved ?? '');
    await draftsStore.rehydrate();
    renderWithProviders(<Composer conversationId={conversation.id} optedOut={false} />);
    expect(field()).toHaveValue('Half-written thought');
  });

  it('keeps drafts through a session that ended and was renewed, per user', async () => {
    const { user, unmount, conversation } = renderComposer();
    await user.type(field(), 'Still here');
    unmount();
    sessionStore.get().sessionEnded('/texting');
    sessionStore.get().signedIn(fakeTokenPair());
    renderWithProviders(<Composer conversationId={conversation.id} optedOut={false} />);
    expect(field()).toHaveValue('Still here');
  });

  it('refuses files that are not images or larger than 5 MB, and previews the others', async () => {
    // jsdom has no object URLs; the preview only needs a string.
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:preview' });
    const { user } = renderComposer();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const pdf = new File(['%PDF'], 'contract.pdf', { type: 'application/pdf' });
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.png', { type: 'image/png' });
    const ok = new File([new Uint8Array(10)], 'photo.png', { type: 'image/png' });
    // The input is hidden behind the "Attach images" button; pick files the way the browser reports them.
    fireEvent.change(input, { target: { files: [pdf, huge, ok] } });
    expect(screen.getByText('contract.pdf is not a JPEG, PNG, GIF or WebP image.')).toBeInTheDocument();
    expect(screen.getByText('huge.png is 5.0 MB; images can be at most 5 MB.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'photo.png' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove photo.png' }));
    expect(screen.queryByRole('img', { name: 'photo.png' })).not.toBeInTheDocument();
  });

  it('says on the Attach images button which images it takes, before any is picked', () => {
    renderComposer();
    expect(screen.getByRole('button', { name: 'Attach images' })).toHaveAttribute(
      'title',
      'Attach images (JPEG, PNG, GIF, WebP; up to 5 MB each)',
    );
  });
});
