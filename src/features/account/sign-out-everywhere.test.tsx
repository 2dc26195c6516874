import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { SignOutEverywhere } from '@/features/account/sign-out-everywhere';
import { authHttp } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

describe('SignOutEverywhere', () => {
  it('signs out on every device, then leaves for the auth service’s sign-out', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    server.use(
      authHttp.post('/logout-everywhere', ({ response }) =>
        response(200).json({ sessions_ended: 2, refresh_tokens_revoked: 2 }),
      ),
      authHttp.post('/revoke', ({ response }) => response(200).json({ revoked: true })),
    );
    const go = vi.fn();
    const { user } = renderWithProviders(<SignOutEverywhere go={go} />);
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await vi.waitFor(() => expect(go).toHaveBeenCalledOnce());
    expect(sessionStore.get().session).toBeNull();
  });

  it('explains a refusal where the button is, and keeps the user signed in', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    server.use(
      authHttp.post('/logout-everywhere', ({ response }) =>
        response(401).json({
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'The id_token is invalid or expired',
        }),
      ),
    );
    const { user } = renderWithProviders(<SignOutEverywhere go={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(
      await screen.findByText('Could not sign out everywhere: The id_token is invalid or expired'),
    ).toBeInTheDocument();
    expect(sessionStore.get().status).toBe('signed-in');
  });
});
