import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { ensureDir } from './ensure-dir';
import path from 'node:path';
import { z } from 'zod';
import { normalizeInPlace } from './linalg';
import { passageEmbeddingText, type Embedder } from './embedder';
import { clearBlankProviderVariables } from '@/lib/config';

/** Embeds a batch of texts; the embedding model behind it is opaque to the cache. */
export type EmbedTexts = (texts: string[]) => Promise<number[][]>;

const cacheFileSchema = z.object({
  model: z.string(),
  /** sha256(model + text) -> float32 little-endian vector, base64. */
  vectors: z.record(z.string(), z.string()),
});

function cacheKey(model: string, text: string): string {
  return createHash('sha256').update(model).update('\u0000').update(text).digest('hex');
}

function encode(v: Float32Array): string {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
}

function decode(s: string): Float32Array {
  const b = Buffer.from(s, 'base64');
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

function safeFileName(model: string): string {
  return `${model.replace(/[^A-Za-z0-9._-]+/g, '_')}-${createHash('sha256').update(model).digest('hex').slice(0, 8)}.json`;
}

/** Disk cache of passage embeddings, keyed by model and text hash: a restart re-embeds nothing. */
export class EmbeddingCache {
  private vectors = new Map<string, string>();
  private loading: Promise<void> | undefined;
  readonly file: string;

  constructor(
    readonly model: string,
    cacheDir: string,
  ) {
    this.file = path.join(cacheDir, safeFileName(model));
  }

  /** One read shared by every caller: concurrent lookups must all wait for the same file. */
  private load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  private async read(): Promise<void> {
    try {
      const parsed = cacheFileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      if (parsed.success && parsed.data.model === this.model) this.vectors = new Map(Object.entries(parsed.data.vectors));
    } catch {
      // Missing or unreadable cache: start empty; it is only a cache.
    }
  }

  async get(text: string): Promise<Float32Array | undefined> {
    await this.load();
    const hit = this.vectors.get(cacheKey(this.model, text));
    return hit === undefined ? undefined : decode(hit);
  }

  async putMany(entries: Array<[string, Float32Array]>): Promise<void> {
    await this.load();
    for (const [text, v] of entries) this.vectors.set(cacheKey(this.model, text), encode(v));
    await ensureDir(path.dirname(this.file));
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ model: this.model, vectors: Object.fromEntries(this.vectors) }));
    await rename(tmp, this.file);
  }
}

export type RemoteEmbedderOptions = {
  model: string;
  embed: EmbedTexts;
  cacheDir: string;
  batchSize?: number;
};

/** Passage embeddings come from the cache when present; only new texts reach the model. */
export function createCachedEmbedder(options: RemoteEmbedderOptions): Embedder {
  const cache = new EmbeddingCache(options.model, options.cacheDir);
  const batchSize = options.batchSize ?? 64;
  const toUnit = (v: number[]) => Float32Array.from(normalizeInPlace(Float64Array.from(v)));
  return {
    id: `embedding:${options.model}`,
    async embedPassages(passages) {
      const texts = passages.map(passageEmbeddingText);
      const out: Array<Float32Array | undefined> = await Promise.all(texts.map((t) => cache.get(t)));
      const missing = [...new Set(texts.filter((_, i) => out[i] === undefined))];
      const fresh = new Map<string, Float32Array>();
      for (let i = 0; i < missing.length; i += batchSize) {
        const batch = missing.slice(i, i + batchSize);
        const vectors = await options.embed(batch);
        if (vectors.length !== batch.length) throw new Error(`embedding model returned ${vectors.length} vectors for ${batch.length} texts`);
        batch.forEach((t, j) => fresh.set(t, toUnit(vectors[j]!)));
      }
      if (fresh.size > 0) await cache.putMany([...fresh]);
      return texts.map((t, i) => out[i] ?? fresh.get(t)!);
    },
    async embedQuery(query) {
      const [v] = await options.embed([query]);
      if (!v) throw new Error('embedding model returned no vector');
      return toUnit(v);
    },
  };
}

/**
 * An OpenAI-compatible embedding model through the AI SDK. The SDK is loaded on first use only:
 * the LSA path never needs it, and @ai-sdk/openai validates OPENAI_BASE_URL when it is imported.
 */
export function openAIEmbedTexts(settings: { apiKey: string | undefined; baseURL: string | undefined; model: string; timeoutMs: number }): EmbedTexts {
  let embed: EmbedTexts | undefined;
  const init = async (): Promise<EmbedTexts> => {
    clearBlankProviderVariables();
    const [{ createOpenAI }, { embedMany }] = await Promise.all([import('@ai-sdk/openai'), import('ai')]);
    const model = createOpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL }).embeddingModel(settings.model);
    return async (texts) => {
      const { embeddings } = await embedMany({ model, values: texts, maxRetries: 1, abortSignal: AbortSignal.timeout(settings.timeoutMs) });
      return embeddings;
    };
  };
  return async (texts) => {
    embed ??= await init();
    return embed(texts);
  };
}
