// Row ids.
import { randomBytes } from 'node:crypto';

/** A 24-hex id, the shape the real services use. */
export function newId(): string {
  return randomBytes(12).toString('hex');
}
