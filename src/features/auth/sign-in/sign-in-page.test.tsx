import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { setConfig } from '@/api/config';
import { sessionStore } from '@/api/session-store';
import { SignInPage } from '@/features/auth/sign-in/sign-in-page';
import { testConfig } from '@/testing/config';
import { renderWithProviders } from '@/testing/render';
import { fakeIdToken } from '@/testing/tokens';

function renderSignIn(route = '/sign-in') {
  return renderWithProviders(<SignInPage />, {
    route,
    path: '/sign-in',
    otherPaths: ['/texting', '/contacts', '/register'],
  });
}

/** Opens "Use tokens"; its form downloads on opening, so wait for it. */
async function openTokens(user: ReturnType<typeof renderSignIn>['user']) {
  await user.click(screen.getByRole('button', { name: 'Use tokens' }));
  await screen.findByRole('button', { name: 'Use these tokens' });
}

describe('SignInPage', () => {
  it('offers the hosted sign-in, registration and, in the sandbox, the demo credentials', () => {
    renderSignIn();
    expect(screen.getByRole('button', { name: 'Sign in with RingPlan' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Register your company' })).toHaveAttribute('href', '/register');
    expect(screen.getByText('demo@example.com')).toBeInTheDocument();
    expect(screen.getByText('demo-password')).toBeInTheDocument();
  });

  it('does not show demo credentials against RingPlan', () => {
    setConfig({ ...testConfig, environment: 'ringplan' });
    renderSignIn();
    expect(screen.queryByText('demo-password')).not.toBeInTheDocument();
  });

  it('says precisely what is wrong with pasted tokens', async () => {
    const { user } = renderSignIn();
    await openTokens(user);
    const submit = screen.getByRole('button', { name: 'Use these tokens' });
    await user.click(submit);
    expect(screen.getByLabelText('id_token')).toHaveAccessibleDescription(
      'Paste the id_token from the show-token page.',
    );
    expect(screen.getByLabelText('refresh_token')).toHaveAccessibleDescription(
      'Paste the refresh_token from the show-token page.',
    );

    await user.type(screen.getByLabelText('id_token'), 'not-a-token');
    await user.click(submit);
    expect(screen.getByLabelText('id_token')).toHaveAccessibleDescription(/three base64url parts separated by dots/);

    await user.clear(screen.getByLabelText('id_token'));
    await user.type(screen.getByLabelText('id_token'), fakeIdToken({ expiresInSeconds: -60 }));
    await user.click(submit);
    expect(screen.getByLabelText('id_token')).toHaveAccessibleDescription(
      /This id_token expired on .*copy a fresh one/,
    );

    await user.clear(screen.getByLabelText('id_token'));
    await user.click(screen.getByLabelText('id_token'));
    await user.paste('{"id_token": "eyJ..."}');
    await user.click(submit);
    expect(screen.getByLabelText('id_token')).toHaveAccessibleDescription(/whole token document/);
    expect(sessionStore.get().status).toBe('signed-out');
  });

  it('signs in with a valid pair (quotes from the JSON tolerated) and goes to the safe return path', async () => {
    const { user } = renderSignIn('/sign-in?returnTo=%2Fcontacts');
    await openTokens(user);
    await user.click(screen.getByLabelText('id_token'));
    await user.paste(`"${fakeIdToken()}",`);
    await user.click(screen.getByLabelText('refresh_token'));
    await user.paste('"refresh-abcdefghijklmnopqrstuvwxyz"');
    await user.click(screen.getByRole('button', { name: 'Use these tokens' }));
    expect(await screen.findByRole('heading', { name: 'Route /contacts' })).toBeInTheDocument();
    expect(sessionStore.get().session?.refreshToken).toBe('refresh-abcdefghijklmnopqrstuvwxyz');
  });

  it('ignores a returnTo on another origin', async () => {
    const { user } = renderSignIn('/sign-in?returnTo=https%3A%2F%2Fevil.example');
    await openTokens(user);
    await user.click(screen.getByLabelText('id_token'));
    await user.paste(fakeIdToken());
    await user.click(screen.getByLabelText('refresh_token'));
    await user.paste('refresh-abcdefghijklmnopqrstuvwxyz');
    await user.click(screen.getByRole('button', { name: 'Use these tokens' }));
    expect(await screen.findByRole('heading', { name: 'Route /texting' })).toBeInTheDocument();
  });
});
