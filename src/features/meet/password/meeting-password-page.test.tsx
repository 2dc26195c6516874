import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { MeetingPasswordPage } from '@/features/meet/password/meeting-password-page';
import { browserLocation } from '@/lib/browser-location';
import { meetBackend } from '@/testing/meet-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

const rooms = [
  {
    meeting_id: '249636791',
    title_meet: 'Board review',
    is_private: true,
    date_start: '2026-12-01T09:30:00',
    timeZone: 'Asia/Kolkata',
    password: 'right-one',
  },
  {
    meeting_id: '555000111',
    title_meet: 'My own board',
    is_private: true,
    date_start: '2026-12-01T09:30:00',
    timeZone: 'Asia/Kolkata',
    password: 'mine',
    organizer: true,
  },
  {
    meeting_id: '130725076',
    title_meet: 'Open standup',
    is_private: false,
    date_start: '2026-12-01T09:30:00',
    timeZone: 'Etc/GMT+0',
  },
];

function renderPage(meetingId: string, attempts = 5) {
  const backend = meetBackend({ rooms, attempts });
  server.use(...backend.handlers);
  const assign = vi.spyOn(browserLocation, 'assign').mockImplementation(() => undefined);
  return {
    ...renderWithProviders(<MeetingPasswordPage />, { route: `/meet/${meetingId}`, path: '/meet/:meetingId' }),
    assign,
  };
}

describe('MeetingPasswordPage', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows the title and the time in the meeting’s zone, and sends the right password on to the room', async () => {
    const { user, assign } = renderPage('249636791');
    expect(await screen.findByRole('heading', { name: 'Board review' })).toBeInTheDocument();
    expect(screen.getByText(/Dec 1, 2026, 9:30 AM \(Asia\/Kolkata\)/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/meeting password/i), 'right-one');
    await user.click(screen.getByRole('button', { name: 'Join meeting' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('http://room.test/meet-room/249636791?jwt=guest'));
  });

  it('says a wrong password is wrong and how many tries are left', async () => {
    const { user, assign } = renderPage('249636791');
    await user.type(await screen.findByLabelText(/meeting password/i), 'nope');
    await user.click(screen.getByRole('button', { name: 'Join meeting' }));
    expect(await screen.findByText('Wrong password. 4 tries left.')).toBeInTheDocument();
    expect(screen.getByLabelText(/meeting password/i)).toHaveValue('');
    await user.type(screen.getByLabelText(/meeting password/i), 'nope');
    await user.click(screen.getByRole('button', { name: 'Join meeting' }));
    expect(await screen.findByText('Wrong password. 3 tries left.')).toBeInTheDocument();
    expect(assign).not.toHaveBeenCalled();
  });

  it('locks the form after too many tries and counts the wait down until it lifts', async () => {
    const { user } = renderPage('249636791', 0);
    await user.type(await screen.findByLabelText(/meeting password/i), 'nope');
    await user.click(screen.getByRole('button', { name: 'Join meeting' }));
    expect(await screen.findByText('Too many wrong passwords. Try again in 5 minutes.')).toBeInTheDocument();
    expect(screen.getByLabelText(/meeting password/i)).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Join meeting' })).toBeDisabled();
    expect(screen.getByText(/You can try again in 5 minutes\./)).toBeInTheDocument();
    // The clock moves on; the page's own once-a-second tick shows it.
    const start = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(start + 250_000);
    expect(await screen.findByText(/You can try again in 50 seconds\./, {}, { timeout: 3000 })).toBeInTheDocument();
    clock.mockReturnValue(start + 301_000);
    await waitFor(() => expect(screen.getByLabelText(/meeting password/i)).toBeEnabled(), { timeout: 3000 });
    expect(screen.queryByText(/Too many wrong passwords/)).not.toBeInTheDocument();
  });

  it('takes the signed-in organizer into their own private meeting as moderator, with no password', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    const { assign } = renderPage('555000111');
    await waitFor(() => expect(assign).toHaveBeenCalledWith('http://room.test/meet-room/555000111?jwt=mod'));
    expect(screen.queryByLabelText(/meeting password/i)).not.toBeInTheDocument();
  });

  it('asks a signed-in user who does not organize the meeting for its password', async () => {
    sessionStore.get().signedIn(fakeTokenPair());
    const { assign } = renderPage('249636791');
    expect(await screen.findByLabelText(/meeting password/i)).toBeEnabled();
    expect(assign).not.toHaveBeenCalled();
  });

  it('goes straight to the room when the meeting is not private', async () => {
    const { assign } = renderPage('130725076');
    expect(await screen.findByRole('heading', { name: 'Open standup' })).toBeInTheDocument();
    await waitFor(() => expect(assign).toHaveBeenCalledWith('http://room.test/meet-room/130725076?jwt=guest'));
    expect(assign).toHaveBeenCalledTimes(1);
    expect(screen.queryByLabelText(/meeting password/i)).not.toBeInTheDocument();
  });

  it('says so when there is no such meeting', async () => {
    renderPage('999999999');
    expect(await screen.findByRole('heading', { name: 'Meeting not found' })).toBeInTheDocument();
  });
});
