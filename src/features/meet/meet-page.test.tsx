import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { createdMeetingsStore } from '@/features/meet/created-meetings-store';
import { MeetPage } from '@/features/meet/meet-page';
import { scheduleDraftStore } from '@/features/meet/schedule/schedule-draft-store';
import { eventFixture, meetBackend } from '@/testing/meet-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

// The page's dialogs (forms, pickers) render slowly in jsdom.
vi.setConfig({ testTimeout: 20_000 });

function setup(route: string, options: Parameters<typeof meetBackend>[0] = {}) {
  const backend = meetBackend(options);
  server.use(...backend.handlers);
  return { backend, ...renderWithProviders(<MeetPage />, { route, path: '/meet' }) };
}

beforeEach(() => {
  sessionStore.get().signedIn(fakeTokenPair());
});

afterEach(() => {
  scheduleDraftStore.reset();
  createdMeetingsStore.reset();
});

describe('MeetPage tables', () => {
  it('lists scheduled meetings with their zone, text, participants and a lock on private ones', async () => {
    setup('/meet', {
      events: [
        eventFixture({
          is_private: true,
          event: {
            title_meet: 'Board review',
            description: 'Numbers <b>bold</b>',
            attendees: ['a@example.com', 'b@example.com'],
            timeZone: 'Asia/Kolkata',
          },
        }),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Scheduled meetings' });
    expect(await within(table).findByText('Board review')).toBeInTheDocument();
    expect(within(table).getByRole('img', { name: 'Private meeting' })).toBeInTheDocument();
    // API text is text: the markup shows as typed, nothing is bold.
    expect(within(table).getByText('Numbers <b>bold</b>')).toBeInTheDocument();
    expect(within(table).getByText('b@example.com')).toBeInTheDocument();
    expect(within(table).getByText('Asia/Kolkata')).toBeInTheDocument();
    // Shown in the event's zone, and beneath it, without hovering, the user's (Europe/Chisinau) reading.
    expect(within(table).getByText('Dec 1, 2026, 9:30 AM')).toBeVisible();
    expect(within(table).getByText('Your time: Dec 1, 2026, 6:00 AM – 6:30 AM')).toBeVisible();
    expect(within(table).getByRole('link', { name: /meeting link: board review/i })).toHaveAttribute(
      'target',
      '_blank',
    );
  });

  it('pages on the server and keeps the page in the URL', async () => {
    const events = Array.from({ length: 25 }, (_, i) =>
      eventFixture({ event: { title_meet: `Meeting ${String(i + 1)}` } }),
    );
    const { user, router, backend } = setup('/meet?tab=scheduled', { events });
    expect(await screen.findByText('Meeting 1')).toBeInTheDocument();
    expect(screen.getByText('25 meetings')).toBeInTheDocument();
    // The pager comes once the user acts on the page.
    await user.hover(screen.getByText('Meeting 1'));
    await user.click(await screen.findByRole('button', { name: /next page/i }));
    expect(await screen.findByText('Meeting 21')).toBeInTheDocument();
    expect(screen.queryByText('Meeting 1')).not.toBeInTheDocument();
    expect(router.state.location.search).toContain('page=2');
    expect(backend.state.listRequests.at(-1)?.get('page')).toBe('2');
    expect(backend.state.listRequests.at(-1)?.get('per_page')).toBe('20');
    expect(screen.getByText('21–25 of 25')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /next page/i })).toBeDisabled();

    // Another page size starts again at page 1.
    await user.click(screen.getByRole('combobox', { name: /rows per page/i }));
    await user.click(await screen.findByRole('option', { name: '10' }));
    expect(await screen.findByText('1–10 of 25')).toBeInTheDocument();
    expect(router.state.location.search).toContain('size=10');
    expect(router.state.location.search).not.toContain('page=');
    expect(backend.state.listRequests.at(-1)?.get('per_page')).toBe('10');
  });

  it('goes to the last page when the URL’s page is past the end', async () => {
    const events = Array.from({ length: 25 }, (_, i) =>
      eventFixture({ event: { title_meet: `Meeting ${String(i + 1)}` } }),
    );
    const { router } = setup('/meet?tab=scheduled&page=7', { events });
    expect(await screen.findByText('Meeting 21')).toBeInTheDocument();
    expect(router.state.location.search).toContain('page=2');
  });

  it('selects rows one by one, or the whole page from the header', async () => {
    const events = Array.from({ length: 3 }, (_, i) =>
      eventFixture({ event: { title_meet: `Standup ${String(i + 1)}` } }),
    );
    const { user } = setup('/meet', { events });
    const table = await screen.findByRole('table', { name: 'Scheduled meetings' });
    await within(table).findByText('Standup 1');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^3 meetings$/);
    const all = within(table).getByRole('checkbox', { name: 'Select all meetings on this page' });

    await user.click(within(table).getByRole('checkbox', { name: 'Select Standup 2' }));
    expect(status).toHaveTextContent('3 meetings · 1 selected');
    expect(all).toHaveAttribute('data-indeterminate', 'true');
    expect(all).not.toBeChecked();

    await user.click(all);
    expect(status).toHaveTextContent('3 meetings · 3 selected');
    for (const n of [1, 2, 3])
      expect(within(table).getByRole('checkbox', { name: `Select Standup ${String(n)}` })).toBeChecked();
    expect(all).toBeChecked();

    await user.click(all);
    expect(status).toHaveTextContent(/^3 meetings$/);
    expect(within(table).getByRole('checkbox', { name: 'Select Standup 1' })).not.toBeChecked();
  });

  it('says so in the table when there are no meetings', async () => {
    setup('/meet?tab=history');
    const table = await screen.findByRole('table', { name: 'Meeting history' });
    expect(await within(table).findByRole('cell', { name: 'No meetings yet.' })).toBeInTheDocument();
    expect(within(table).getByRole('checkbox', { name: 'Select all meetings on this page' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent(/^0 meetings$/);
  });

  it('says so when no meetings are in the dates', async () => {
    setup('/meet?tab=history&from=2030-01-01', {
      events: [eventFixture({ event: { event_type: 'history', date_start: '2026-01-10T10:00:00' } })],
    });
    const table = await screen.findByRole('table', { name: 'Meeting history' });
    expect(await within(table).findByRole('cell', { name: 'No meetings in these dates.' })).toBeInTheDocument();
  });

  it('reads the tab and dates from the URL and sends them to the server', async () => {
    const { backend } = setup('/meet?tab=history&from=2026-01-01&to=2026-01-31', {
      events: [
        eventFixture({
          event: { event_type: 'history', title_meet: 'January call', date_start: '2026-01-10T10:00:00' },
        }),
      ],
    });
    expect(await screen.findByText('January call')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
    const last = backend.state.listRequests.at(-1);
    expect(last?.get('event_type')).toBe('history');
    expect(last?.get('date_from')).toBe('2026-01-01');
    expect(last?.get('date_to')).toBe('2026-01-31T23:59:59');
  });

  it('offers Retry in place when the list fails, and recovers', async () => {
    const backend = meetBackend({ events: [eventFixture({ event: { title_meet: 'After retry' } })] });
    let fail = true;
    server.use(
      // First, so it answers before the backend's handler does.
      http.get('http://ssp.test/meet/calendar/events', () =>
        fail
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Bad Gateway', status: 502, detail: 'Upstream down.' },
              { status: 502 },
            )
          : undefined,
      ),
      ...backend.handlers,
    );
    const { user } = renderWithProviders(<MeetPage />, { route: '/meet', path: '/meet' });
    expect(await screen.findByText(/the meetings could not be loaded/i)).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('After retry')).toBeInTheDocument();
  });
});

describe('Start a new meeting', () => {
  it('creates a history event at now in the user’s zone and opens its room in the tab opened on click', async () => {
    const tab = { opener: {}, closed: false, location: { href: '' }, close: vi.fn() };
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    const { user, backend, router } = setup('/meet?tab=scheduled');
    await user.click(screen.getByRole('button', { name: 'Start a new meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a new meeting' });
    await waitFor(() => expect(within(dialog).getByLabelText(/title/i)).toHaveValue('Meeting with Demo User'));
    await user.click(within(dialog).getByLabelText('Make it private'));
    await user.click(within(dialog).getByRole('button', { name: 'Start meeting' }));
    expect(await within(dialog).findByText('A private meeting needs a password.')).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText(/^password/i), 's3cret');
    await user.click(within(dialog).getByRole('button', { name: 'Start meeting' }));
    expect(open).toHaveBeenCalledWith('', '_blank');
    await waitFor(() => expect(tab.location.href).toMatch(/^http:\/\/room\.test\/\d+\?jwt=jwt$/));
    expect(tab.opener).toBeNull();
    const [body] = backend.state.historyBodies;
    expect(body?.start_time).toBe(body?.end_time);
    expect(body?.start_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(body?.time_zone).toBe('Europe/Chisinau');
    expect(body?.password).toBe('s3cret');
    await waitFor(() => expect(router.state.location.search).toContain('tab=history'));
    const table = await screen.findByRole('table', { name: 'Meeting history' });
    expect(await within(table).findByText('Meeting with Demo User')).toBeInTheDocument();
  });

  it('offers the link when the browser refuses the new tab', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = setup('/meet');
    await user.click(screen.getByRole('button', { name: 'Start a new meeting' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Start meeting' }));
    expect(await screen.findByRole('link', { name: 'Open the meeting' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^http:\/\/room\.test\//),
    );
  });
});
