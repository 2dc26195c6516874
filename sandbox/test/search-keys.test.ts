import { describe, expect, it } from 'vitest';

import { contactWordRows, contactWords, parseSearch } from '../src/texting/search-keys.js';

describe('contactWords', () => {
  it('keeps each word whole and in parts, folded, leaving out keys another key starts with', () => {
    expect(contactWords('Seán', "O'Brien", '8123382823').filter((k) => !k.startsWith('#'))).toEqual([
      'brien',
      'obrien',
      'sean',
    ]);
    expect(contactWords('Robert', '<b>Bobby</b> Tables', '8123382823').filter((k) => !k.startsWith('#'))).toEqual([
      'bbobbyb',
      'bobby',
      'robert',
      'tables',
    ]);
    expect(contactWords('Ærø', 'Straße', '8123382823').filter((k) => !k.startsWith('#'))).toEqual(['aero', 'strasse']);
  });

  it('keeps every suffix of the number, so any run of digits starts one', () => {
    const digits = contactWords('', '', '8123382823');
    expect(digits).toHaveLength(10);
    expect(digits[0]).toBe('#8123382823');
    expect(digits.some((k) => k.startsWith('#33828'))).toBe(true);
  });
});

describe('contactWordRows', () => {
  // A search reads the rows whose key starts with its word and shares fewer bytes than the word with
  // the key before it: each contact that has a key starting with the word must be read exactly once.
  const contacts: [string, string, string][] = [
    ['Garcia', 'Garner Gar', '5165551234'],
    ['Seán', "O'Brien-O'Neil", '5555555555'],
    ['Ивана', 'Иванова Ив', '2000000000'],
    ['\u{20000}a', '\u{20000}b \u{FA0E}c', '2000000001'],
  ];
  it('lets a search word read each contact that has it exactly once', () => {
    for (const [first, last, number] of contacts) {
      const { rows } = contactWordRows(first, last, number);
      expect(rows.map((r) => r.key).sort()).toEqual(contactWords(first, last, number).sort());
      const prefixes = new Set(
        rows.flatMap((r) =>
          Array.from(r.key, (_, i) =>
            Array.from(r.key)
              .slice(0, i + 1)
              .join(''),
          ),
        ),
      );
      for (const prefix of prefixes) {
        const read = rows.filter((r) => r.key.startsWith(prefix) && r.shared < Buffer.byteLength(prefix));
        expect(read, `${first} ${last} ${number}: ${prefix}`).toHaveLength(1);
      }
    }
  });

  it('lists the name keys behind spaces, without the number', () => {
    expect(contactWordRows('Seán', "O'Brien", '8123382823').names).toBe(' brien obrien sean');
  });
});

describe('parseSearch', () => {
  it('reads digits and phone punctuation as a number search, without a leading +1', () => {
    expect(parseSearch('338-28')).toEqual({ kind: 'digits', digits: '33828' });
    expect(parseSearch('+1 (858) 371')).toEqual({ kind: 'digits', digits: '858371' });
    expect(parseSearch('1-858-371-5117')).toEqual({ kind: 'digits', digits: '8583715117' });
  });

  it('reads anything else as words, folded and without punctuation', () => {
    expect(parseSearch("  O'Brien  SEÁN ")).toEqual({ kind: 'words', words: ['obrien', 'sean'] });
    expect(parseSearch('<b>Bobby</b>')).toEqual({ kind: 'words', words: ['bbobbyb'] });
    expect(parseSearch(' - ')).toEqual({ kind: 'none' });
    expect(parseSearch('a b c d e f g h i j')).toMatchObject({ words: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] });
  });
});
