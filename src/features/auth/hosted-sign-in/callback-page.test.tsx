import { screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { CallbackPage } from '@/features/auth/hosted-sign-in/callback-page';
import { prepareHostedSignIn } from '@/features/auth/hosted-sign-in/hosted-sign-in';
import { forgetExchanges } from '@/features/auth/hosted-sign-in/hosted-sign-in-callback';
import { tokenExchange, tokenExchangeRejected } from '@/testing/auth-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

afterEach(() => {
  forgetExchanges();
});

async function startedState(returnTo: string): Promise<string> {
  return new URL(await prepareHostedSignIn(returnTo)).searchParams.get('state') ?? '';
}

function renderCallback(search: string) {
  return renderWithProviders(
    <StrictMode>
      <CallbackPage />
    </StrictMode>,
    { route: `/auth/callback${search}`, path: '/auth/callback', otherPaths: ['/contacts', '/sign-in'] },
  );
}

describe('CallbackPage', () => {
  it('exchanges the code once under StrictMode and replaces itself with the return path', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.use(tokenExchange(bodies));
    const state = await startedState('/contacts');
    const { router } = renderCallback(`?code=abc&state=${state}`);
    expect(await screen.findByRole('heading', { name: 'Route /contacts' })).toBeInTheDocument();
    expect(bodies).toHaveLength(1);
    expect(sessionStore.get().status).toBe('signed-in');
    // Replaced, not pushed: Back cannot return to the spent code.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('shows a clear page with a way back for a tampered state', async () => {
    const state = await startedState('/contacts');
    const { user } = renderCallback(`?code=abc&state=${state.slice(1)}`);
    expect(await screen.findByRole('heading', { name: 'This sign-in could not be verified' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/state does not match/);
    await user.click(screen.getByRole('link', { name: 'Back to sign-in' }));
    expect(await screen.findByRole('heading', { name: 'Route /sign-in' })).toBeInTheDocument();
    expect(sessionStore.get().status).toBe('signed-out');
  });

  it('explains a denied sign-in', async () => {
    await startedState('/');
    renderCallback('?error=access_denied&error_description=User+cancelled');
    expect(await screen.findByRole('heading', { name: 'Sign-in was cancelled' })).toBeInTheDocument();
  });

  it('explains a used code in words, not JSON', async () => {
    server.use(tokenExchangeRejected('This code was already used.'));
    const state = await startedState('/');
    renderCallback(`?code=used&state=${state}`);
    expect(await screen.findByRole('heading', { name: 'This sign-in code was refused' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This code was already used.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('{');
  });

  it('explains a callback that this tab did not start', async () => {
    renderCallback('?code=abc&state=abcdefghijklmnopqrstuvwxyz');
    expect(await screen.findByRole('heading', { name: 'This sign-in was not started here' })).toBeInTheDocument();
  });
});
