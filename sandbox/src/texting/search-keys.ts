// Phone-number rules and the search keys contacts are stored and looked up by.

/** Contacts and numbers are 10-digit national numbers, digits only. */
export const NATIONAL_NUMBER = /^\d{10}$/;
export const NUMBER_RULE =
  'must be a 10-digit national number such as 8123382823 (digits only: no +1, spaces, dashes or parentheses)';

// Letters that Unicode does not decompose into a base letter and an accent.
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case, accents removed: "José Núñez" → "jose nunez". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c);
}

/** Lower case, accents removed, inner spaces collapsed: "  José  Núñez" → "jose nunez". */
export function nameKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** Reverses a string of digits (phone numbers only: no surrogate pairs to keep together). */
export function reverse(digits: string): string {
  let out = '';
  for (let i = digits.length - 1; i >= 0; i--) out += digits.charAt(i);
  return out;
}

/** The sort keys kept on each contact (the list orders). */
export interface ContactKeys {
  full_key: string;
  last_key: string;
  number_rev: string;
}

export function contactKeys(firstName: string, lastName: string, number: string): ContactKeys {
  const full = nameKey(`${firstName} ${lastName}`);
  return { full_key: full || number, last_key: nameKey(lastName), number_rev: reverse(number) };
}

/** Number keys start with this, so that they never meet the words of a name (which hold no punctuation). */
export const NUMBER_MARK = '#';

/**
 * A search word as stored and as typed: folded, with everything but letters and digits dropped, so
 * "O'Brien" is "obrien" and "<b>Bobby</b>" is "bbobbyb".
 */
