import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLocation } from '@/features/meet/browser-location';
import { MeetingPasswordPage } from '@/features/meet/meeting-password-page';
import { meetBackend } from '@/testing/meet-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

const rooms = [
  { meeting_id: '249636791', title_meet: 'Board review', is_private: true, date_start: '2026-12-01T09:30:00', timeZone: 'Asia/Kolkata', password: 'right-one' },
  { meeting_id: '130725076', title_meet: 'Open standup', is_private: false, date_start: '2026-12-01T09:30:00', timeZone: 'Etc/GMT+0' },
];

function renderPage(meetingId: string, attempts = 5) {
  const backend = meetBackend({ rooms, attempts });
  server.use(...backend.handlers);
  const assign = vi.spyOn(browserLocation, 'assign').mockImplementation(() => undefined);
  return { ...renderWithProviders(<MeetingPasswordPage />, { route: `/meet/${meetingId}`, path: '/meet/:meetingId' }), assign };
}

describe('MeetingPasswordPage', () => {
  afterEach(() => {
    vi.useRealTimers();
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

  it('locks the field after too many tries and says for how long', async () => {
    const { user } = renderPage('249636791', 0);
    await user.type(await screen.findByLabelText(/meeting password/i), 'nope');
    await user.click(screen.getByRole('button', { name: 'Join meeting' }));
    expect(await screen.findByText('Too many wrong tries. Try again in 5 minutes.')).toBeInTheDocument();
    expect(screen.getByLabelText(/meeting password/i)).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Join meeting' })).toBeDisabled();
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
