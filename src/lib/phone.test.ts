import { describe, expect, it } from 'vitest';

import { formatNumber, looksLikeNumber, searchDigits } from '@/lib/phone';
import { normalizeUsNumber } from '@/lib/us-number';

describe('normalizeUsNumber', () => {
  it.each([
    ['8583715117', '8583715117'],
    ['+1 (858) 371-5117', '8583715117'],
    ['858.371.5117', '8583715117'],
    ['1-858-371-5117', '8583715117'],
    ['+18583715117', '8583715117'],
    ['18583715117', '8583715117'],
    ['(858) 371 5117', '8583715117'],
    ['  858 371 5117  ', '8583715117'],
    ['+1 812 338 2823', '8123382823'],
    ['202-555-0100', '2025550100'],
    ['+1\u00a0858\u00a0371\u00a05117', '8583715117'],
  ])('normalizes %s', (input, expected) => {
    expect(normalizeUsNumber(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['858-ABC-5117', 'letters'],
    ['abc8583715117', 'leading letters'],
    ['8583715117x', 'trailing letter'],
    ['858 371 5117 ext 4', 'an extension'],
    ['858371511', 'nine digits'],
    ['85837151177', 'eleven digits not starting with 1'],
    ['285837151177', 'twelve digits'],
    ['+44 20 7946 0958', 'a UK number'],
    ['+33 1 42 68 53 00', 'a French number'],
    ['1235550100', 'area code starting with 1'],
    ['0585550100', 'area code starting with 0'],
    ['9115550100', 'an N11 area code'],
    ['5550000000', 'area code 555'],
    ['2021234567', 'exchange starting with 1'],
    ['858+3715117', 'a plus in the middle'],
    ['#8583715117', 'a hash'],
  ])('refuses %s (%s)', (input) => {
    expect(normalizeUsNumber(input)).toBeNull();
  });
});

describe('formatNumber', () => {
  it('formats a 10-digit national number', () => {
    expect(formatNumber('8583715117')).toBe('(858) 371-5117');
  });

  it.each(['858371511', '+18583715117', 'unknown', ''])('gives %s back as it was', (input) => {
    expect(formatNumber(input)).toBe(input);
  });
});

describe('searchDigits', () => {
  it.each([
    ['+1 858-371', '858371'],
    ['+1 (858) 371-5117', '8583715117'],
    ['1-858-371-5117', '8583715117'],
    ['18583715117', '8583715117'],
    ['(858) 371', '858371'],
    ['858.371.5117', '8583715117'],
    ['1858', '1858'],
    ['5117', '5117'],
    [' 858 ', '858'],
  ])('searches %s as %s', (input, expected) => {
    expect(searchDigits(input)).toBe(expected);
  });
});

describe('looksLikeNumber', () => {
  it.each(['858', '+1 (858)', '858-371', ' 858.371 '])('treats %s as a number', (input) => {
    expect(looksLikeNumber(input)).toBe(true);
  });

  it.each(['Matt', 'Matt 858', '', '+-()', 'Robert <b>'])('treats %s as text', (input) => {
    expect(looksLikeNumber(input)).toBe(false);
  });
});