function joined(chunk: string): string {
  return chunk.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The words a contact is found by (table contact_words). For each word of the name: the word
 * without punctuation and each of its parts ("o'brien" → obrien, o, brien; "<b>bobby</b>" → bbobbyb,
 * b, bobby); a search word matches the start of one of them. For the number: every suffix of its
 * digits, so that a run of digits anywhere in it is the start of one. A key that starts another of
 * the same contact is left out: it finds nothing the longer one does not.
 */
export function contactWords(firstName: string, lastName: string, number: string): string[] {
  const words = new Set<string>();
  for (const chunk of fold(`${firstName} ${lastName}`).split(/\s+/)) {
    words.add(joined(chunk));
    for (const part of chunk.split(/[^\p{L}\p{N}]+/u)) words.add(part);
  }
  words.delete('');
  const sorted = [...words].sort();
  const names = sorted.filter((word, i) => !(sorted[i + 1]?.startsWith(word) ?? false));
  const digits = Array.from({ length: number.length }, (_, i) => NUMBER_MARK + number.slice(i));
  return [...names, ...digits];
}

/** At most this many words of a search count (the search itself is at most 100 characters). */
export const MAX_SEARCH_WORDS = 8;

export type SearchTerm = { kind: 'digits'; digits: string } | { kind: 'words'; words: string[] } | { kind: 'none' };

/**
 * Reads a search box. Something made only of digits and phone punctuation ("+1 (858) 371-5117",
 * "338-28") is a number search on its digits, a leading country code 1 dropped; anything else is a
 * search by the words of a name, case, accents and punctuation ignored.
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
  const words = [
    ...new Set(
      fold(text)
        .split(/\s+/)
        .map(joined)
        .filter((w) => w !== ''),
    ),
  ].slice(0, MAX_SEARCH_WORDS);
  return words.length === 0 ? { kind: 'none' } : { kind: 'words', words };
}

/** The upper bound of a prefix range: every string starting with `prefix` sorts below it. */
export function prefixEnd(prefix: string): string {
  return prefix + '\u{10FFFF}';
}

/** A row of contact_words: the key, and how many bytes it shares with the contact's key before it. */
export interface ContactWordRow {
  key: string;
  shared: number;
}

/**
 * The contact's words as stored (contactWords). In sorted order, the keys of one contact that start
 * with a search word sit next to each other, so the first of them is the only one sharing fewer bytes
 * (UTF-8, as SQLite stores them) than the search word with the key before it: a search reads each
 * contact once by keeping the rows with `shared <` the word's length, with no de-duplication.
 * `names` is every name key behind a space (" obrien o brien sean"): a row of one search word's range
 * checks the search's other words with instr(), without reading other rows.
 */
export function contactWordRows(
  firstName: string,
  lastName: string,
  number: string,
): { rows: ContactWordRow[]; names: string } {
  const words = contactWords(firstName, lastName, number);
  const keys = words.map((key) => Buffer.from(key)).sort((a, b) => Buffer.compare(a, b));
  const rows = keys.map((key, i) => {
    const before = keys[i - 1];
    let shared = 0;
    if (before) while (shared < key.length && before[shared] === key[shared]) shared++;
    return { key: key.toString(), shared };
  });
  const names = words.filter((word) => !word.startsWith(NUMBER_MARK)).map((word) => ` ${word}`);
  return { rows, names: names.join('') };
}

const RANGE = `SELECT contact_id, full_key, last_key, number FROM contact_words
  WHERE company_id = ? AND key >= ? AND key < ? AND shared < ?`;

/** The params of RANGE: the keys that start with `prefix`, the first of each contact. */
function rangeParams(companyId: string, prefix: string): unknown[] {
  return [companyId, prefix, prefixEnd(prefix), Buffer.byteLength(prefix)];
}

/** The longest runs of digits that contact_number_runs and conversation_number_runs count (migration 012). */
export const MAX_COUNTED_RUN = 2;

/**
 * Whether walking a list in its order, keeping the `matches` of its `rows` that hold a run of digits,
 * is expected to read fewer rows (`wanted` matches in, spread evenly) than the matches are: then the
 * walk finds a page sooner than reading and ordering every match.
 */
export function walkReadsLess(wanted: number, rows: number, matches: number): boolean {
  return (wanted * rows) / Math.max(matches, 1) <= matches;
}

/**
 * SQL answering (contact_id, full_key, last_key, number) of the company's contacts with a word of the
 * name starting with `digits` ("3m") and a number that does not hold them: what a search by digits
 * finds besides the numbers. `talking` keeps only contacts with a conversation.
 */
export function digitNamesSql(
  digits: string,
  companyId: string,
  { talking = false }: { talking?: boolean } = {},
): { sql: string; params: unknown[] } {
  return {
    sql: `${talking ? `${RANGE} AND talks = 1` : RANGE} AND instr(number, ?) = 0`,
    params: [...rangeParams(companyId, digits), digits],
  };
}

/**
 * SQL answering (contact_id, full_key, last_key, number) of the company's contacts that match the
 * search, each once: every word must start one of the contact's words; digits must be a run in its
 * number, or start a word of its name ("3m"). One range of the contact_words index is read, a row per
 * contact (see contactWordRows): the digits', or `drive`'s (by default the longest word, usually the
 * fewest matches), its rows keeping the contacts that also have the other words. `talking` keeps only
 * contacts with a conversation (the inbox search).
 */
export function matchingContactsSql(
  term: Exclude<SearchTerm, { kind: 'none' }>,
  companyId: string,
  { talking = false, drive }: { talking?: boolean; drive?: string } = {},
): { sql: string; params: unknown[] } {
  const range = talking ? `${RANGE} AND talks = 1` : RANGE;
  if (term.kind === 'digits') {
    // A contact whose number holds the digits is among the first range's; the second adds the others.
    const names = digitNamesSql(term.digits, companyId, { talking });
    return {
      sql: `${range} UNION ALL ${names.sql}`,
      params: [...rangeParams(companyId, NUMBER_MARK + term.digits), ...names.params],
    };
  }
  const byLength = [...term.words].sort((a, b) => b.length - a.length);
  const driving = drive !== undefined && term.words.includes(drive) ? drive : byLength[0];
  const [first, ...others] = [driving, ...byLength.filter((word) => word !== driving)];
  if (first === undefined) throw new Error('a search by words has a word');
  return {
    sql: range + others.map(() => ' AND instr(name_words, ?) > 0').join(''),
    params: [...rangeParams(companyId, first), ...others.map((word) => ` ${word}`)],
  };
}
