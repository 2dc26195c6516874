import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import {
  contactsToRows,
  EXPORT_UNPARSE_CONFIG,
  findColumns,
  interpretCsv,
  MAX_IMPORT_ROWS,
  problemText,
  summarizeImport,
  type ImportOutcome,
} from '@/lib/csv-contacts';

function parse(text: string) {
  return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
}

function rowsOf(text: string) {
  const result = interpretCsv(parse(text));
  if (!result.ok) throw new Error(result.error);
  return result.rows;
}

describe('findColumns', () => {
  it.each([
    [['first_name', 'last_name', 'number'], { first_name: 0, last_name: 1, number: 2 }],
    [['First Name', 'Last Name', 'Phone'], { first_name: 0, last_name: 1, number: 2 }],
    [['Phone Number', 'FIRST-NAME', 'Surname'], { number: 0, first_name: 1, last_name: 2 }],
    [['Name', 'Mobile'], { full_name: 0, number: 1 }],
    [['firstname', 'lastname', 'tel', 'notes'], { first_name: 0, last_name: 1, number: 2 }],
  ])('finds %j', (header, expected) => {
    expect(findColumns(header)).toEqual(expected);
  });
});

describe('interpretCsv', () => {
  it('reads, validates and normalizes rows', () => {
    const rows = rowsOf('first_name,last_name,number\nMatt,Wiz,+1 (812) 338-2823\nAna,,858.371.5117\n');
    expect(rows).toEqual([
      {
        line: 2,
        first_name: 'Matt',
        last_name: 'Wiz',
        rawNumber: '+1 (812) 338-2823',
        number: '8123382823',
        problem: null,
      },
      { line: 3, first_name: 'Ana', last_name: '', rawNumber: '858.371.5117', number: '8583715117', problem: null },
    ]);
  });

  it('accepts quoted cells with commas and a byte-order mark on the header', () => {
    const rows = rowsOf('\ufeff"First Name","Last Name","Phone"\n"Ana, Jr.","Silva","1-858-555-0145"\n');
    expect(rows[0]).toMatchObject({ first_name: 'Ana, Jr.', last_name: 'Silva', number: '8585550145', problem: null });
  });

  it('splits a single name column at the first space', () => {
    const rows = rowsOf('Name,Phone\nMary Ann Lee,8585550145\nCher,8585550146\n');
    expect(rows.map((r) => [r.first_name, r.last_name])).toEqual([
      ['Mary', 'Ann Lee'],
      ['Cher', ''],
    ]);
  });

  it('marks a missing first name, a missing number and a bad number', () => {
    const rows = rowsOf(
      'first_name,last_name,number\n,Wiz,8123382823\nAna,,\nBo,,12345\nCy,,858-ABC-1234\nDi,,+44 20 7946 0958\n',
    );
    expect(rows.map((r) => r.problem)).toEqual([
      { kind: 'missing-first-name' },
      { kind: 'missing-number' },
      { kind: 'bad-number', value: '12345' },
      { kind: 'bad-number', value: '858-ABC-1234' },
      { kind: 'bad-number', value: '+44 20 7946 0958' },
    ]);
    expect(problemText(rows[2]!.problem!)).toBe('"12345" is not a valid US phone number');
  });

  it('marks a name over 100 characters', () => {
    const rows = rowsOf(`first_name,number\n${'a'.repeat(101)},8123382823\n`);
    expect(rows[0]!.problem).toEqual({ kind: 'name-too-long' });
  });

  it('marks later rows with the same number, however it is written, as duplicates of the first', () => {
    const rows = rowsOf('first_name,number\nA,8123382823\nB,+1 (812) 338-2823\nC,812.338.2823\nD,8585550145\n');
    expect(rows.map((r) => r.problem)).toEqual([
      null,
      { kind: 'duplicate', ofLine: 2 },
      { kind: 'duplicate', ofLine: 2 },
      null,
    ]);
    expect(problemText(rows[1]!.problem!)).toBe('Same number as line 2');
  });

  it('does not let an invalid row claim a number', () => {
    const rows = rowsOf('first_name,number\n,8123382823\nB,8123382823\n');
    expect(rows.map((r) => r.problem)).toEqual([{ kind: 'missing-first-name' }, null]);
  });

  it('skips blank lines but keeps file line numbers', () => {
    const rows = interpretCsv([
      ['first_name', 'number'],
      ['', ''],
      ['A', '8123382823'],
    ]);
    expect(rows.ok && rows.rows[0]!.line).toBe(3);
  });

  it.each([
    ['', 'The file is empty.'],
    ['first_name,last_name\nA,B\n', 'The first row must name the columns'],
    ['email,phone\na@b.c,8123382823\n', 'The first row must name the columns'],
    ['first_name,number\n', 'no contacts'],
  ])('refuses %j', (text, message) => {
    const result = interpretCsv(parse(text));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('refuses more rows than one import takes', () => {
    const rows = [['first_name', 'number'], ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ['A', '8123382823'])];
    const result = interpretCsv(rows);
    expect(!result.ok && result.error).toContain(`at most ${String(MAX_IMPORT_ROWS)}`);
  });
});

describe('summarizeImport', () => {
  it('counts imported, skipped (invalid, duplicate, already a contact) and failed rows', () => {
    const rows = rowsOf(
      'first_name,number\nA,8123382823\nB,8123382823\n,8585550145\nC,8585550146\nD,8585550147\nE,8585550148\n',
    );
    const outcomes = new Map<number, ImportOutcome>([
      [2, { kind: 'imported' }],
      [5, { kind: 'existing', name: 'Matt Wiz' }],
      [6, { kind: 'failed', reason: 'The service could not be reached.' }],
    ]);
    expect(summarizeImport(rows, outcomes)).toEqual({
      imported: 1,
      skipped: [
        { line: 3, reason: 'Same number as line 2' },
        { line: 4, reason: 'First name is missing' },
        { line: 5, reason: 'Already a contact: Matt Wiz' },
      ],
      failed: [{ line: 6, reason: 'The service could not be reached.' }],
      pending: 1,
    });
  });
});

describe('contactsToRows', () => {
  it('writes what import reads back: awkward names, formulas and all', () => {
    const contacts = [
      { first_name: 'Zoë', last_name: 'O\'Brien, "Jr"', number: '8585550101' },
      { first_name: '=HYPERLINK("http://x")', last_name: '+1', number: '8585550102' },
      { first_name: 'Two', last_name: 'lines\nhere', number: '8585550103' },
      { first_name: 'No', last_name: '', number: '8585550104' },
    ];
    const text = Papa.unparse(contactsToRows(contacts), EXPORT_UNPARSE_CONFIG);
    expect(text.split('\r\n')[0]).toBe('first_name,last_name,number');
    // A spreadsheet opening the file sees text, not a formula.
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(
      rowsOf(text).map(({ first_name, last_name, number, problem }) => ({ first_name, last_name, number, problem })),
    ).toEqual(contacts.map((c) => ({ ...c, problem: null })));
  });
});
