import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { takePendingSignIn } from '@/features/auth/hosted-sign-in/pending-sign-in';
import { SessionEndedDialog } from '@/features/auth/sign-in/session-ended-dialog';
import { renderWithProviders } from '@/testing/render';
import { fakeTokenPair } from '@/testing/tokens';

describe('SessionEndedDialog', () => {
  it('explains, keeps the work and starts sign-in back to where the user was', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    sessionStore.get().sessionEnded('/texting/abc123?draft=1');
    const { user } = renderWithProviders(<SessionEndedDialog />);
    const dialog = screen.getByRole('dialog', { name: 'Your session has ended' });
    expect(dialog).toHaveAccessibleDescription(/unsent messages and drafts are kept/);
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    await screen.findByRole('button', { name: 'Opening sign-in…' });
    await vi.waitFor(() => {
      expect(sessionStorage.getItem('ringplan.pending-sign-in')).not.toBeNull();
    });
    expect(takePendingSignIn()?.returnTo).toBe('/texting/abc123?draft=1');
  });
});
