// The Google Calendar credentials a user's consent left with RingPlan (the sandbox keeps a hash only).
import { randomToken, sha256 } from '../auth/passwords.js';

import type { SandboxDeps } from '../context.js';

export function hasGoogleCredentials(deps: SandboxDeps, userId: string): boolean {
  return !!deps.db.prepare('SELECT 1 FROM google_credentials WHERE user_id = ?').get(userId);
}

export function saveGoogleCredentials(deps: SandboxDeps, userId: string, googleEmail: string): void {
  deps.db
    .prepare(
      `INSERT INTO google_credentials (user_id, google_email, refresh_token_hash, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET google_email = excluded.google_email,
         refresh_token_hash = excluded.refresh_token_hash, created_at = excluded.created_at`,
    )
    .run(userId, googleEmail, sha256(randomToken()), deps.now().getTime());
}
