import { describe, expect, it } from 'vitest';

import { consentRedirectUri, readConsentResult } from '@/api/google-consent';

describe('readConsentResult', () => {
  it('reads the three outcomes the callback adds to the return URL', () => {
    expect(readConsentResult(new URLSearchParams('tab=scheduled&google=connected'))).toBe('connected');
    expect(readConsentResult(new URLSearchParams('google=denied'))).toBe('denied');
    expect(readConsentResult(new URLSearchParams('google=wrong_account'))).toBe('wrong_account');
  });

  it('ignores anything else', () => {
    expect(readConsentResult(new URLSearchParams('tab=scheduled'))).toBeNull();
    expect(readConsentResult(new URLSearchParams('google=<script>'))).toBeNull();
  });
});

describe('consentRedirectUri', () => {
  it('comes back to a path on this origin only', () => {
    expect(consentRedirectUri('/meet?tab=scheduled')).toBe(`${window.location.origin}/meet?tab=scheduled`);
    expect(consentRedirectUri('//evil.example/x')).toBe(`${window.location.origin}/`);
    expect(consentRedirectUri('https://evil.example')).toBe(`${window.location.origin}/`);
  });
});
