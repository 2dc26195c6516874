import { describe, expect, it } from 'vitest';

import { safeHttpUrl } from '@/lib/safe-url';

describe('safeHttpUrl', () => {
  it.each([
    [
      'https://ssp-backend.dev.ringplan.com/texting/files/1/content?k=abc',
      'https://ssp-backend.dev.ringplan.com/texting/files/1/content?k=abc',
    ],
    ['http://localhost:4010/meet-room/130725076?jwt=x', 'http://localhost:4010/meet-room/130725076?jwt=x'],
    ['HTTPS://Example.com/a', 'https://example.com/a'],
  ])('keeps the http(s) URL %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/x',
    '',
    null,
    undefined,
  ])('refuses %s', (input) => {
    expect(safeHttpUrl(input)).toBeUndefined();
  });
});
