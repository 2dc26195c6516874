// The contact form's rules; the number is normalized to the 10 digits the API stores.
import { NAME_MAX } from '@/lib/csv-contacts';
import { normalizeUsNumber } from '@/lib/us-number';
import { z } from '@/lib/zod';

export const contactFormSchema = z.object({
  first_name: z
    .string()
    .trim()
    .min(1, 'Enter a first name.')
    .max(NAME_MAX, `At most ${String(NAME_MAX)} characters.`),
  last_name: z
    .string()
    .trim()
    .max(NAME_MAX, `At most ${String(NAME_MAX)} characters.`),
  number: z
    .string()
    .trim()
    .min(1, 'Enter a phone number.')
    .transform((value, ctx) => {
      const national = normalizeUsNumber(value);
      if (national === null) {
        ctx.addIssue({ code: 'custom', message: 'Enter a valid US phone number, like (858) 371-5117.' });
        return z.NEVER;
      }
      return national;
    }),
});

export type ContactFormInput = z.input<typeof contactFormSchema>;
export type ContactFormOutput = z.output<typeof contactFormSchema>;
