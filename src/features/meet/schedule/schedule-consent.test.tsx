import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { sessionStore } from '@/api/session-store';
import { createdMeetingsStore } from '@/features/meet/created-meetings-store';
import { MeetPage } from '@/features/meet/meet-page';
import {
  SCHEDULE_DRAFT_STORAGE_KEY,
  scheduleDraftStore,
  type ScheduleDraft,
} from '@/features/meet/schedule/schedule-draft-store';
import { meetBackend } from '@/testing/meet-handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';

const { startGoogleConsent } = vi.hoisted(() => ({ startGoogleConsent: vi.fn(() => Promise.resolve()) }));
vi.mock('@/api/google-consent', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/google-consent')>()),
  startGoogleConsent,
}));

vi.setConfig({ testTimeout: 20_000 });

const draft: ScheduleDraft = {
  title_meet: 'Quarterly review',
  summary: 'Q review',
  description: 'Numbers',
  start: '2030-06-01T09:30:00',
  end: '2030-06-01T10:00:00',
  time_zone: 'Asia/Kolkata',
  attendees: ['ana@example.com', 'bo@example.com'],
  password: '',
};

function setup(route: string, googleConnected: boolean) {
  const backend = meetBackend({ googleConnected });
  server.use(...backend.handlers);
  return { backend, ...renderWithProviders(<MeetPage />, { route, path: '/meet' }) };
}

beforeEach(() => {
  sessionStore.get().signedIn(fakeTokenPair());
  startGoogleConsent.mockClear();
});

afterEach(() => {
  scheduleDraftStore.reset();
  createdMeetingsStore.reset();
});

describe('scheduling without Google credentials', () => {
  it('explains, keeps the dialog’s content and leaves for consent', async () => {
    const { user } = setup('/meet?tab=scheduled', false);
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a meeting' });
    await user.type(within(dialog).getByLabelText(/^title/i), 'Quarterly review');
    const attendees = within(dialog).getByLabelText(/attendees/i);
    await user.type(attendees, 'not-an-email{Enter}');
    expect(within(dialog).getByText('“not-an-email” is not an email address.')).toBeInTheDocument();
    await user.clear(attendees);
    await user.type(attendees, 'ana@example.com{Enter}');
    expect(within(dialog).getByRole('button', { name: 'ana@example.com' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Create meeting' }));

    expect(
      await within(dialog).findByText(
        /connect your google calendar: pick the google account with your profile's email, demo@example.com/i,
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Connect Google Calendar' }));
    expect(startGoogleConsent).toHaveBeenCalledWith('/meet?tab=scheduled');
    const saved = scheduleDraftStore.get();
    expect(saved.consent).toBe('pending');
    expect(saved.draft).toMatchObject({
      title_meet: 'Quarterly review',
      attendees: ['ana@example.com'],
      time_zone: 'Europe/Chisinau',
    });
    // Persisted, so the trip away (and a reload) cannot lose it.
    expect(sessionStorage.getItem(SCHEDULE_DRAFT_STORAGE_KEY)).toContain('Quarterly review');
  });
});

describe('back from consent', () => {
  it('reopens the dialog as it was and creates the meeting once, on one click', async () => {
    scheduleDraftStore.get().consentStarted(draft);
    const { user, backend, router } = setup('/meet?tab=scheduled&google=connected', true);
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a meeting' });
    expect(within(dialog).getByText('Google Calendar connected')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^title/i)).toHaveValue('Quarterly review');
    expect(within(dialog).getByLabelText(/^summary/i)).toHaveValue('Q review');
    expect(within(dialog).getByRole('button', { name: 'bo@example.com' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?tab=scheduled'));
    // Nothing is created until the user asks.
    expect(backend.state.scheduledBodies).toHaveLength(0);

    const create = within(dialog).getByRole('button', { name: 'Create meeting' });
    await user.dblClick(create);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(backend.state.scheduledBodies).toEqual([
      {
        title_meet: 'Quarterly review',
        summary: 'Q review',
        description: 'Numbers',
        start_time: '2030-06-01T09:30:00',
        end_time: '2030-06-01T10:00:00',
        time_zone: 'Asia/Kolkata',
        attendees: [{ email: 'ana@example.com' }, { email: 'bo@example.com' }],
      },
    ]);
    expect(scheduleDraftStore.get().draft).toBeNull();
    const table = await screen.findByRole('table', { name: 'Scheduled meetings' });
    expect(await within(table).findByText('Quarterly review')).toBeInTheDocument();
  });

  it('explains a denial and keeps the draft', async () => {
    scheduleDraftStore.get().consentStarted(draft);
    setup('/meet?tab=scheduled&google=denied', false);
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a meeting' });
    expect(within(dialog).getByText('Google Calendar was not connected')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^title/i)).toHaveValue('Quarterly review');
    expect(within(dialog).getByRole('button', { name: 'Connect Google Calendar' })).toBeInTheDocument();
    expect(scheduleDraftStore.get().draft).toEqual(draft);
  });

  it('asks for the account with the profile’s email after the wrong one', async () => {
    scheduleDraftStore.get().consentStarted(draft);
    setup('/meet?tab=scheduled&google=wrong_account', false);
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a meeting' });
    expect(
      await within(dialog).findByText(/use the google account with your profile's email, demo@example.com/i),
    ).toBeInTheDocument();
    expect(scheduleDraftStore.get().draft).toEqual(draft);
  });

  it('survives a reload in the middle: the persisted draft reopens the dialog', async () => {
    sessionStorage.setItem(
      SCHEDULE_DRAFT_STORAGE_KEY,
      JSON.stringify({ state: { draft, consent: 'connected' }, version: 1 }),
    );
    await scheduleDraftStore.rehydrate();
    setup('/meet?tab=scheduled', true);
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a meeting' });
    expect(within(dialog).getByLabelText(/^title/i)).toHaveValue('Quarterly review');
    expect(within(dialog).getByText('Google Calendar connected')).toBeInTheDocument();
  });
});
