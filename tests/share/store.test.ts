/**
 * Both share-store backends against real servers: a SQLite file in a temp dir and a real
 * redis-server on a free loopback port (no persistence). Same contract for both; Redis down is a
 * ShareStoreUnavailableError in bounded time, and the store works again once Redis is back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRedisClients, getRedis } from '@/lib/redis/connection';
import { createRedisShareStore, createSqliteShareStore, ShareStoreUnavailableError, type ShareStore, type StoredShare } from '@/lib/share';
import { hashDeleteToken, newDeleteToken, newShareId } from '@/lib/share/tokens';
import { startLocalRedis, type LocalRedis } from '@/scripts/lib/redis-server';

let dir: string;
let redis: LocalRedis;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'legwise-share-'));
  redis = await startLocalRedis();
});

afterAll(async () => {
  await closeRedisClients();
  await redis.stop();
  await rm(dir, { recursive: true, force: true });
});

const ttlMs = 60_000;
const DAY_MS = 24 * 60 * 60 * 1000;

function sampleShare(createdAt = new Date()): StoredShare {
  return {
    snapshot: {
      id: newShareId(),
      createdAt: createdAt.toISOString(),
      contentHash: 'abc123',
      messages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'What causes leg cramps?' }] },
        {
          id: 'a1',
          role: 'assistant',
          parts: [{ type: 'step-start' }, { type: 'text', text: 'Low magnesium can [1].' }],
          metadata: { citations: [{ n: 1, passageId: 'p1', docId: 'd1', title: 'T', headings: ['H'], quote: 'q', start: 0, end: 1 }] },
        },
      ],
    },
    deleteTokenHash: hashDeleteToken(newDeleteToken()),
  };
}

const backends: Array<[string, () => ShareStore]> = [
  ['sqlite', () => createSqliteShareStore(path.join(dir, 'nested', 'shares.sqlite'), ttlMs)],
  ['redis', () => createRedisShareStore(getRedis(redis.url), ttlMs)],
];

describe.each(backends)('%s share store', (_kind, open) => {
  it('keeps a snapshot exactly, finds it by id and deletes it once', async () => {
    const store = open();
    const share = sampleShare();
    await store.put(share);
    expect(await store.get(share.snapshot.id)).toEqual(share);
    expect(await store.get(newShareId())).toBeUndefined();
    expect(await store.delete(share.snapshot.id)).toBe(true);
    expect(await store.delete(share.snapshot.id)).toBe(false);
    expect(await store.get(share.snapshot.id)).toBeUndefined();
  });

  it('never overwrites an existing id', async () => {
    const store = open();
    const share = sampleShare();
    await store.put(share);
    await expect(store.put({ ...share, deleteTokenHash: hashDeleteToken('other') })).rejects.toThrow();
    expect((await store.get(share.snapshot.id))?.deleteTokenHash).toBe(share.deleteTokenHash);
  });
});

describe.each(backends)('%s share expiry', (_kind, open) => {
  it('answers a link older than the time to live as absent and keeps a fresh one', async () => {
    const store = open();
    const old = sampleShare(new Date(Date.now() - ttlMs - 1_000));
    const fresh = sampleShare(new Date(Date.now() - ttlMs / 2));
    await store.put(old);
    await store.put(fresh);
    expect(await store.get(old.snapshot.id)).toBeUndefined();
    expect(await store.get(fresh.snapshot.id)).toEqual(fresh);
  });
});

describe('expiry is enforced by the backends themselves', () => {
  it('Redis drops the key when its time is up', async () => {
    const client = getRedis(redis.url);
    const store = createRedisShareStore(client, 30 * DAY_MS);
    const share = sampleShare();
    await store.put(share);
    const pttl = await client.pttl(`legwise:share:${share.snapshot.id}`);
    expect(pttl).toBeGreaterThan(30 * DAY_MS - 60_000);
    expect(pttl).toBeLessThanOrEqual(30 * DAY_MS);
    const short = createRedisShareStore(client, 300);
    const brief = sampleShare();
    await short.put(brief);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await client.exists(`legwise:share:${brief.snapshot.id}`)).toBe(0);
  });

  it('SQLite deletes expired rows when a new link is stored', async () => {
    const file = path.join(dir, 'expiry.sqlite');
    const store = createSqliteShareStore(file, ttlMs);
    const old = sampleShare(new Date(Date.now() - 2 * ttlMs));
    await store.put(old);
    await store.put(sampleShare());
    const db = new DatabaseSync(file);
    const row: unknown = db.prepare('SELECT id FROM shares WHERE id = ?').get(old.snapshot.id);
    db.close();
    expect(row).toBeUndefined();
    await store.close();
  });
});

describe('stored data is validated on the way out', () => {
  it('treats a SQLite row that no longer matches the schema as absent', async () => {
    const file = path.join(dir, 'tampered.sqlite');
    const store = createSqliteShareStore(file, ttlMs);
    const share = sampleShare();
    await store.put(share);
    const db = new DatabaseSync(file);
    db.prepare('UPDATE shares SET snapshot = ? WHERE id = ?').run(JSON.stringify({ ...share.snapshot, messages: [{ role: 'system' }] }), share.snapshot.id);
    db.close();
    expect(await store.get(share.snapshot.id)).toBeUndefined();
    await store.close();
  });

  it('treats a Redis value that is not a stored share as absent', async () => {
    const client = getRedis(redis.url);
    const id = newShareId();
    await client.set(`legwise:share:${id}`, '{"snapshot":{"id":"x"}}');
    expect(await createRedisShareStore(client, ttlMs).get(id)).toBeUndefined();
  });
});

describe('Redis outage', () => {
  it('fails fast with ShareStoreUnavailableError and recovers when Redis is back', async () => {
    const store = createRedisShareStore(getRedis(redis.url), ttlMs);
    const share = sampleShare();
    await store.put(share);
    await redis.stop();
    const started = performance.now();
    await expect(store.get(share.snapshot.id)).rejects.toBeInstanceOf(ShareStoreUnavailableError);
    await expect(store.put(sampleShare())).rejects.toBeInstanceOf(ShareStoreUnavailableError);
    expect(performance.now() - started).toBeLessThan(3_000);
    await redis.start();
    // The client reconnects on its own within its retry delay (at most 1 s between attempts).
    await expect
      .poll(
        async () =>
          store.get(share.snapshot.id).then(
            () => 'ok',
            () => 'down',
          ),
        { timeout: 5_000, interval: 100 },
      )
      .toBe('ok');
    const again = sampleShare();
    await store.put(again);
    expect(await store.get(again.snapshot.id)).toEqual(again);
  });
});
