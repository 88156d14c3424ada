import path from 'node:path';
import { z } from 'zod';

// An empty variable counts as unset: `OPENAI_API_KEY=` in a shell must not select OpenAI.
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const positiveInt = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: `expected a positive integer, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const nonNegativeInt = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number of 0 or more, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const envSchema = z.object({
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  OPENAI_MODEL: optionalText,
  OPENAI_EMBEDDING_MODEL: optionalText,
  LEGWISE_CORPUS_DIR: optionalText,
  LEGWISE_DATA_DIR: optionalText,
  RATE_LIMIT_PER_MINUTE: positiveInt(240),
  RATE_LIMIT_BURST: positiveInt(60),
  MODEL_TIMEOUT_MS: positiveInt(10_000),
  MODEL_FIRST_TOKEN_TIMEOUT_MS: positiveInt(8_000),
  LEGWISE_PROMPT_CANARY: optionalText,
  TRUSTED_PROXY_HOPS: nonNegativeInt(0),
  LEGWISE_ANSWER_CACHE_ENTRIES: nonNegativeInt(1000),
  REDIS_URL: optionalText,
  API_RATE_LIMIT_PER_MINUTE: positiveInt(600),
  API_RATE_LIMIT_BURST: positiveInt(120),
  SHARE_CREATES_PER_HOUR: positiveInt(30),
  SHARE_TTL_DAYS: positiveInt(30),
  LEGWISE_SHARE_DB: optionalText,
  INSTANCE_NAME: optionalText,
  PORT: optionalText,
  MODEL_MAX_OUTPUT_TOKENS: positiveInt(2000),
  ANSWER_MAX_CHARS: positiveInt(6000),
});

export type AppConfig = {
  openai: {
    apiKey: string | undefined;
    baseURL: string | undefined;
    model: string;
    embeddingModel: string | undefined;
  };
  corpusDir: string;
  dataDir: string;
  rateLimit: { perMinute: number; burst: number };
  modelTimeoutMs: number;
  modelFirstTokenTimeoutMs: number;
  /**
   * A secret string added to the model's system instructions; the output guard stops any answer
   * that carries it (plain, spaced out, reversed or encoded), so a leak of the instructions shows.
   */
  promptCanary: string | undefined;
  /**
   * How many reverse proxies that append to X-Forwarded-For stand in front of the app. 0 (the
   * default) means none: forwarding headers are client-controlled and ignored.
   */
  trustedProxyHops: number;
  /**
   * How many finished offline answers are kept for repeat conversations (example questions,
   * suggested follow-ups). The extractive model is deterministic, so a repeat gets the same
   * answer without recomputing it. 0 turns the cache off.
   */
  answerCacheEntries: number;
  /**
   * Where the state shared by several instances lives (rate-limit counters, share links). Unset:
   * an in-memory limiter and a SQLite share store under the data dir, so one instance needs nothing else.
   */
  redisUrl: string | undefined;
  /** The limit on the other API routes (search, passages, documents, share reads): generous, but a flood stops. */
  apiRateLimit: { perMinute: number; burst: number };
  /** The SQLite file share links are kept in when REDIS_URL is unset. */
  shareDbFile: string;
  /** How many share links one client may create in an hour. */
  shareCreatesPerHour: number;
  /** How long a share link lives after it is made; older links answer 404 on both backends. */
  shareTtlMs: number;
  /** Names this process in /api/health, so a load balancer's choice can be seen; defaults to its port. */
  instanceName: string;
  /** The most tokens a remote model may write for one answer (reasoning included, where counted). */
  modelMaxOutputTokens: number;
  /**
   * The most characters of a remote model's answer that are shown: past it the turn ends with a
   * note. An honest answer from six passages is far shorter; a flooding upstream is cut here.
   */
  answerMaxChars: number;
};

export const DEFAULT_OPENAI_MODEL = 'gpt-5-mini';
export const DEFAULT_OPENAI_EMBEDDING_MODEL = 'text-embedding-3-small';

/** Reads every environment variable the app uses; the only place that touches process.env. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  const root = process.cwd();
  // OpenAI proper gets its embedding model by default; a custom server only when one is named,
  // because most OpenAI-compatible servers do not serve text-embedding-3-small.
  const embeddingModel = e.OPENAI_EMBEDDING_MODEL ?? (e.OPENAI_API_KEY && !e.OPENAI_BASE_URL ? DEFAULT_OPENAI_EMBEDDING_MODEL : undefined);
  return {
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL,
      embeddingModel: e.OPENAI_API_KEY || e.OPENAI_BASE_URL ? embeddingModel : undefined,
    },
    corpusDir: path.resolve(root, e.LEGWISE_CORPUS_DIR ?? 'corpus'),
    dataDir: path.resolve(root, e.LEGWISE_DATA_DIR ?? '.data'),
    rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE, burst: e.RATE_LIMIT_BURST },
    modelTimeoutMs: e.MODEL_TIMEOUT_MS,
    modelFirstTokenTimeoutMs: e.MODEL_FIRST_TOKEN_TIMEOUT_MS,
    promptCanary: e.LEGWISE_PROMPT_CANARY,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    answerCacheEntries: e.LEGWISE_ANSWER_CACHE_ENTRIES,
    redisUrl: e.REDIS_URL,
    apiRateLimit: { perMinute: e.API_RATE_LIMIT_PER_MINUTE, burst: e.API_RATE_LIMIT_BURST },
    shareDbFile: path.resolve(root, e.LEGWISE_SHARE_DB ?? path.join(e.LEGWISE_DATA_DIR ?? '.data', 'shares.sqlite')),
    shareCreatesPerHour: e.SHARE_CREATES_PER_HOUR,
    shareTtlMs: e.SHARE_TTL_DAYS * 24 * 60 * 60 * 1000,
    instanceName: e.INSTANCE_NAME ?? `port ${e.PORT ?? '3000'}`,
    modelMaxOutputTokens: e.MODEL_MAX_OUTPUT_TOKENS,
    answerMaxChars: e.ANSWER_MAX_CHARS,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= readConfig();
  return cached;
}

/**
 * `@ai-sdk/openai` creates a default provider from OPENAI_BASE_URL / OPENAI_API_KEY the moment it is
 * imported and throws on an empty base URL. Our rule is that an empty variable counts as unset, so
 * blank provider variables are removed before that package is loaded.
 */
export function clearBlankProviderVariables(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of ['OPENAI_BASE_URL', 'OPENAI_API_KEY'] as const) {
    if (env[name] !== undefined && env[name]?.trim() === '') delete env[name];
  }
}

const clusterEnvSchema = z.object({
  PORT: positiveInt(3000),
  HOSTNAME: optionalText,
  INSTANCES: nonNegativeInt(0),
  REDIS_URL: optionalText,
  CLUSTER_REDIS: z.enum(['local', 'none', '']).optional(),
});

export type ClusterConfig = {
  /** Where the load balancer listens. */
  port: number;
  host: string;
  /** How many app instances; 0 in the environment means one per CPU core. */
  instances: number | 'per-core';
  redisUrl: string | undefined;
  /** Start a throwaway local redis-server when REDIS_URL is unset. */
  startLocalRedis: boolean;
};

/** The variables `npm run start:cluster` reads (the instances read theirs through readConfig). */
export function readClusterConfig(env: NodeJS.ProcessEnv = process.env): ClusterConfig {
  const parsed = clusterEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid cluster configuration: ${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  return {
    port: e.PORT,
    // Like `npm start`: every interface unless HOSTNAME names one. Instances always stay on loopback.
    host: e.HOSTNAME ?? '0.0.0.0',
    instances: e.INSTANCES === 0 ? 'per-core' : e.INSTANCES,
    redisUrl: e.REDIS_URL,
    startLocalRedis: e.CLUSTER_REDIS === 'local' && !e.REDIS_URL,
  };
}
