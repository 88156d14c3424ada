import { getConfig, type AppConfig } from '@/lib/config';
import { getRedis } from '@/lib/redis/connection';
import { createRedisShareStore } from './redis-store';
import { createSqliteShareStore } from './sqlite-store';
import type { ShareStore } from './store';

export type { ShareStore, StoredShare } from './store';
export { ShareStoreUnavailableError } from './store';
export { createRedisShareStore } from './redis-store';
export { createSqliteShareStore } from './sqlite-store';
export * from './schema';

/** Redis when REDIS_URL is set (every instance sees every link), else a SQLite file in the data dir. */
export function openShareStore(config: AppConfig): ShareStore {
  return config.redisUrl ? createRedisShareStore(getRedis(config.redisUrl), config.shareTtlMs) : createSqliteShareStore(config.shareDbFile, config.shareTtlMs);
}

let store: ShareStore | undefined;

export function getShareStore(config = getConfig()): ShareStore {
  store ??= openShareStore(config);
  return store;
}
