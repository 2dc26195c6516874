// The profile form's rules download after the page. Offline before they arrive, saving says so in the
// form, sends nothing and keeps what was typed.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { AccountPage } from '@/features/account/account-page';
import { meHandlers, userFixture } from '@/testing/auth-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

vi.mock('@/features/account/profile-schema', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('profile form, its rules not downloaded', () => {
  it('says the changes could not be checked, sends nothing and keeps them', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    const me = meHandlers(userFixture());
    server.use(...me.handlers);
    const { user } = renderWithProviders(<AccountPage />, { route: '/account', path: '/account' });
    const first = await screen.findByLabelText(/First name/);
    await user.clear(first);
    await user.type(first, 'Dana');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be checked: you seem to be offline/);
    expect(first).toHaveValue('Dana');
    expect(me.state.patches).toEqual([]);
  });
});
