// The Google Calendar consent round trip: send the browser to Google's consent page and read the outcome
// the callback adds to the return URL (`google=connected|denied|wrong_account`).
import { ssp } from '@/api/clients';
import { safeReturnPath } from '@/lib/safe-return-path';

export type ConsentResult = 'connected' | 'denied' | 'wrong_account';

const RESULTS: readonly ConsentResult[] = ['connected', 'denied', 'wrong_account'];

/** The absolute URL Google's callback sends the browser back to; only paths on this origin. */
export function consentRedirectUri(returnPath: string): string {
  return `${window.location.origin}${safeReturnPath(returnPath)}`;
}

/**
 * Ask the server for the consent URL and leave the app for it. Resolves only if the navigation does
 * not happen (tests); rejects with an ApiError when the URL cannot be had.
 */
export async function startGoogleConsent(returnPath: string): Promise<void> {
  const { data } = await ssp().GET('/meet/app/calendar/get-auth-url', {
    params: { query: { redirect_uri: consentRedirectUri(returnPath) } },
  });
  window.location.assign(data.auth_url);
}

/** The consent outcome in a return URL's query, or null when there is none (or it is not one we know). */
export function readConsentResult(search: URLSearchParams): ConsentResult | null {
  const value = search.get('google');
  return RESULTS.find((result) => result === value) ?? null;
}
