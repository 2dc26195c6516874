// The profile form's rules: names as the server takes them, a US mobile number (validated by
// libphonenumber-js) or nothing, and a time zone the browser knows. With the number library this is
// ~40 KB gz: the form loads it once the page is up (profile-form.tsx), not with the page.
import { zodResolver } from '@hookform/resolvers/zod';

import type { User } from '@/api/me-query';
import type { UserPatch } from '@/features/account/account-api';
import { isValidTimeZone } from '@/lib/time-zones';
import { normalizeUsNumber } from '@/lib/us-number';
import { z } from '@/lib/zod';

export const profileSchema = z.object({
  first_name: z.string().trim().min(1, 'Enter your first name.').max(100, 'Use at most 100 characters.'),
  last_name: z.string().trim().min(1, 'Enter your last name.').max(100, 'Use at most 100 characters.'),
  mobile: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || normalizeUsNumber(value) !== null,
      'Enter a US mobile number such as (858) 371-5117, or leave it empty.',
    ),
  timezone: z
    .string()
    .nullable()
    .refine((value): value is string => value !== null && isValidTimeZone(value), 'Choose your time zone.'),
});

export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileValues = z.output<typeof profileSchema>;

export const profileResolver = zodResolver(profileSchema);

/** Only what differs from the stored profile, in the API's shape. */
export function profilePatch(user: User, values: ProfileValues): UserPatch {
  const patch: UserPatch = {};
  if (values.first_name !== user.first_name) patch.first_name = values.first_name;
  if (values.last_name !== user.last_name) patch.last_name = values.last_name;
  const mobile = values.mobile === '' ? null : normalizeUsNumber(values.mobile);
  if (mobile !== (user.mobile ?? null)) patch.mobile = mobile;
  if (values.timezone !== user.timezone) patch.timezone = values.timezone;
  return patch;
}
