import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newShareId = (): string => randomBytes(16).toString('base64url');
export const newDeleteToken = (): string => randomBytes(32).toString('base64url');

export function hashDeleteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares hashes in constant time, so the response time tells nothing about the stored one. */
export function deleteTokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashDeleteToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
