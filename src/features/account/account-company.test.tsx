// The account page's tabs: the URL owns the tab, arrow keys move between them, and the Company tab
// shows the company and who may text from each of its numbers.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import type { components } from '@/api/schema/ssp';
import { sessionStore } from '@/api/session-store';
import { AccountPage } from '@/features/account/account-page';
import { meHandlers, userFixture } from '@/testing/auth-handlers';
import { testConfig } from '@/testing/config';
import { sspHttp } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

type TextingNumber = components['schemas']['TextingNumber'];

const COMPANY = 'c0ffeec0ffeec0ffeec0ffee';
const numberFixture = (number: string, ownership: string[], id: string): TextingNumber => ({
  company_id: COMPANY,
  id,
  number,
  ownership,
});

vi.setConfig({ testTimeout: 20_000 });

function renderAccount(route: string, numbers: TextingNumber[] | 'fail') {
  sessionStore.get().signedIn(fakeTokenPair());
  server.use(
    ...meHandlers(userFixture()).handlers,
    numbers === 'fail'
      ? http.get(`${testConfig.sspBaseUrl}/texting/numbers`, () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Bad Gateway', status: 502, detail: 'Upstream down.' },
            { status: 502 },
          ),
        )
      : sspHttp.get('/texting/numbers', ({ response }) => response(200).json(numbers)),
  );
  return renderWithProviders(<AccountPage />, { route, path: '/account' });
}

describe('account tabs', () => {
  it('opens the Company tab from the URL: name, id, numbers and who may use each', async () => {
    renderAccount('/account?tab=company', [
      numberFixture('8583715117', ['sam@example.com', 'demo@example.com'], 'aaaaaaaaaaaaaaaaaaaaaaa1'),
      numberFixture('8123382823', [], 'aaaaaaaaaaaaaaaaaaaaaaa2'),
    ]);
    expect(screen.getByRole('tab', { name: 'Company' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('Demo Company')).toBeInTheDocument();
    expect(screen.getByText(COMPANY)).toBeInTheDocument();
    const first = await screen.findByRole('listitem', { name: '(858) 371-5117' });
    // The signed-in user first, marked.
    expect(
      within(first)
        .getAllByText(/@example\.com/)
        .map((el) => el.textContent),
    ).toEqual(['demo@example.com (you)', 'sam@example.com']);
    expect(
      within(screen.getByRole('listitem', { name: '(812) 338-2823' })).getByText(
        'Nobody may text from this number yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/First name/)).not.toBeInTheDocument();
  });

  it('says so when the company has no texting number', async () => {
    renderAccount('/account?tab=company', []);
    expect(await screen.findByText(/no texting number yet/)).toBeInTheDocument();
  });

  it('offers Try again when the numbers cannot be loaded', async () => {
    renderAccount('/account?tab=company', 'fail');
    expect(await screen.findByText(/The texting numbers could not be loaded/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('moves between the tabs with the arrow keys, and the URL follows', async () => {
    const { user, router } = renderAccount('/account', []);
    const profile = screen.getByRole('tab', { name: 'User profile' });
    expect(profile).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByLabelText(/First name/)).toBeInTheDocument();
    profile.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Company' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Company' })).toHaveAttribute('aria-selected', 'true');
    expect(router.state.location.search).toBe('?tab=company');
    expect(await screen.findByRole('heading', { name: 'Texting numbers' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(router.state.location.search).toBe('');
    expect(await screen.findByLabelText(/First name/)).toBeInTheDocument();
  });
});
