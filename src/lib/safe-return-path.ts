// Return paths (after sign-in, after Google consent) come from URLs anyone can craft, so only a path on
// this origin is accepted; anything else falls back. This is what keeps them from being open redirects.
// The candidate is normalised first (decoded, dot segments resolved) and the result is what is checked:
// `/.//evil.example` is `//evil.example` once the browser resolves it.
const BASE = 'https://portal.invalid';

function sameOriginPath(path: string): string | null {
  // Control characters and backslashes let browsers read a "path" as another host (/\evil.example).
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(path) || !path.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(path, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.pathname.startsWith('//')) return null;
  return url.pathname + url.search + url.hash;
}

export function safeReturnPath(candidate: string | null | undefined, fallback = '/'): string {
  if (!candidate) return fallback;
  let decoded = candidate;
  try {
    // Decode repeatedly: %2F%2Fevil.example must be judged as //evil.example.
    for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(decoded); i += 1) decoded = decodeURIComponent(decoded);
  } catch {
    return fallback;
  }
  if (/%[0-9a-f]{2}/i.test(decoded)) return fallback;
  const normalised = sameOriginPath(decoded);
  // The normalised path must itself be a fixed point: read again, it is the same same-origin path.
  if (normalised === null || sameOriginPath(normalised) !== normalised) return fallback;
  return normalised;
}
