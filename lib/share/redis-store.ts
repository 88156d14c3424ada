import type { Redis } from 'ioredis';
import { z } from 'zod';
import { whenRedisReady } from '@/lib/redis/connection';
import { shareSnapshotSchema } from './schema';
import { isShareExpired, shareExpiresAt, ShareStoreUnavailableError, type ShareStore, type StoredShare } from './store';

const storedShareSchema = z.object({ snapshot: shareSnapshotSchema, deleteTokenHash: z.string().regex(/^[0-9a-f]{64}$/) });

const KEY_PREFIX = 'legwise:share:';

async function onRedis<T>(redis: Redis, command: () => Promise<T>): Promise<T> {
  if (!(await whenRedisReady(redis))) throw new ShareStoreUnavailableError('redis is not connected');
  try {
    return await command();
  } catch (error) {
    throw new ShareStoreUnavailableError(error);
  }
}

function parseStored(raw: string | null): StoredShare | undefined {
  if (raw === null) return undefined;
  try {
    const parsed = storedShareSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Share links as one JSON string per key in Redis, seen by every instance. */
export function createRedisShareStore(redis: Redis, ttlMs: number): ShareStore {
  return {
    kind: 'redis',
    async put(share: StoredShare) {
      // NX: a colliding id (2^-128 odds) never overwrites someone else's link.
      // Redis drops the key itself at expiry; PX must be positive even for an already-old snapshot.
      const px = Math.max(1, shareExpiresAt(share.snapshot, ttlMs) - Date.now());
      const result = await onRedis(redis, () => redis.set(KEY_PREFIX + share.snapshot.id, JSON.stringify(share), 'PX', px, 'NX'));
      if (result !== 'OK') throw new Error('share id already taken');
    },
    async get(id: string) {
      const share = parseStored(await onRedis(redis, () => redis.get(KEY_PREFIX + id)));
      return share && !isShareExpired(share.snapshot, ttlMs) ? share : undefined;
    },
    async delete(id: string) {
      return (await onRedis(redis, () => redis.del(KEY_PREFIX + id))) > 0;
    },
    async close() {
      // The client is shared with the rate limiter; lib/redis closes it.
    },
  };
}
