import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { ImportContactsDialog } from '@/features/contacts/import/import-contacts-dialog';
import { testConfig } from '@/testing/config';
import { contactFixture, contactsBackend } from '@/testing/contacts-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

const CSV = [
  'First Name,Last Name,Phone',
  'Ana,Silva,+1 (858) 555-0145',
  'Bo,Lee,858.555.0146',
  ',Nobody,858-555-0147',
  'Cy,Bad,12345',
  'Di,Twice,1-858-555-0145',
  'Matthew,Wiz,812 338 2823',
  'Ed,Flaky,8585550148',
].join('\n');

function csvFile(text: string, name = 'contacts.csv') {
  return new File([text], name, { type: 'text/csv' });
}

function setup() {
  sessionStore.get().signedIn(fakeTokenPair());
  const backend = contactsBackend({
    contacts: [contactFixture({ first_name: 'Matt', last_name: 'Wiz', number: '8123382823' })],
  });
  server.use(...backend.handlers);
  const onClose = vi.fn();
  const view = renderWithProviders(<ImportContactsDialog onClose={onClose} />);
  return { ...view, backend, onClose };
}

describe('ImportContactsDialog', { timeout: 20_000 }, () => {
  it('previews rows with their problems, imports the valid ones and sums up, then retries the failed', async () => {
    const { user, backend } = setup();
    let flaky = true;
    server.use(
      http.post(`${testConfig.sspBaseUrl}/texting/contacts`, async ({ request }) => {
        const body = (await request.clone().json()) as { number: string };
        if (body.number === '8585550148' && flaky) {
          flaky = false;
          return HttpResponse.json(
            { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Try later.' },
            { status: 503 },
          );
        }
        return undefined;
      }),
    );

    await user.upload(screen.getByLabelText('Choose a CSV file'), csvFile(CSV));
    const table = await screen.findByRole('table', { name: 'Rows to import' });
    expect(screen.getByText('7 rows: 4 ready to import, 3 will be skipped.')).toBeInTheDocument();
    expect(within(table).getByText('First name is missing')).toBeInTheDocument();
    expect(within(table).getByText('"12345" is not a valid US phone number')).toBeInTheDocument();
    expect(within(table).getByText('Same number as line 2')).toBeInTheDocument();
    expect(within(table).getAllByText('(858) 555-0145')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Import 4 contacts' }));
    expect(await screen.findByText('Imported 2, skipped 4, failed 1.')).toBeInTheDocument();
    const failed = screen.getByRole('region', { name: 'Failed (1)' });
    expect(failed).toHaveTextContent('Line 8: Try later.');
    const skipped = screen.getByRole('region', { name: 'Skipped (4)' });
    expect(skipped).toHaveTextContent('Line 7: Already a contact: Matt Wiz');
    expect(skipped).toHaveTextContent('Line 4: First name is missing');

    await user.click(screen.getByRole('button', { name: 'Retry 1 failed' }));
    expect(await screen.findByText('Imported 3, skipped 4, failed 0.')).toBeInTheDocument();
    expect(backend.state.contacts.map((c) => c.number)).toEqual([
      '8123382823',
      '8585550145',
      '8585550146',
      '8585550148',
    ]);
    // Rows that made it are never sent twice.
    expect(backend.state.created.filter((c) => c.number === '8585550145')).toHaveLength(1);
  });

  it('explains a file without the needed columns, and a file that is not CSV', async () => {
    const { user } = setup();
    await user.upload(screen.getByLabelText('Choose a CSV file'), csvFile('email,notes\na@b.c,hi\n'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The first row must name the columns');

    // The picker's `accept` is only a hint: a file of another type can still be chosen.
    fireEvent.change(screen.getByLabelText('Choose a CSV file'), {
      target: { files: [new File(['x'], 'contacts.xlsx', { type: 'application/vnd.ms-excel' })] },
    });
    expect(await screen.findByText(/"contacts.xlsx" is not a CSV file./)).toBeInTheDocument();
    expect(screen.queryByText(/The first row must name the columns/)).not.toBeInTheDocument();
  });
});
