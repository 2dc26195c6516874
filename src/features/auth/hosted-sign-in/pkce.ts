// PKCE (RFC 7636, S256) and the `state` value of the hosted sign-in, made with the Web Crypto API.

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random URL-safe string carrying `byteLength` random bytes (32 bytes → 43 characters). */
export function randomUrlSafe(byteLength = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(byteLength)));
}

/** A code verifier: 43 characters from the unreserved set, 256 bits of randomness. */
export function createCodeVerifier(): string {
  return randomUrlSafe(32);
}

/** BASE64URL(SHA-256(ASCII(verifier))), without padding: what the server checks the verifier against. */
export async function codeChallengeFor(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Compares two strings in time independent of where they first differ. */
export function sameState(expected: string, received: string): boolean {
  if (expected.length !== received.length || expected.length === 0) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i += 1) difference |= expected.charCodeAt(i) ^ received.charCodeAt(i);
  return difference === 0;
}
