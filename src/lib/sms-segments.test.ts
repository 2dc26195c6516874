import { describe, expect, it } from 'vitest';

import { countSegments, MAX_SEGMENTS } from '@/lib/sms-segments';

const gsm = (n: number) => 'a'.repeat(n);
// Cyrillic is outside GSM-7, one UTF-16 unit per character.
const ucs = (n: number) => 'ж'.repeat(n);

describe('countSegments', () => {
  it('counts nothing for an empty text', () => {
    expect(countSegments('')).toEqual({ encoding: 'GSM-7', segments: 0, remainingInSegment: 160, length: 0 });
  });

  it.each([
    [160, 1, 0],
    [161, 2, 145],
    [306, 2, 0],
    [307, 3, 152],
  ])('GSM-7: %i characters make %i segments with %i left', (n, segments, remaining) => {
    expect(countSegments(gsm(n))).toEqual({ encoding: 'GSM-7', segments, remainingInSegment: remaining, length: n });
  });

  it.each([
    [70, 1, 0],
    [71, 2, 63],
    [134, 2, 0],
    [135, 3, 66],
  ])('UCS-2: %i characters make %i segments with %i left', (n, segments, remaining) => {
    expect(countSegments(ucs(n))).toEqual({ encoding: 'UCS-2', segments, remainingInSegment: remaining, length: n });
  });

  it('keeps GSM-7 for its accented letters and Greek capitals (ú is not one of them)', () => {
    expect(countSegments('ú').encoding).toBe('UCS-2');
    expect(countSegments('Café Ñoño ΔΣ à ü').encoding).toBe('GSM-7');
  });

  it('switches the whole text to UCS-2 for one character outside GSM-7', () => {
    const count = countSegments(`${gsm(100)}ç`); // lower-case ç is not in GSM-7 (only Ç is)
    expect(count).toMatchObject({ encoding: 'UCS-2', segments: 2, length: 101 });
  });

  it('counts extension characters as two septets', () => {
    expect(countSegments('{[€]}')).toMatchObject({ encoding: 'GSM-7', length: 10, remainingInSegment: 150 });
    expect(countSegments('€'.repeat(80))).toMatchObject({ segments: 1, remainingInSegment: 0, length: 160 });
    // 81 euro signs: 76 fill the first segment (152 septets); the 77th would straddle it.
    expect(countSegments('€'.repeat(81))).toMatchObject({ segments: 2, remainingInSegment: 143, length: 162 });
  });

  it('never splits an extension character across segments', () => {
    expect(countSegments(`${gsm(152)}€${gsm(7)}`)).toMatchObject({ segments: 2, remainingInSegment: 144, length: 161 });
  });

  it('counts an emoji as two UTF-16 units and never splits it', () => {
    expect(countSegments('Got it 👍')).toMatchObject({
      encoding: 'UCS-2',
      length: 9,
      segments: 1,
      remainingInSegment: 61,
    });
    expect(countSegments('😀'.repeat(35))).toMatchObject({ segments: 1, remainingInSegment: 0, length: 70 });
    // 33 emoji fill 66 of a segment's 67 units; the 34th moves to the next segment.
    expect(countSegments('😀'.repeat(36))).toMatchObject({ segments: 2, remainingInSegment: 61, length: 72 });
  });

  it('reaches the hard stop past ten segments', () => {
    expect(countSegments(gsm(153 * MAX_SEGMENTS)).segments).toBe(10);
    expect(countSegments(gsm(153 * MAX_SEGMENTS + 1)).segments).toBe(11);
    expect(countSegments(ucs(67 * MAX_SEGMENTS)).segments).toBe(10);
    expect(countSegments(ucs(67 * MAX_SEGMENTS + 1)).segments).toBe(11);
  });
});
