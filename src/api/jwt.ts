// Reads (never verifies: the server does that) the claims the app needs from an id_token.
export interface IdTokenClaims {
  exp: number;
  iat?: number;
  given_name?: string;
  family_name?: string;
  emails?: string[];
  sub?: string;
}

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The claims of a JWT, or an explanation of why the text is not one. */
export function readIdToken(token: string): { claims: IdTokenClaims } | { problem: string } {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) {
    return { problem: 'This is not an id_token: it should be three base64url parts separated by dots.' };
  }
  try {
    const claims = decodeSegment(parts[1] ?? '') as Partial<IdTokenClaims>;
    if (typeof claims.exp !== 'number') return { problem: 'This token has no expiry time (exp).' };
    return { claims: claims as IdTokenClaims };
  } catch {
    return { problem: 'This token cannot be read: its middle part is not base64url-encoded JSON.' };
  }
}
