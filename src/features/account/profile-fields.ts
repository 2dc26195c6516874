// The profile form's fields: their names and starting values. Light on purpose: the rules that check
// them (profile-schema.ts) download after the page.
import type { User } from '@/api/me-query';
import type { ProfileInput } from '@/features/account/profile-schema';
import { formatNumber } from '@/lib/phone';
import { browserTimeZone, isValidTimeZone } from '@/lib/time-zones';

export type ProfileField = keyof ProfileInput;

export function isProfileField(field: string): field is ProfileField {
  return field === 'first_name' || field === 'last_name' || field === 'mobile' || field === 'timezone';
}

/** The form's starting values; a profile without a zone starts at the browser's. */
export function profileDefaults(user: User): ProfileInput {
  return {
    first_name: user.first_name,
    last_name: user.last_name,
    mobile: user.mobile ? formatNumber(user.mobile) : '',
    timezone: user.timezone && isValidTimeZone(user.timezone) ? user.timezone : browserTimeZone(),
  };
}
