// The limits on the public room calls: meeting-password guesses (per meeting across all clients,
// and per meeting and client with growing waits) and look-ups of meetings by id (per client).
//
// A guess is reserved (counted as wrong) in one transaction BEFORE its slow scrypt check, and judged
// against the limits then: parallel guesses cannot all pass a check made before any of them counted.
// A right guess gives its reservation back; it clears no one's count, its own client's included.
import type { SandboxDeps } from '../context.js';

/** Wrong guesses a client may make at one meeting before a lock. */
export const GUESSES_PER_CLIENT = 5;
/** Each next lock of the same client on the same meeting waits longer (minutes 5, 10, 20, 40, 60…). */
export const LOCK_SECONDS = [300, 600, 1200, 2400, 3600] as const;
/** Wrong guesses at one meeting from all clients together, in any hour. */
export const GUESSES_PER_MEETING_HOUR = 20;
/** Look-ups of meetings by id (GET /meet/rooms/{id} and joins) per client and minute. */
export const LOOKUPS_PER_MINUTE = 60;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A guess still being checked counts this long (a crash mid-check must not hold a lock forever). */
const PENDING_MS = 60_000;
const COUNTS = `(wrong = 1 OR at_ms > ?)`;

interface LockRow {
  locked_until: number;
  lockouts: number;
}

export type Verdict = { ok: true } | { ok: false; retryAfter: number };

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

export class RoomGuesses {
  constructor(private readonly deps: SandboxDeps) {}

  private lock(meetingId: string, ip: string): LockRow | undefined {
    return this.deps.db
      .prepare('SELECT locked_until, lockouts FROM room_locks WHERE meeting_id = ? AND client_ip = ?')
      .get(meetingId, ip) as LockRow | undefined;
  }

  /** Seconds until the meeting takes guesses again from anyone; 0 when it does. */
  private meetingWait(meetingId: string, now: number): number {
    // The guess whose leaving the hour brings the count under the limit.
    const row = this.deps.db
      .prepare(
        `SELECT at_ms FROM room_guesses WHERE meeting_id = ? AND at_ms > ? AND ${COUNTS}
                ORDER BY at_ms DESC LIMIT 1 OFFSET ?`,
      )
      .get(meetingId, now - HOUR, now - PENDING_MS, GUESSES_PER_MEETING_HOUR - 1) as { at_ms: number } | undefined;
    return row ? seconds(row.at_ms + HOUR - now) : 0;
  }

  /**
   * Guesses of this client that count (wrong ones, and with `pending` those still being checked):
   * in the last hour and since its last lock ended.
   */
  private clientCount(meetingId: string, ip: string, now: number, lock: LockRow | undefined, pending: boolean): number {
    const since = Math.max(now - HOUR, lock?.locked_until ?? 0);
    const row = this.deps.db
      .prepare(
        `SELECT count(*) AS n FROM room_guesses WHERE meeting_id = ? AND client_ip = ? AND at_ms >= ? AND ${COUNTS}`,
      )
      .get(meetingId, ip, since, pending ? now - PENDING_MS : Number.MAX_SAFE_INTEGER) as { n: number };
    return row.n;
  }

  /** The next lock's length: the lock count is forgotten a day after the last lock ended. */
  private nextLockSeconds(lock: LockRow | undefined, now: number): { seconds: number; lockouts: number } {
    const lockouts = lock && lock.locked_until > now - DAY ? lock.lockouts : 0;
    return { seconds: LOCK_SECONDS[Math.min(lockouts, LOCK_SECONDS.length - 1)] ?? 3600, lockouts: lockouts + 1 };
  }

  /** Reserves one guess, or says how long to wait. One immediate transaction: count, then insert. */
  reserve(meetingId: string, ip: string): { ok: true; id: number } | { ok: false; retryAfter: number } {
    const now = this.deps.now().getTime();
    return this.deps.db
      .transaction(() => {
        this.deps.db.prepare('DELETE FROM room_guesses WHERE meeting_id = ? AND at_ms <= ?').run(meetingId, now - HOUR);
        const lock = this.lock(meetingId, ip);
        if (lock && lock.locked_until > now)
          return { ok: false as const, retryAfter: seconds(lock.locked_until - now) };
        const meetingWait = this.meetingWait(meetingId, now);
        if (meetingWait > 0) return { ok: false as const, retryAfter: meetingWait };
        // The client's last tries are still being checked: if they are wrong, the lock follows.
        if (this.clientCount(meetingId, ip, now, lock, true) >= GUESSES_PER_CLIENT) {
          return { ok: false as const, retryAfter: this.nextLockSeconds(lock, now).seconds };
        }
        const id = this.deps.db
          .prepare('INSERT INTO room_guesses (meeting_id, client_ip, at_ms) VALUES (?, ?, ?)')
          .run(meetingId, ip, now).lastInsertRowid;
        return { ok: true as const, id: Number(id) };
      })
      .immediate();
  }

  /** The right password: the reservation is given back. */
  right(id: number): void {
    this.deps.db.prepare('DELETE FROM room_guesses WHERE id = ?').run(id);
  }

  /** A wrong password: counted; locks the client (or says the meeting is locked) when it was the last try. */
  wrong(id: number, meetingId: string, ip: string): { attemptsLeft: number } | { retryAfter: number } {
    const now = this.deps.now().getTime();
    return this.deps.db
      .transaction(() => {
        this.deps.db.prepare('UPDATE room_guesses SET wrong = 1 WHERE id = ?').run(id);
        const lock = this.lock(meetingId, ip);
        if (lock && lock.locked_until > now) return { retryAfter: seconds(lock.locked_until - now) };
        const wrongs = this.clientCount(meetingId, ip, now, lock, false);
        if (wrongs >= GUESSES_PER_CLIENT) {
          const next = this.nextLockSeconds(lock, now);
          this.deps.db
            .prepare(
              `INSERT INTO room_locks (meeting_id, client_ip, locked_until, lockouts) VALUES (?, ?, ?, ?)
                    ON CONFLICT (meeting_id, client_ip) DO UPDATE SET locked_until = excluded.locked_until, lockouts = excluded.lockouts`,
            )
            .run(meetingId, ip, now + next.seconds * 1000, next.lockouts);
          return { retryAfter: next.seconds };
        }
        const meetingWait = this.meetingWait(meetingId, now);
        if (meetingWait > 0) return { retryAfter: meetingWait };
        return { attemptsLeft: GUESSES_PER_CLIENT - wrongs };
      })
      .immediate();
  }
}

/** Look-ups per client: a bucket of LOOKUPS_PER_MINUTE that refills one a second. In memory. */
export class LookupLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => Date) {}

  /** Takes one look-up; answers the seconds to wait when the client has none left. */
  take(ip: string): number {
    const now = this.now().getTime();
    const perMs = LOOKUPS_PER_MINUTE / 60_000;
    const bucket = this.buckets.get(ip) ?? { tokens: LOOKUPS_PER_MINUTE, at: now };
    bucket.tokens = Math.min(LOOKUPS_PER_MINUTE, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
    bucket.at = now;
    if (!this.buckets.has(ip) && this.buckets.size >= 10_000) this.forgetFull(now);
    this.buckets.set(ip, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return seconds((1 - bucket.tokens) / perMs);
  }

  private forgetFull(now: number): void {
    for (const [ip, b] of this.buckets)
      if (b.tokens + (now - b.at) * (LOOKUPS_PER_MINUTE / 60_000) >= LOOKUPS_PER_MINUTE) this.buckets.delete(ip);
  }
}
