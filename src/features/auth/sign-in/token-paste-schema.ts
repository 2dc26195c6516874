// What a pasted token pair must look like before the app accepts it (the server checks signatures).
import { readIdToken } from '@/api/jwt';
import { z } from '@/lib/zod';

/** Copying from the JSON of /show-token easily brings quotes, a trailing comma or line breaks along. */
export function cleanPastedToken(value: string): string {
  return value
    .trim()
    .replace(/,$/, '')
    .replace(/^"(.*)"$/s, '$1')
    .replace(/\s+/g, '');
}

function looksLikeTokenDocument(value: string): boolean {
  return value.trim().startsWith('{');
}

export function tokenPasteSchema(now: () => number = Date.now) {
  return z.object({
    idToken: z.string().superRefine((raw, ctx) => {
      if (raw.trim() === '') {
        ctx.addIssue({ code: 'custom', message: 'Paste the id_token from the show-token page.' });
        return;
      }
      if (looksLikeTokenDocument(raw)) {
        ctx.addIssue({
          code: 'custom',
          message: 'This is the whole token document. Paste only the value of "id_token" (it starts with eyJ).',
        });
        return;
      }
      const read = readIdToken(cleanPastedToken(raw));
      if ('problem' in read) {
        ctx.addIssue({ code: 'custom', message: read.problem });
        return;
      }
      const expiresAt = read.claims.exp * 1000;
      if (expiresAt <= now()) {
        const when = new Date(expiresAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
        ctx.addIssue({
          code: 'custom',
          message: `This id_token expired on ${when}. Open the show-token page again and copy a fresh one.`,
        });
      }
    }),
    refreshToken: z.string().superRefine((raw, ctx) => {
      const value = cleanPastedToken(raw);
      if (value === '') {
        ctx.addIssue({ code: 'custom', message: 'Paste the refresh_token from the show-token page.' });
      } else if (looksLikeTokenDocument(raw)) {
        ctx.addIssue({
          code: 'custom',
          message: 'This is the whole token document. Paste only the value of "refresh_token".',
        });
      } else if (value.length < 16) {
        ctx.addIssue({ code: 'custom', message: 'This refresh_token is too short: copy the whole value.' });
      }
    }),
  });
}

export type TokenPasteValues = z.infer<ReturnType<typeof tokenPasteSchema>>;
