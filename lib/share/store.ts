import type { ShareSnapshot } from './schema';

/** A stored link: the snapshot and the SHA-256 (hex) of its delete token, never the token. */
export type StoredShare = { snapshot: ShareSnapshot; deleteTokenHash: string };

/** Where share links live: SQLite on one machine, Redis when instances share state. */
export type ShareStore = {
  readonly kind: 'sqlite' | 'redis';
  put(share: StoredShare): Promise<void>;
  get(id: string): Promise<StoredShare | undefined>;
  /** True when a link was there to delete. */
  delete(id: string): Promise<boolean>;
  close(): Promise<void>;
};

/** When a link made at `createdAt` stops being served. */
export function shareExpiresAt(snapshot: ShareSnapshot, ttlMs: number): number {
  return Date.parse(snapshot.createdAt) + ttlMs;
}

export function isShareExpired(snapshot: ShareSnapshot, ttlMs: number, now = Date.now()): boolean {
  return shareExpiresAt(snapshot, ttlMs) <= now;
}

/** The store cannot be reached (Redis down): the route answers 503 with Retry-After. */
export class ShareStoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`share store unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ShareStoreUnavailableError';
  }
}
