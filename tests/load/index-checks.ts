/**
 * Data faults on a production server pointed (LEGWISE_CORPUS_DIR / LEGWISE_DATA_DIR) at temp
 * copies: a missing, empty or corrupt persisted index must be rebuilt from the corpus and served;
 * corpus files that cannot be parsed must be skipped with a log line naming each.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FILE_NAME, parsePersistedIndex } from '@/lib/search/persist';
import { withProductionServer, type ServerOptions } from '@/scripts/lib/server';
import { runChat } from './chat-client';
import { runCheck, type CheckResult } from './check';
import { QUESTIONS } from './traffic-checks';

export type IndexFault = { name: string; write: (file: string) => Promise<void> };

export const INDEX_FAULTS: IndexFault[] = [
  { name: 'missing', write: async () => {} },
  { name: 'empty', write: (file) => writeFile(file, '') },
  { name: 'truncated JSON', write: (file) => writeFile(file, '{"format":1,"analysis":"0123","corpusHash":"ab","vectors":{"p1":"AAAA') },
  { name: 'valid JSON of the wrong shape', write: (file) => writeFile(file, JSON.stringify({ format: 1, hello: 'world', vectors: [] })) },
  { name: 'binary garbage', write: (file) => writeFile(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))) },
];

/** Files no parser can use, each for a different reason. */
export const BROKEN_CORPUS_FILES: Array<{ file: string; content: Buffer }> = [
  { file: 'zz-binary-upload.txt', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0xff]) },
  { file: 'zz-not-utf8.md', content: Buffer.from([0x4c, 0xe9, 0x67, 0x20, 0xff, 0xfe, 0x20, 0x66, 0x61, 0x69, 0x62, 0x6c, 0x65]) },
  { file: 'zz-empty.txt', content: Buffer.alloc(0) },
  { file: 'zz-no-visible-text.html', content: Buffer.from('<html><head><script>var x = 1;</script></head><body>  </body></html>') },
];

async function copyCorpus(realCorpusDir: string, root: string): Promise<{ corpusDir: string; dataDir: string }> {
  const corpusDir = path.join(root, 'corpus');
  const dataDir = path.join(root, 'data');
  await cp(realCorpusDir, corpusDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  return { corpusDir, dataDir };
}

function dirsEnv(corpusDir: string, dataDir: string): Record<string, string | null> {
  return { LEGWISE_CORPUS_DIR: corpusDir, LEGWISE_DATA_DIR: dataDir, OPENAI_API_KEY: null, OPENAI_BASE_URL: null };
}

export function indexFault(fault: IndexFault, input: { root: string; realCorpusDir: string; server: ServerOptions }): Promise<CheckResult> {
  return runCheck(`persisted index ${fault.name}: rebuilt from corpus/ and served`, async (check) => {
    const { corpusDir, dataDir } = await copyCorpus(input.realCorpusDir, input.root);
    const file = path.join(dataDir, INDEX_FILE_NAME);
    await fault.write(file);
    await withProductionServer({ ...input.server, env: { ...input.server.env, ...dirsEnv(corpusDir, dataDir) } }, async (server) => {
      const run = await runChat(server.url, QUESTIONS[1]!, { timeoutMs: 60_000 });
      check.expect(run.status === 200 && run.complete, `chat did not complete: ${run.failure ?? run.errorBody ?? run.status}`);
      check.expect((run.metadata?.citations?.length ?? 0) > 0, 'the answer has no citations');
      const rebuilt = /\[search\] building the search index: (.*)/.exec(server.output());
      check.expect(rebuilt !== null, 'no "[search] building the search index" line in the server log');
      check.figure('reason', rebuilt?.[1]?.trim() ?? '');
      check.figure('first_answer_ms', run.totalMs);
    });
    const written = parsePersistedIndex(await readFile(file, 'utf8').catch(() => ''));
    check.expect(written.ok, `the index file was not rewritten: ${written.ok ? '' : written.reason}`);
  });
}

export function brokenCorpusFiles(input: { root: string; realCorpusDir: string; server: ServerOptions }): Promise<CheckResult> {
  return runCheck('unparseable corpus files: skipped, each named in the log', async (check) => {
    const { corpusDir, dataDir } = await copyCorpus(input.realCorpusDir, input.root);
    for (const broken of BROKEN_CORPUS_FILES) await writeFile(path.join(corpusDir, broken.file), broken.content);
    await withProductionServer({ ...input.server, env: { ...input.server.env, ...dirsEnv(corpusDir, dataDir) } }, async (server) => {
      const run = await runChat(server.url, QUESTIONS[2]!, { timeoutMs: 60_000 });
      check.expect(run.status === 200 && run.complete, `chat did not complete: ${run.failure ?? run.errorBody ?? run.status}`);
      check.expect((run.metadata?.citations?.length ?? 0) > 0, 'the answer has no citations');
      const log = server.output();
      for (const broken of BROKEN_CORPUS_FILES) {
        check.expect(log.includes(broken.file), `no log line names ${broken.file}`);
      }
      const docs = await fetch(`${server.url}/api/documents/${encodeURIComponent(BROKEN_CORPUS_FILES[0]!.file.replace(/\.[^.]+$/, ''))}`);
      check.expect(docs.status === 404, `a broken file is served as a document (status ${docs.status})`);
      await docs.arrayBuffer();
    });
  });
}
