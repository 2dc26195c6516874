// A private meeting that started a moment ago, created through the API by the given organizer.
import { SANDBOX_URL } from './demo';

export async function createPrivateMeeting(idToken: string, title: string, password: string): Promise<string> {
  const now = new Date(Date.now() - 60_000).toISOString().slice(0, 19);
  const answer = await fetch(`${SANDBOX_URL}/ssp/meet/calendar/event/history`, {
    method: 'POST',
    headers: { authorization: idToken, 'content-type': 'application/json' },
    body: JSON.stringify({
      title_meet: title,
      summary: title,
      description: '',
      start_time: now,
      end_time: now,
      time_zone: 'Etc/GMT+0',
      password,
    }),
  });
  if (answer.status !== 201)
    throw new Error(`Creating the meeting answered ${String(answer.status)}: ${await answer.text()}`);
  const created = (await answer.json()) as { event: { meeting_id: string } };
  return created.event.meeting_id;
}
