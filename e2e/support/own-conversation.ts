// A conversation of the demo user's company that only the calling journey writes to: a new contact with
// a unique name and number, and its conversation from the demo texting number. Made through the API
// before the page opens, with the token of the saved signed-in state, so the first list load shows it.
import { readFileSync } from 'node:fs';

import { uniqueNumber } from './api';
import { DEMO, SANDBOX_URL } from './demo';

function demoIdToken(): string {
  const file = process.env.E2E_STORAGE_STATE ?? 'e2e/.auth/demo.json';
  const state = JSON.parse(readFileSync(file, 'utf8')) as {
    origins: { localStorage: { name: string; value: string }[] }[];
  };
  const saved =
    state.origins.flatMap((o) => o.localStorage).find((item) => item.name === 'ringplan.session')?.value ?? '{}';
  const token = (JSON.parse(saved) as { state?: { session?: { idToken?: string } } }).state?.session?.idToken;
  if (!token) throw new Error(`No signed-in session in ${file}.`);
  return token;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${SANDBOX_URL}/ssp${path}`, {
    method: 'POST',
    headers: { authorization: demoIdToken(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} answered ${String(response.status)}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function ownConversation(firstName: string): Promise<{ id: string; name: string; number: string }> {
  const lastName = `${String(Date.now()).slice(-7)}${String(Math.floor(Math.random() * 100))}`;
  const number = uniqueNumber();
  const contact = await post<{ id: string }>('/texting/contacts', {
    first_name: firstName,
    last_name: lastName,
    number,
  });
  const conversation = await post<{ id: string }>('/texting/conversations', {
    contact_id: contact.id,
    from_number: DEMO.number,
  });
  return { id: conversation.id, name: `${firstName} ${lastName}`, number };
}
