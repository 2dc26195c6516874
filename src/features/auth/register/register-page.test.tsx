import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { setConfig } from '@/api/config';
import { RegisterPage } from '@/features/auth/register/register-page';
import { DEV_REGISTRATION_KEY } from '@/features/auth/register/register-schema';
import { testConfig } from '@/testing/config';
import { authHttp } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

function renderRegister() {
  return renderWithProviders(<RegisterPage />, { route: '/register', path: '/register', otherPaths: ['/sign-in'] });
}

/** The auth service registers Ada, answering with `extra` besides her account; `body` is what it was sent. */
function registersAda(extra: Record<string, unknown> = {}): { body?: Record<string, unknown> } {
  const sent: { body?: Record<string, unknown> } = {};
  server.use(
    authHttp.post('/api/user/register', async ({ request, response }) => {
      sent.body = await request.json();
      return response(201).json({
        _id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
        email: 'ada@example.com',
        first_name: 'Ada',
        last_name: 'Lovelace',
        company: 'Engines Ltd',
        ...extra,
      });
    }),
  );
  return sent;
}

async function fill(user: ReturnType<typeof renderRegister>['user'], password = '') {
  await user.type(screen.getByLabelText(/First name/), 'Ada');
  await user.type(screen.getByLabelText(/Last name/), 'Lovelace');
  await user.type(screen.getByLabelText(/^Email/), 'ada@example.com');
  await user.type(screen.getByLabelText(/^Company/), 'Engines Ltd');
  if (password) await user.type(screen.getByLabelText('Password (optional)'), password);
}

describe('RegisterPage', () => {
  it('prefills the dev key in the sandbox only', () => {
    renderRegister();
    expect(screen.getByLabelText(/Registration key/)).toHaveValue(DEV_REGISTRATION_KEY);
  });

  it('leaves the key empty against RingPlan', () => {
    setConfig({ ...testConfig, environment: 'ringplan' });
    renderRegister();
    expect(screen.getByLabelText(/Registration key/)).toHaveValue('');
  });

  it('checks the fields before sending', async () => {
    const { user } = renderRegister();
    await user.type(screen.getByLabelText(/^Email/), 'not-an-email');
    await user.type(screen.getByLabelText('Password (optional)'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText(/First name/)).toHaveAccessibleDescription('Enter your first name.');
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription(/Enter an email address/);
    expect(screen.getByLabelText('Password (optional)')).toHaveAccessibleDescription(/Use at least 8 characters/);
  });

  it('hints at password strength as the user types', async () => {
    const { user } = renderRegister();
    expect(screen.getByText(/generates a strong one/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Password (optional)'), 'abc');
    expect(screen.getByText(/Too short: Use at least 8 characters \(5 more\)/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Password (optional)'), 'D3f!ghijkl');
    expect(screen.getByText(/^Strong:/)).toBeInTheDocument();
  });

  it('puts the server’s field errors on their fields and keeps what was typed', async () => {
    server.use(
      authHttp.post('/api/user/register', ({ response }) =>
        response(422).json({
          type: 'about:blank',
          title: 'Unprocessable Entity',
          status: 422,
          detail: 'Some fields are invalid.',
          errors: [{ field: 'key', message: 'The registration key is wrong.' }],
        }),
      ),
    );
    const { user } = renderRegister();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const key = screen.getByLabelText(/Registration key/);
    expect(await screen.findByText('The registration key is wrong.')).toBeInTheDocument();
    expect(key).toHaveAccessibleDescription('The registration key is wrong.');
    expect(key).toHaveFocus();
    expect(screen.getByLabelText(/First name/)).toHaveValue('Ada');
  });

  it('says when the email already has an account, with a way to sign in', async () => {
    server.use(
      authHttp.post('/api/user/register', ({ response }) =>
        response(409).json({
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'A user with this email already exists.',
        }),
      ),
    );
    const { user } = renderRegister();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this email already exists: sign in.');
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('An account with this email already exists.');
    await user.click(screen.getByRole('link', { name: 'sign in' }));
    expect(await screen.findByRole('heading', { name: 'Route /sign-in' })).toBeInTheDocument();
  });

  it('shows a generated password once with a copy button, then offers sign-in', async () => {
    const sent = registersAda({ generated_password: 'Gen-3rated-Passw0rd' });
    const { user } = renderRegister();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'You are registered' })).toBeInTheDocument();
    expect(sent.body).not.toHaveProperty('pwd');
    expect(screen.getByLabelText('Your password')).toHaveValue('Gen-3rated-Passw0rd');
    await user.click(screen.getByRole('button', { name: 'Copy password' }));
    expect(await navigator.clipboard.readText()).toBe('Gen-3rated-Passw0rd');
    expect(screen.getByText('Password copied.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in with RingPlan' })).toBeEnabled();
  });

  it('sends a chosen password and shows none back', async () => {
    const sent = registersAda();
    const { user } = renderRegister();
    await fill(user, 'a-long-chosen-Passw0rd');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'You are registered' })).toBeInTheDocument();
    expect(sent.body).toMatchObject({ pwd: 'a-long-chosen-Passw0rd', key: DEV_REGISTRATION_KEY });
    expect(screen.queryByLabelText('Your password')).not.toBeInTheDocument();
  });
});
