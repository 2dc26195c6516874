import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { AccountPage } from '@/features/account/account-page';
import { browserTimeZone, formatUtcOffset, timeZoneOffsetMinutes } from '@/lib/time-zones';
import { meHandlers, userFixture } from '@/testing/auth-handlers';
import { sspHttp } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

// The time zone picker and the form's rules (loaded after the page) are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

function renderAccount(route = '/account', user = userFixture()) {
  sessionStore.get().signedIn(fakeTokenPair());
  const me = meHandlers(user);
  server.use(...me.handlers);
  return { ...renderWithProviders(<AccountPage />, { route, path: '/account' }), me };
}

describe('AccountPage', () => {
  it('shows the profile: names, formatted mobile, zone, read-only email, calendar and minutes', async () => {
    renderAccount();
    expect(await screen.findByLabelText(/First name/)).toHaveValue('Demo');
    expect(screen.getByLabelText('Mobile')).toHaveValue('(858) 371-5117');
    expect(screen.getByLabelText('Email')).toHaveValue('demo@example.com');
    expect(screen.getByLabelText('Email')).toHaveAttribute('readonly');
    const offset = formatUtcOffset(timeZoneOffsetMinutes('America/Los_Angeles'));
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue(`America/Los Angeles (${offset})`);
    expect(screen.getByText('Not connected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connect Google Calendar' })).toBeEnabled();
    expect(screen.getByText('42 of 200 minutes used')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Meeting minutes used' })).toHaveAttribute('aria-valuenow', '21');
  });

  it('starts at the browser’s zone when the profile has none, and offers to save it', async () => {
    const { user, me } = renderAccount('/account', userFixture({ timezone: '' }));
    const zone = await screen.findByRole('combobox', { name: 'Time zone' });
    expect((zone as HTMLInputElement).value).toContain(browserTimeZone().replace(/_/g, ' '));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => {
      expect(me.state.patches).toEqual([{ timezone: browserTimeZone() }]);
    });
  });

  it('validates and formats the mobile number, and sends only what changed', async () => {
    const { user, me } = renderAccount();
    const mobile = await screen.findByLabelText('Mobile');
    await user.clear(mobile);
    await user.type(mobile, '12345');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(mobile).toHaveAccessibleDescription(/Enter a US mobile number/);
    expect(me.state.patches).toEqual([]);

    await user.clear(mobile);
    await user.type(mobile, '+1 212.555.0187');
    await user.tab();
    // Formatted once the number library (loaded after the page) is in.
    await vi.waitFor(() => {
      expect(mobile).toHaveValue('(212) 555-0187');
    });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => {
      expect(me.state.patches).toEqual([{ mobile: '2125550187' }]);
    });
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('removes the mobile number when emptied', async () => {
    const { user, me } = renderAccount();
    await user.clear(await screen.findByLabelText('Mobile'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => {
      expect(me.state.patches).toEqual([{ mobile: null }]);
    });
  });

  it('changes the zone through the searchable picker', async () => {
    const { user, me } = renderAccount();
    // The picker's code comes with the user's first act; until then a read-only stand-in shows the zone.
    await user.hover(await screen.findByRole('combobox', { name: 'Time zone' }));
    await screen.findByRole('button', { name: 'Open' });
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(zone);
    await user.type(zone, 'kolkata');
    await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: /Asia\/Kolkata/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => {
      expect(me.state.patches).toEqual([{ timezone: 'Asia/Kolkata' }]);
    });
  });

  it('puts the server’s field errors on their fields and keeps the input', async () => {
    const { user } = renderAccount();
    server.use(
      sspHttp.patch('/users/me', ({ response }) =>
        response(422).json({
          type: 'about:blank',
          title: 'Unprocessable Entity',
          status: 422,
          detail: 'Some fields are invalid.',
          errors: [{ field: 'last_name', message: 'This name is not allowed.' }],
        }),
      ),
    );
    const last = await screen.findByLabelText(/Last name/);
    await user.clear(last);
    await user.type(last, 'Nope');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('This name is not allowed.')).toBeInTheDocument();
    expect(last).toHaveValue('Nope');
  });

  it('shows the outcome of the Google consent round trip', async () => {
    const { user, router } = renderAccount('/account?google=wrong_account');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('That was a different Google account');
    expect(alert).toHaveTextContent('demo@example.com');
    await user.click(within(alert).getByRole('button', { name: /close/i }));
    expect(router.state.location.search).toBe('');
    expect(screen.queryByText('That was a different Google account')).not.toBeInTheDocument();
  });

  it('shows a connected calendar after consent', async () => {
    renderAccount('/account?google=connected', userFixture({ google_calendar_connected: true }));
    expect(await screen.findByText('Google Calendar is connected')).toBeInTheDocument();
    expect(screen.getByText('Connected')).toBeInTheDocument();
  });
});
