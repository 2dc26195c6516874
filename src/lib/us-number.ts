// Validating a typed US number with libphonenumber (its metadata is 29 KB gz): loaded by the forms that
// take numbers, not by the pages that only show them.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

import { PHONE_CHARS } from '@/lib/phone';

/**
 * The 10-digit national number the API uses, or null when the input is not a valid North American
 * number: letters, wrong lengths, another country code or an area code libphonenumber rejects.
 * Accepts "+1 (858) 371-5117", "858.371.5117", "1-858-371-5117", "8583715117".
 */
export function normalizeUsNumber(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || !PHONE_CHARS.test(trimmed)) return null;
  // A "+" only makes sense at the start.
  if (trimmed.lastIndexOf('+') > 0) return null;
  const parsed = parsePhoneNumberFromString(trimmed, 'US');
  if (!parsed || parsed.countryCallingCode !== '1' || !parsed.isValid()) return null;
  const national: string = parsed.nationalNumber;
  return /^\d{10}$/.test(national) ? national : null;
}
