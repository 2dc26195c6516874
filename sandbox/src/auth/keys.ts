// Signing keys, generated once and kept in the database so tokens survive a restart.
import { generateKeyPairSync, randomBytes } from 'node:crypto';

import { importJWK, type CryptoKey, type JWK } from 'jose';

import type { SandboxDeps } from '../context.js';

export interface SigningKeys {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
  /** HS256 secret for meeting-room tokens. */
  roomSecret: Uint8Array;
}

interface StoredKeys {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  roomSecret: string;
}

const cache = new WeakMap<object, Promise<SigningKeys>>();

function loadOrCreate(deps: SandboxDeps): StoredKeys {
  const row = deps.db.prepare("SELECT value FROM settings WHERE key = 'signing_keys'").get() as
    { value: string } | undefined;
  if (row) return JSON.parse(row.value) as StoredKeys;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stored: StoredKeys = {
    kid: randomBytes(8).toString('hex'),
    privateJwk: privateKey.export({ format: 'jwk' }),
    publicJwk: publicKey.export({ format: 'jwk' }),
    roomSecret: randomBytes(32).toString('base64url'),
  };
  deps.db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('signing_keys', ?)").run(JSON.stringify(stored));
  // Another writer may have won the race; read back whatever is stored.
  return loadOrCreate(deps);
}

async function importKey(jwk: JWK): Promise<CryptoKey> {
  const key = await importJWK(jwk, 'RS256');
  if (key instanceof Uint8Array) throw new Error('expected an RSA key');
  return key;
}

async function build(deps: SandboxDeps): Promise<SigningKeys> {
  const stored = loadOrCreate(deps);
  const publicJwk: JWK = { ...stored.publicJwk, kid: stored.kid, alg: 'RS256', use: 'sig' };
  return {
    kid: stored.kid,
    privateKey: await importKey(stored.privateJwk),
    publicKey: await importKey(publicJwk),
    publicJwk,
    roomSecret: Buffer.from(stored.roomSecret, 'base64url'),
  };
}

export function signingKeys(deps: SandboxDeps): Promise<SigningKeys> {
  let keys = cache.get(deps.db);
  if (!keys) {
    keys = build(deps);
    cache.set(deps.db, keys);
  }
  return keys;
}
