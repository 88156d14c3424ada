/**
 * Builds the search index from the corpus and writes it under the data dir:
 *   npm run index
 * Prints what was indexed, every file that could not be used and why, the build time and the
 * output path. Exits non-zero when no passage could be indexed.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { openSearchIndex, searchOptionsFromConfig } from '@/lib/search';

async function main(): Promise<number> {
  const options = searchOptionsFromConfig();
  const opened = await openSearchIndex({ ...options, forceRebuild: true, log: (line) => console.log(line) });
  const { engine, documents, errors } = opened;
  console.log(`documents: ${documents.length}`);
  console.log(`passages:  ${engine.index.passages.length}`);
  for (const e of errors) console.log(`  skipped ${e.file}: ${e.reason}`);
  console.log(`vectors:   ${engine.index.embedder.id} (${engine.index.dimensions} dimensions)`);
  console.log(`built in:  ${opened.elapsedMs.toFixed(0)} ms (corpus load included)`);
  if (opened.persisted) {
    const { size } = await stat(opened.file);
    const shown = path.relative(process.cwd(), opened.file);
    console.log(`wrote:     ${shown.startsWith('..') ? opened.file : shown} (${(size / 1024).toFixed(0)} KiB)`);
  } else {
    console.log(`not written: ${opened.file} (see the message above)`);
  }
  return engine.index.passages.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`index build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
