import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { RequireSession } from '@/app/require-session';
import { renderWithProviders } from '@/testing/render';
import { fakeTokenPair } from '@/testing/tokens';

function renderProtected(route: string) {
  return renderWithProviders(
    <RequireSession>
      <h1>Inbox</h1>
    </RequireSession>,
    { route, path: '/texting/*', otherPaths: ['/sign-in'] },
  );
}

describe('RequireSession', () => {
  it('sends a signed-out visit to sign-in, remembering where it was going', async () => {
    const { router } = renderProtected('/texting/5f9aca67660b1197e693295f?q=matt');
    expect(await screen.findByRole('heading', { name: 'Route /sign-in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(
      `?returnTo=${encodeURIComponent('/texting/5f9aca67660b1197e693295f?q=matt')}`,
    );
  });

  it('shows the page to a signed-in user', () => {
    sessionStore.get().signedIn(fakeTokenPair());
    renderProtected('/texting');
    expect(screen.getByRole('heading', { name: 'Inbox' })).toBeInTheDocument();
  });

  it('keeps the page, under a dialog, when the session has ended', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    sessionStore.get().sessionEnded('/texting');
    renderProtected('/texting');
    // The modal dialog hides the page from assistive tech, but the page (and its work) is still there.
    expect(await screen.findByRole('dialog', { name: /session has ended/i })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Inbox', hidden: true })).toBeInTheDocument();
  });
});
