/**
 * `mkdir -p` that always ends. Node's `mkdir(dir, { recursive: true })` never returns on some
 * filesystems that refuse a new directory with ENOENT although the parent exists (/proc, some
 * FUSE mounts): a data dir there made index persistence spin forever. Here each level is created
 * at most twice, so an unusable data dir is a clear error instead.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

function code(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export async function ensureDir(dir: string): Promise<void> {
  const target = path.resolve(dir);
  try {
    if ((await stat(target)).isDirectory()) return;
    throw new Error(`${target} exists and is not a directory`);
  } catch (error) {
    if (code(error) !== 'ENOENT') throw error;
  }
  const parent = path.dirname(target);
  if (parent !== target) await ensureDir(parent);
  try {
    await mkdir(target);
  } catch (error) {
    if (code(error) === 'EEXIST') return;
    throw new Error(`cannot create directory ${target} (${code(error) ?? 'error'}): the filesystem refuses it`, { cause: error });
  }
}
