// US phone numbers as the API stores them (10-digit national numbers) and as people type and read them.
// Validating a typed number needs libphonenumber's metadata (29 KB gz); that lives in us-number.ts, so
// pages that only show numbers don't download it.

/** Characters people put in phone numbers; anything else (letters, "ext", "#") is refused. */
export const PHONE_CHARS = /^[\d\s+().\-\u00a0]+$/;

/** "(858) 371-5117" for a 10-digit national number; anything else comes back as it was. */
export function formatNumber(national: string): string {
  const match = /^(\d{3})(\d{3})(\d{4})$/.exec(national);
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : national;
}

/** True when a search text is made of phone-number characters (and has at least one digit). */
export function looksLikeNumber(input: string): boolean {
  const trimmed = input.trim();
  return /\d/.test(trimmed) && PHONE_CHARS.test(trimmed);
}

/**
 * The digits to search stored numbers with: "+1 858-371" → "858371", "1 (858) 371-5117" →
 * "8583715117". The leading 1 is a country code only after "+" or when it makes 11 digits.
 */
export function searchDigits(input: string): string {
  const trimmed = input.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+1')) return digits.slice(1);
  if (digits.length === 11 && digits.startsWith('1')) return digits.slice(1);
  return digits;
}
