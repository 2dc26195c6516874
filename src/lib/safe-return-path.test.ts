import { describe, expect, it } from 'vitest';

import { safeReturnPath } from '@/lib/safe-return-path';

describe('safeReturnPath', () => {
  it.each([
    ['/texting/5f9aca67660b1197e693295f', '/texting/5f9aca67660b1197e693295f'],
    ['/meet?tab=history&page=2', '/meet?tab=history&page=2'],
    ['/contacts#new', '/contacts#new'],
    ['%2Fmeet%3Ftab%3Dscheduled', '/meet?tab=scheduled'],
    ['/./meet', '/meet'],
    ['/texting/../contacts', '/contacts'],
    ['/texting//5f9a', '/texting//5f9a'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    'https://evil.example',
    'https://evil.example/texting',
    '//evil.example',
    '//evil.example/texting',
    '/\\evil.example',
    '\\\\evil.example',
    'https:evil.example',
    'javascript:alert(1)',
    '%2F%2Fevil.example',
    '/.//evil.example',
    '/./\\/evil.example',
    '/..//evil.example',
    '/a/..//evil.example',
    '/texting/../..//evil.example',
    '/%2e//evil.example',
    '/%2E%2E//evil.example',
    '/.%2F/evil.example',
    '/%2e%2f%2fevil.example',
    '/%252e%252f%252fevil.example',
    '///evil.example',
    '/.///evil.example',
    '/ /evil.example'.replace(' ', '\u0000'),
    '%2525252F%2525252Fevil.example',
    '%252F%252Fevil.example',
    'https%3A%2F%2Fevil.example',
    '/%5Cevil.example',
    '/\tevil',
    'texting',
    '',
    null,
    undefined,
  ])('refuses %s and falls back', (input) => {
    expect(safeReturnPath(input, '/texting')).toBe('/texting');
  });
});
