/**
 * The speaker's secret: 24 random bytes, new each run, carried in the speaker's URL (`?token=`).
 * Compared in constant time: both sides are hashed to the same length first, so neither the
 * content nor the length of a wrong guess shows in how long the answer takes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokenMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length > 256) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(expected), digest(given));
}
