import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { setConfig } from '@/api/config';
import { sessionStore } from '@/api/session-store';
import { ContactsPage } from '@/features/contacts/contacts-page';
import { testConfig } from '@/testing/config';
import { contactFixture, contactsBackend, numberFixture } from '@/testing/contacts-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

function setup(options: Parameters<typeof contactsBackend>[0] & { failFirstLoad?: boolean } = {}, route = '/contacts') {
  sessionStore.get().signedIn(fakeTokenPair());
  const backend = contactsBackend({
    contacts: options.contacts ?? [
      contactFixture({ first_name: 'Matt', last_name: 'Wiz', number: '8123382823' }),
      contactFixture({
        first_name: '<img src=x onerror=alert(1)>',
        last_name: 'Tables',
        number: '8585550100',
        opted_out: true,
      }),
    ],
    numbers: options.numbers,
  });
  server.use(...backend.handlers);
  if (options.failFirstLoad) {
    server.use(http.get(`${testConfig.sspBaseUrl}/texting/contacts`, () => HttpResponse.error(), { once: true }));
  }
  const view = renderWithProviders(<ContactsPage />, {
    route,
    path: '/contacts',
    otherPaths: ['/texting/:conversationId'],
  });
  return { ...view, backend };
}

// MUI renders slowly in jsdom on a busy machine.
describe('ContactsPage', { timeout: 20_000 }, () => {
  it('lists contacts with formatted numbers, the opted-out badge and names as text', async () => {
    const { container } = setup();
    expect(await screen.findByText('Matt Wiz')).toBeInTheDocument();
    expect(screen.getByText('(812) 338-2823')).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)> Tables')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Opted out')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('2 contacts');
  });

  it('searches number digits without +1 and punctuation, and keeps the search in the URL', async () => {
    const { user, backend, router } = setup();
    await screen.findByText('Matt Wiz');
    await user.type(screen.getByLabelText('Search contacts'), '+1 (812) 338');

    await waitFor(() => expect(router.state.location.search).toBe('?q=%2B1+%28812%29+338'));
    await waitFor(() => expect(screen.queryByText('<img src=x onerror=alert(1)> Tables')).not.toBeInTheDocument());
    expect(backend.state.listRequests.at(-1)?.get('search')).toBe('812338');
    expect(screen.getByText('Matt Wiz')).toBeInTheDocument();
  });

  it('reads page, size and search from the URL', async () => {
    const contacts = Array.from({ length: 12 }, (_, i) =>
      contactFixture({
        first_name: `Person${String(i + 1).padStart(2, '0')}`,
        last_name: '',
        number: `85855501${String(i + 10)}`,
      }),
    );
    const { backend } = setup({ contacts }, '/contacts?page=2&size=10');
    expect(await screen.findByText('Person11')).toBeInTheDocument();
    expect(screen.queryByText('Person01')).not.toBeInTheDocument();
    const request = backend.state.listRequests.at(-1);
    expect([request?.get('page'), request?.get('per_page')]).toEqual(['2', '10']);
  });

  it('pages and sizes through the URL', async () => {
    const contacts = Array.from({ length: 12 }, (_, i) =>
      contactFixture({
        first_name: `Person${String(i + 1).padStart(2, '0')}`,
        last_name: '',
        number: `85855501${String(i + 10)}`,
      }),
    );
    const { user, router, backend } = setup({ contacts }, '/contacts?size=10');
    expect(await screen.findByText('Person01')).toBeInTheDocument();
    // The pager comes once the user acts on the page.
    await user.hover(screen.getByText('Person01'));
    expect(await screen.findByText('1–10 of 12')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByText('Person11')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?size=10&page=2');
    expect(screen.getByText('11–12 of 12')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: /Rows per page/ }));
    await user.click(await screen.findByRole('option', { name: '25' }));
    // 25 is the default, so the address drops it.
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('1–12 of 12')).toBeInTheDocument();
    expect(backend.state.listRequests.at(-1)?.get('per_page')).toBe('25');
  });

  it('sorts the whole list through the server, keeping the order in the URL', async () => {
    const contacts = Array.from({ length: 12 }, (_, i) =>
      contactFixture({
        first_name: `P${String(i).padStart(2, '0')}`,
        last_name: '',
        number: `85855501${String(40 - i)}`,
      }),
    );
    const { user, router, backend } = setup({ contacts }, '/contacts?size=10&page=2');
    const table = await screen.findByRole('table', { name: 'Contacts' });
    await within(table).findByText('P10');
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');

    // The highest numbers are on the first page of the server's order: sorting brings them from there.
    await user.click(within(table).getByRole('button', { name: 'Number' }));
    await waitFor(
      () => expect(names()).toEqual(['P11', 'P10', 'P09', 'P08', 'P07', 'P06', 'P05', 'P04', 'P03', 'P02']),
      { timeout: 5000 },
    );
    expect(router.state.location.search).toBe('?size=10&sort=number');
    expect(backend.state.listRequests.at(-1)?.get('sort')).toBe('number');
    expect(within(table).getByRole('columnheader', { name: /Number/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(table).getByRole('button', { name: 'Number' }));
    expect(router.state.location.search).toBe('?size=10&sort=-number');
    await waitFor(() => expect(names()[0]).toBe('P00'), { timeout: 5000 });

    await user.click(within(table).getByRole('button', { name: 'Name' }));
    expect(router.state.location.search).toBe('?size=10');
    await waitFor(() => expect(names()[1]).toBe('P01'), { timeout: 5000 });
    expect(backend.state.listRequests.at(-1)?.has('sort')).toBe(false);
    expect(within(table).getByRole('button', { name: 'Name' })).not.toHaveAccessibleDescription();
  });

  it('reads the order from the URL', async () => {
    const { backend } = setup({}, '/contacts?sort=-last_name');
    await screen.findByText('Matt Wiz');
    expect(backend.state.listRequests.at(-1)?.get('sort')).toBe('-last_name');
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it("offers no sort against RingPlan's service, which may ignore it", async () => {
    setConfig({ ...testConfig, environment: 'ringplan' });
    try {
      const { backend } = setup({}, '/contacts?sort=number');
      const table = await screen.findByRole('table', { name: 'Contacts' });
      await within(table).findByText('Matt Wiz');
      expect(within(table).queryByRole('button', { name: 'Name' })).not.toBeInTheDocument();
      expect(within(table).getByRole('columnheader', { name: 'Number' })).not.toHaveAttribute('aria-sort');
      expect(backend.state.listRequests.at(-1)?.has('sort')).toBe(false);
    } finally {
      setConfig(testConfig);
    }
  });

  it('shows a failed load in place with a Retry that loads again', async () => {
    const { user } = setup({ failFirstLoad: true });
    expect(await screen.findByText('The contacts could not be loaded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Matt Wiz')).toBeInTheDocument();
  });

  it('invites to create the first contact when there are none', async () => {
    const { user } = setup({ contacts: [] });
    expect(await screen.findByText('No contacts yet')).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'New contact' });
    await user.click(buttons[buttons.length - 1]!);
    expect(await screen.findByRole('dialog', { name: 'New contact' })).toBeInTheDocument();
  });

  it('opens the conversation from the only number the user owns', async () => {
    const { user, backend } = setup();
    await user.click(await screen.findByRole('button', { name: 'Message Matt Wiz' }));
    expect(await screen.findByRole('heading', { name: 'Route /texting/:conversationId' })).toBeInTheDocument();
    expect(backend.state.conversations).toEqual([
      { contact_id: backend.state.contacts[0]!.id, from_number: '8583715117' },
    ]);
  });

  it('asks which number to text from when the user owns several, ignoring numbers of others', async () => {
    const { user, backend, router } = setup({
      numbers: [
        numberFixture({ number: '8583715117' }),
        numberFixture({ number: '6195550100', ownership: ['someone@example.com'] }),
        numberFixture({ number: '7605550100', ownership: ['other@example.com', 'DEMO@example.com'] }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Message Matt Wiz' }));
    const menu = await screen.findByRole('menu', { name: 'Text from' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['(858) 371-5117', '(760) 555-0100']);
    await user.click(within(menu).getByRole('menuitem', { name: '(760) 555-0100' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/texting/f00df00df00df00df00df00d'));
    expect(backend.state.conversations[0]?.from_number).toBe('7605550100');
  });

  it('explains that texting needs a company number when the user owns none', async () => {
    const { user, backend } = setup({ numbers: [numberFixture({ ownership: ['someone@example.com'] })] });
    await user.click(await screen.findByRole('button', { name: 'Message Matt Wiz' }));
    const dialog = await screen.findByRole('dialog', { name: 'No texting number yet' });
    expect(dialog).toHaveTextContent("Your company admin sets these up in RingPlan's portal");
    expect(backend.state.conversations).toEqual([]);
  });

  it('deletes a contact after a confirmation that names them and their conversations', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Matt Wiz' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Matt Wiz?' });
    expect(dialog).toHaveTextContent('their conversations and messages will be deleted too');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted Matt Wiz.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Matt Wiz' })).not.toBeInTheDocument());
  });

  it('opens the contact that already has the number from the create dialog', async () => {
    const { user } = setup();
    await screen.findByText('Matt Wiz');
    await user.click(screen.getAllByRole('button', { name: 'New contact' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    await user.type(within(dialog).getByLabelText(/First name/), 'Matthew');
    await user.type(within(dialog).getByLabelText(/Phone number/), '+1 812 338 2823');
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Open' }));

    const edit = await screen.findByRole('dialog', { name: 'Edit contact' });
    expect(within(edit).getByLabelText(/First name/)).toHaveValue('Matt');
  });
});
