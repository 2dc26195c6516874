// The fetch every SSP call goes through: attaches the raw id_token (no "Bearer", as the service
// expects), renews it first when it is about to expire, and after a 401 renews and retries once.
import { NetworkError, SessionEndedError } from '@/api/errors';
import { expiresSoon, refreshSession } from '@/api/refresh';
import { sessionStore } from '@/api/session-store';

async function send(request: Request, idToken: string | undefined): Promise<Response> {
  const headers = new Headers(request.headers);
  if (idToken) headers.set('authorization', idToken);
  try {
    return await fetch(new Request(request, { headers }));
  } catch (cause) {
    throw new NetworkError(cause);
  }
}

export async function authFetch(request: Request): Promise<Response> {
  // Keep an unread copy: the first attempt consumes the body, and a retry needs it again.
  const retryCopy = request.clone();
  const { session: current, status } = sessionStore.get();
  // The session ended and waits for the user to sign in again: asking without a token would only
  // collect 401s (and their toasts) behind the sign-in dialog.
  if (!current && status === 'ended') throw new SessionEndedError();
  let session = current;
  if (session && expiresSoon(session)) session = await refreshSession(session.idToken);

  const response = await send(request, session?.idToken);
  if (response.status !== 401 || !session) return response;

  const renewed = await refreshSession(session.idToken);
  return send(retryCopy, renewed.idToken);
}
