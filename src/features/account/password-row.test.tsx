import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { setConfig } from '@/api/config';
import { PasswordRow } from '@/features/account/password-row';
import { testConfig } from '@/testing/config';
import { renderWithProviders } from '@/testing/render';

describe('PasswordRow', () => {
  it('links to the auth service’s change-password page, returning to the account page', () => {
    renderWithProviders(<PasswordRow />, { route: '/account', path: '/account' });
    const link = screen.getByRole('link', { name: 'Change password' });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.origin + url.pathname).toBe('http://auth.test/change-password');
    expect(url.searchParams.get('return_to')).toBe(`${window.location.origin}/account`);
    expect(screen.getByText(/To change password you will be redirected/)).toBeInTheDocument();
    expect(screen.queryByText('Your password was changed.')).not.toBeInTheDocument();
  });

  it('uses the configured page, and says so when the password was changed until dismissed', async () => {
    setConfig({ ...testConfig, passwordChangeUrl: 'https://login.example/password' });
    const { user, router } = renderWithProviders(<PasswordRow />, {
      route: '/account?password=changed',
      path: '/account',
    });
    expect(screen.getByRole('link', { name: 'Change password' }).getAttribute('href')).toMatch(
      /^https:\/\/login\.example\/password\?return_to=/,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Your password was changed.');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByText('Your password was changed.')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });
});
