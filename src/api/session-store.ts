// The signed-in session: the token pair and what the app reads from the id_token.
//
// Storage trade-off (also in the README): the tokens are persisted in localStorage. That keeps a user
// signed in across reloads and lets every tab share one session (the `storage` event keeps tabs in
// step), which sessionStorage or memory cannot. The cost is that script running in the page could read
// them, so the app is built to never run foreign script: a strict Content-Security-Policy with no
// inline scripts, API text always rendered as text, and no token ever put in the address bar.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

import { readIdToken } from '@/api/jwt';
import type { components } from '@/api/schema/auth';

export type TokenPair = components['schemas']['TokenPair'];

export interface Session {
  idToken: string;
  refreshToken: string;
  /** When the id_token expires, in ms since the epoch (from its `exp`). */
  expiresAt: number;
  /** When it was issued, in ms since the epoch (from its `iat`), when the token says. */
  issuedAt?: number;
  email: string;
  givenName: string;
  familyName: string;
}

export type SessionStatus = 'signed-out' | 'signed-in' | 'ended';

interface SessionState {
  session: Session | null;
  /** `ended`: the session could not be renewed; the user is asked to sign in again, work kept. */
  status: SessionStatus;
  /** Where the user was when the session ended, to come back to after signing in. */
  returnTo: string | null;
  /** Whose session ended: their drafts stay on screen behind the sign-in dialog. */
  endedEmail?: string | null;
  signedIn: (tokens: TokenPair) => void;
  tokensRefreshed: (tokens: TokenPair) => void;
  sessionEnded: (returnTo: string) => void;
  signedOut: () => void;
}

export const SESSION_STORAGE_KEY = 'ringplan.session';

function toSession(tokens: TokenPair): Session {
  const read = readIdToken(tokens.id_token);
  if ('problem' in read) throw new Error(read.problem);
  const { claims } = read;
  return {
    idToken: tokens.id_token,
    refreshToken: tokens.refresh_token,
    expiresAt: claims.exp * 1000,
    ...(typeof claims.iat === 'number' ? { issuedAt: claims.iat * 1000 } : {}),
    email: claims.emails?.[0] ?? '',
    givenName: claims.given_name ?? '',
    familyName: claims.family_name ?? '',
  };
}

const useSessionStore = create<SessionState>()(
  persist(
    (set, get) => ({
      session: null,
      status: 'signed-out',
      returnTo: null,
      signedIn: (tokens) => {
        set({ session: toSession(tokens), status: 'signed-in', returnTo: null });
      },
      tokensRefreshed: (tokens) => {
        set({ session: toSession(tokens), status: 'signed-in' });
      },
      sessionEnded: (returnTo) => {
        set({ session: null, status: 'ended', returnTo, endedEmail: get().session?.email ?? get().endedEmail ?? null });
      },
      signedOut: () => {
        set({ session: null, status: 'signed-out', returnTo: null, endedEmail: null });
      },
    }),
    {
      name: SESSION_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({
        session: state.session,
        status: state.status,
        returnTo: state.returnTo,
        endedEmail: state.endedEmail,
      }),
      migrate: (persisted, version) => {
        // Version 0 never shipped; anything unknown starts signed out rather than half-signed-in.
        if (version !== 1) return { session: null, status: 'signed-out', returnTo: null };
        return persisted;
      },
    },
  ),
);

// Keep tabs in step: when another tab signs in, refreshes or signs out, take its state.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === SESSION_STORAGE_KEY) void useSessionStore.persist.rehydrate();
  });
}

export const useSession = () => useSessionStore((s) => s.session);
/** The signed-in user's email; while an ended session waits for sign-in, the email of that user. */
export const useSessionEmail = () =>
  useSessionStore((s) => s.session?.email ?? (s.status === 'ended' ? (s.endedEmail ?? '') : ''));
export const useSessionStatus = () => useSessionStore((s) => s.status);
export const useSessionReturnTo = () => useSessionStore((s) => s.returnTo);
export const useSessionActions = () => ({
  signedIn: useSessionStore((s) => s.signedIn),
  signedOut: useSessionStore((s) => s.signedOut),
});

/** For non-React code (the fetch layer) and tests. */
export const sessionStore = {
  get: () => useSessionStore.getState(),
  subscribe: useSessionStore.subscribe,
  rehydrate: () => useSessionStore.persist.rehydrate(),
  reset: () => {
    useSessionStore.setState({ session: null, status: 'signed-out', returnTo: null, endedEmail: null });
  },
};
