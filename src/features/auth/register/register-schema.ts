// The registration form's rules, matching the auth service's (openapi/auth.yaml RegisterRequest).
import { z } from '@/lib/zod';

/** The guide's registration key for RingPlan's dev service, which the sandbox accepts too. */
export const DEV_REGISTRATION_KEY = 'b6ae17b92f60d3110c2cDsI90!dK5!1P';

export const registerSchema = z.object({
  first_name: z.string().trim().min(1, 'Enter your first name.').max(100, 'Use at most 100 characters.'),
  last_name: z.string().trim().min(1, 'Enter your last name.').max(100, 'Use at most 100 characters.'),
  email: z
    .string()
    .trim()
    .pipe(z.email('Enter an email address such as name@company.com.').max(254, 'Use at most 254 characters.')),
  company: z.string().trim().min(1, "Enter your company's name.").max(200, 'Use at most 200 characters.'),
  key: z.string().trim().min(1, 'Enter the registration key RingPlan gave you.'),
  pwd: z
    .string()
    .max(200, 'Use at most 200 characters.')
    .refine(
      (value) => value === '' || value.length >= 8,
      'Use at least 8 characters, or leave it empty to get a generated password.',
    ),
});

export type RegisterValues = z.infer<typeof registerSchema>;
export type RegisterField = keyof RegisterValues;

export const REGISTER_FIELDS: readonly RegisterField[] = ['first_name', 'last_name', 'email', 'company', 'key', 'pwd'];

export function isRegisterField(field: string): field is RegisterField {
  return (REGISTER_FIELDS as readonly string[]).includes(field);
}
