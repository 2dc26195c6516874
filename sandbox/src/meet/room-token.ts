// HS256 tokens that let someone into a meeting room, as the guide's token_for_meet.
import { randomUUID } from 'node:crypto';

import { jwtVerify, SignJWT } from 'jose';

import { signingKeys } from '../auth/keys.js';

import type { SandboxDeps } from '../context.js';

const ISSUER = 'meeting-service';
const AUDIENCE = 'ringplan-meet';
const DAY = 86_400;

export interface TokenForMeet {
  exp: number;
  iat: number;
  link_on_meet_with_token: string;
  room: string;
  token: string;
}

export function roomUrl(deps: SandboxDeps, meetingId: string): string {
  return `${deps.config.publicUrl}/meet-room/${meetingId}`;
}

/** A room token valid until a day after the meeting ends (or a day from now). */
export async function tokenForMeet(
  deps: SandboxDeps,
  input: { meetingId: string; moderator: boolean; endsAt: Date; name?: string },
): Promise<TokenForMeet> {
  const keys = await signingKeys(deps);
  const iat = Math.floor(deps.now().getTime() / 1000);
  const exp = Math.max(iat, Math.floor(input.endsAt.getTime() / 1000)) + DAY;
  const token = await new SignJWT({
    room: input.meetingId,
    moderator: input.moderator,
    ...(input.name ? { name: input.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(new URL(deps.config.publicUrl).host)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(keys.roomSecret);
  const link = new URL(roomUrl(deps, input.meetingId));
  link.searchParams.set('jwt', token);
  return { exp, iat, link_on_meet_with_token: link.toString(), room: input.meetingId, token };
}

export type RoomTokenCheck =
  { ok: true; moderator: boolean; name?: string } | { ok: false; reason: 'expired' | 'invalid' | 'other-room' };

export async function verifyRoomToken(deps: SandboxDeps, token: string, meetingId: string): Promise<RoomTokenCheck> {
  const keys = await signingKeys(deps);
  try {
    const { payload } = await jwtVerify(token, keys.roomSecret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: deps.now(),
    });
    if (payload.room !== meetingId) return { ok: false, reason: 'other-room' };
    const name = typeof payload.name === 'string' ? payload.name : undefined;
    return { ok: true, moderator: payload.moderator === true, ...(name ? { name } : {}) };
  } catch (err) {
    const expired = err instanceof Error && 'code' in err && err.code === 'ERR_JWT_EXPIRED';
    return { ok: false, reason: expired ? 'expired' : 'invalid' };
  }
}
