// What the browser keeps of a signed-in user besides the tokens (the persisted query cache, the
// outbox, seen positions...): each keeper registers how to forget it, and signing out forgets it all
// before the browser leaves, so the next person on this browser finds nothing of the previous one.
import { readIdToken } from '@/api/jwt';
import type { Session } from '@/api/session-store';

type Forget = () => Promise<void> | void;

const forgetters = new Set<Forget>();
let running: Promise<void> | null = null;

/** Registers how to forget one kind of user data; returns the unregistration. */
export function onForgetUserData(forget: Forget): () => void {
  forgetters.add(forget);
  return () => forgetters.delete(forget);
}

/** Forgets every user's data this browser keeps. Calls made while one runs share it. */
export function forgetUserData(): Promise<void> {
  running ??= Promise.allSettled([...forgetters].map(async (forget) => forget()))
    .then(() => undefined)
    .finally(() => {
      running = null;
    });
  return running;
}

/** The user's stable id (the id_token's `sub`), else their email: the key of what is kept per user. */
export function userKey(session: Session | null): string | null {
  if (!session) return null;
  const read = readIdToken(session.idToken);
  const sub = 'claims' in read ? read.claims.sub : undefined;
  return sub ?? (session.email ? `email:${session.email.toLowerCase()}` : null);
}
