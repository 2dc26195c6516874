import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { codeChallengeFor, createCodeVerifier, randomUrlSafe, sameState } from '@/features/auth/hosted-sign-in/pkce';

describe('PKCE', () => {
  it('makes the challenge BASE64URL(SHA-256(verifier)), checked against an independent SHA-256', async () => {
    for (const verifier of [
      'dBjftJeZ4CVP-mJ0kzyFhSZuXjO4CWHXl8c4Ie7IvXE',
      createCodeVerifier(),
      createCodeVerifier(),
    ]) {
      const expected = createHash('sha256').update(verifier, 'ascii').digest('base64url');
      await expect(codeChallengeFor(verifier)).resolves.toBe(expected);
    }
    // A fixed vector, so a change of encoding (padding, +/ instead of -_) cannot slip through.
    await expect(codeChallengeFor('dBjftJeZ4CVP-mJ0kzyFhSZuXjO4CWHXl8c4Ie7IvXE')).resolves.toBe(
      'aUu9N7GMn7Lp_Yhx8qBM8vhsdo9SIJRztag3Mdre5Ek',
    );
  });

  it('makes verifiers of 43 unreserved characters, different every time', () => {
    const verifiers = new Set(Array.from({ length: 50 }, () => createCodeVerifier()));
    expect(verifiers.size).toBe(50);
    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('makes challenges the auth service accepts (43 base64url characters, no padding)', async () => {
    expect(await codeChallengeFor(createCodeVerifier())).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('makes random states long enough for the service', () => {
    expect(randomUrlSafe(32).length).toBeGreaterThanOrEqual(43);
    expect(randomUrlSafe()).not.toBe(randomUrlSafe());
  });

  it('accepts only the exact state', () => {
    expect(sameState('abcdefghijklmnop', 'abcdefghijklmnop')).toBe(true);
    expect(sameState('abcdefghijklmnop', 'abcdefghijklmnoq')).toBe(false);
    expect(sameState('abcdefghijklmnop', 'abcdefghijklmno')).toBe(false);
    expect(sameState('', '')).toBe(false);
  });
});
