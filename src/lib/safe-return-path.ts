// Return paths (after sign-in, after Google consent) come from URLs anyone can craft, so only a path on
// this origin is accepted; anything else falls back. This is what keeps them from being open redirects.
export function safeReturnPath(candidate: string | null | undefined, fallback = '/'): string {
  if (!candidate) return fallback;
  let decoded = candidate;
  try {
    // Decode repeatedly: %2F%2Fevil.example must be judged as //evil.example.
    for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(decoded); i += 1) decoded = decodeURIComponent(decoded);
  } catch {
    return fallback;
  }
  // Control characters and backslashes let browsers read a "path" as another host (/\evil.example).
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return fallback;
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return fallback;
  const base = 'https://portal.invalid';
  const url = new URL(decoded, base);
  if (url.origin !== base) return fallback;
  return url.pathname + url.search + url.hash;
}
