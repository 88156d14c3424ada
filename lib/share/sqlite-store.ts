import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { shareSnapshotSchema } from './schema';
import { isShareExpired, type ShareStore, type StoredShare } from './store';

type ShareRow = { snapshot: string; delete_token_hash: string };

const SCHEMA = `CREATE TABLE IF NOT EXISTS shares (
  id TEXT PRIMARY KEY,
  snapshot TEXT NOT NULL,
  delete_token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT`;

/** SQLite waits this long for another instance's write lock before failing a statement. */
const BUSY_TIMEOUT_MS = 2_000;

function isShareRow(row: unknown): row is ShareRow {
  return (
    typeof row === 'object' &&
    row !== null &&
    'snapshot' in row &&
    typeof row.snapshot === 'string' &&
    'delete_token_hash' in row &&
    typeof row.delete_token_hash === 'string'
  );
}

/**
 * Share links in one SQLite file (WAL mode, so several instances on one machine can share it).
 * A row that no longer parses is treated as absent rather than served.
 */
export function createSqliteShareStore(file: string, ttlMs: number): ShareStore {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;`);
  db.exec(SCHEMA);
  const insert = db.prepare('INSERT INTO shares (id, snapshot, delete_token_hash, created_at) VALUES (?, ?, ?, ?)');
  const select = db.prepare('SELECT snapshot, delete_token_hash FROM shares WHERE id = ?');
  const remove = db.prepare('DELETE FROM shares WHERE id = ?');
  // created_at is an ISO-8601 UTC string, so text order is time order.
  const removeOlder = db.prepare('DELETE FROM shares WHERE created_at < ?');
  return {
    kind: 'sqlite',
    async put({ snapshot, deleteTokenHash }: StoredShare) {
      removeOlder.run(new Date(Date.now() - ttlMs).toISOString());
      insert.run(snapshot.id, JSON.stringify(snapshot), deleteTokenHash, snapshot.createdAt);
    },
    async get(id: string) {
      const row: unknown = select.get(id);
      if (!isShareRow(row)) return undefined;
      const snapshot = shareSnapshotSchema.safeParse(JSON.parse(row.snapshot));
      if (!snapshot.success) return undefined;
      if (isShareExpired(snapshot.data, ttlMs)) {
        remove.run(id);
        return undefined;
      }
      return { snapshot: snapshot.data, deleteTokenHash: row.delete_token_hash };
    },
    async delete(id: string) {
      return Number(remove.run(id).changes) > 0;
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
}
