// Phone-number rules and the search keys contacts are stored and looked up by.

/** Contacts and numbers are 10-digit national numbers, digits only. */
export const NATIONAL_NUMBER = /^\d{10}$/;
export const NUMBER_RULE =
  'must be a 10-digit national number such as 8123382823 (digits only: no +1, spaces, dashes or parentheses)';

/** Lower case, accents removed, inner spaces collapsed: "  José  Núñez" → "jose nunez". */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reverses a string of digits (phone numbers only: no surrogate pairs to keep together). */
export function reverse(digits: string): string {
  let out = '';
  for (let i = digits.length - 1; i >= 0; i--) out += digits.charAt(i);
  return out;
}

export interface ContactKeys {
  full_key: string;
  last_key: string;
  number_rev: string;
}

export function contactKeys(firstName: string, lastName: string, number: string): ContactKeys {
  const full = nameKey(`${firstName} ${lastName}`);
  return { full_key: full || number, last_key: nameKey(lastName), number_rev: reverse(number) };
}

export type SearchTerm =
  | { kind: 'digits'; digits: string }
  | { kind: 'name'; key: string }
  | { kind: 'none' };

/**
 * Reads a search box. Something made only of digits and phone punctuation ("+1 (858) 371-5117",
 * "371-5117") is a number search on its digits, a leading country code 1 dropped; anything else
 * is a name search.
 */
export function parseSearch(raw: string | undefined): SearchTerm {
  const text = (raw ?? '').trim();
  if (text === '') return { kind: 'none' };
  if (/^\+?[\d\s().-]+$/.test(text) && /\d/.test(text)) {
    let digits = text.replace(/\D/g, '');
    if (text.startsWith('+1') || (digits.length === 11 && digits.startsWith('1'))) {
      digits = digits.slice(1);
    }
    if (digits !== '') return { kind: 'digits', digits };
  }
  const key = nameKey(text);
  return key === '' ? { kind: 'none' } : { kind: 'name', key };
}

/** The upper bound of a prefix range: every string starting with `prefix` sorts below it. */
export function prefixEnd(prefix: string): string {
  return prefix + '\u{10FFFF}';
}

export interface KeyRange {
  column: 'full_key' | 'last_key' | 'number' | 'number_rev';
  from: string;
  to: string;
}

/**
 * The two index ranges a search reads. Names match a prefix of "first last" or of the last
 * name; digits match the start or the end of the number. The second index of each pair also
 * holds the first column, so "in the second range but not the first" is answered from it alone.
 */
export function searchRanges(term: SearchTerm): readonly [KeyRange, KeyRange] | null {
  if (term.kind === 'none') return null;
  const range = (column: KeyRange['column'], prefix: string): KeyRange => ({ column, from: prefix, to: prefixEnd(prefix) });
  if (term.kind === 'digits') return [range('number', term.digits), range('number_rev', reverse(term.digits))];
  return [range('full_key', term.key), range('last_key', term.key)];
}

/** `column >= ? AND column < ?`; conversations keep the same keys as `contact_<column>`. */
export function rangeSql(range: KeyRange, prefix = ''): string {
  const column = prefix + range.column;
  return `${column} >= ? AND ${column} < ?`;
}

/**
 * SQL answering the (full_key, id) of the contacts in either range, each range read by its own
 * index. With `top`, each range keeps only its first `top` in list order (a bounded sort instead
 * of sorting every match): enough for any page that ends by `top`.
 */
export function matchingContactsSql(
  ranges: readonly [KeyRange, KeyRange],
  companyId: string,
  extra: { sql: string; params: unknown[] } = { sql: '', params: [] },
  top?: number,
): { sql: string; params: unknown[] } {
  const [a, b] = ranges;
  const branch = (r: KeyRange): string => {
    const select = `SELECT full_key, id FROM contacts WHERE company_id = ? AND ${rangeSql(r)}${extra.sql}`;
    return top === undefined ? select : `SELECT * FROM (${select} ORDER BY full_key, id LIMIT ?)`;
  };
  const limit = top === undefined ? [] : [top];
  return {
    sql: `${branch(a)} UNION ${branch(b)}`,
    params: [companyId, a.from, a.to, ...extra.params, ...limit, companyId, b.from, b.to, ...extra.params, ...limit],
  };
}
