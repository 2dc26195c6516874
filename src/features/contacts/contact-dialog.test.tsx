import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { ContactDialog } from '@/features/contacts/contact-dialog';
import { testConfig } from '@/testing/config';
import { contactFixture, contactsBackend } from '@/testing/contacts-handlers';
import { sspHttp } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

function setup(props: Partial<Parameters<typeof ContactDialog>[0]> = {}, contacts = [contactFixture()]) {
  sessionStore.get().signedIn(fakeTokenPair());
  const backend = contactsBackend({ contacts });
  server.use(...backend.handlers);
  const onClose = vi.fn();
  const onOpenContact = vi.fn();
  const view = renderWithProviders(<ContactDialog open onClose={onClose} onOpenContact={onOpenContact} {...props} />);
  return { ...view, backend, onClose, onOpenContact };
}

describe('ContactDialog', () => {
  it('refuses an empty first name and a bad number on their fields, sending nothing', async () => {
    const { user, backend } = setup();
    await user.type(screen.getByLabelText(/Phone number/), '858-ABC-5117');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));

    expect(await screen.findByText('Enter a first name.')).toBeInTheDocument();
    expect(screen.getByText('Enter a valid US phone number, like (858) 371-5117.')).toBeInTheDocument();
    expect(screen.getByLabelText(/First name/)).toHaveAttribute('aria-invalid', 'true');
    expect(backend.state.created).toEqual([]);
  });

  it('creates a contact with the number normalized to 10 digits', async () => {
    const { user, backend, onClose } = setup({}, []);
    await user.type(screen.getByLabelText(/First name/), '  Ana ');
    await user.type(screen.getByLabelText(/Last name/), 'Silva');
    await user.type(screen.getByLabelText(/Phone number/), '+1 (858) 555-0145');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));

    expect(await screen.findByText('Added Ana Silva.')).toBeInTheDocument();
    expect(backend.state.created).toEqual([{ first_name: 'Ana', last_name: 'Silva', number: '8585550145' }]);
    expect(onClose).toHaveBeenCalled();
  });

  it('says who already has the number (200 from create), keeps the form and offers to open them', async () => {
    const matt = contactFixture({ first_name: 'Matt', last_name: 'Wiz', number: '8123382823' });
    const { user, onClose, onOpenContact } = setup({}, [matt]);
    await user.type(screen.getByLabelText(/First name/), 'Matthew');
    await user.type(screen.getByLabelText(/Phone number/), '812.338.2823');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));

    expect(await screen.findByText('This number already belongs to Matt Wiz.')).toBeInTheDocument();
    expect(screen.getByLabelText(/First name/)).toHaveValue('Matthew');
    expect(screen.getByLabelText(/Phone number/)).toHaveValue('812.338.2823');
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(onOpenContact).toHaveBeenCalledWith(matt);
  });

  it('puts the server’s 422 field errors on their fields', async () => {
    const { user } = setup();
    server.use(
      sspHttp.post('/texting/contacts', ({ response }) =>
        response(422).json({
          type: 'about:blank',
          title: 'Unprocessable Entity',
          status: 422,
          detail: 'Invalid input',
          errors: [
            { field: 'first_name', message: 'First name is reserved.' },
            { field: 'number', message: 'This number cannot receive texts.' },
          ],
        }),
      ),
    );
    await user.type(screen.getByLabelText(/First name/), 'Admin');
    await user.type(screen.getByLabelText(/Phone number/), '8585550145');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));

    expect(await screen.findByText('First name is reserved.')).toBeInTheDocument();
    expect(screen.getByText('This number cannot receive texts.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Phone number/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('edits a contact, and a number another contact has (409) is an error on the number', async () => {
    const matt = contactFixture({ first_name: 'Matt', last_name: 'Wiz', number: '8123382823' });
    const ana = contactFixture({ first_name: 'Ana', last_name: 'Silva', number: '8585550145' });
    const { user, backend } = setup({ contact: ana }, [matt, ana]);
    expect(screen.getByRole('heading', { name: 'Edit contact' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Phone number/)).toHaveValue('(858) 555-0145');

    await user.clear(screen.getByLabelText(/Phone number/));
    await user.type(screen.getByLabelText(/Phone number/), '8123382823');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Another contact already has this number.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/Phone number/));
    await user.type(screen.getByLabelText(/Phone number/), '858 555 0199');
    await user.clear(screen.getByLabelText(/First name/));
    await user.type(screen.getByLabelText(/First name/), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved Anna Silva.')).toBeInTheDocument();
    await waitFor(() => expect(backend.state.contacts[1]).toMatchObject({ first_name: 'Anna', number: '8585550199' }));
  });

  it('keeps what was typed when the network fails, and sends it again', async () => {
    const { user, backend } = setup({}, []);
    server.use(http.post(`${testConfig.sspBaseUrl}/texting/contacts`, () => HttpResponse.error(), { once: true }));
    await user.type(screen.getByLabelText(/First name/), 'Ana');
    await user.type(screen.getByLabelText(/Phone number/), '8585550145');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your changes are still here');
    expect(screen.getByLabelText(/First name/)).toHaveValue('Ana');

    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(await screen.findByText('Added Ana.')).toBeInTheDocument();
    expect(backend.state.contacts).toHaveLength(1);
  });
});
