import { Redis } from 'ioredis';
import { runDetached } from '@/lib/runtime/detached-scope';

/** How the shared client behaves during an outage: fail fast, keep reconnecting in the background. */
export const REDIS_CONNECTION_SETTINGS = {
  connectTimeoutMs: 1_000,
  /** Commands issued while disconnected are refused at once rather than queued behind a reconnect. */
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  reconnectBaseDelayMs: 100,
  reconnectMaxDelayMs: 1_000,
  /** How long a first caller waits for the initial connection before treating Redis as down. */
  firstConnectWaitMs: 1_500,
} as const;

type RedisHealth = { client: Redis; outageLogged: boolean };

const clients = new Map<string, RedisHealth>();

function describe(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}`;
  } catch {
    return 'the configured server';
  }
}

function connect(url: string): RedisHealth {
  const s = REDIS_CONNECTION_SETTINGS;
  // Its socket and reconnect timers live for the process: keep them out of the request that made it.
  const client = runDetached(
    () =>
      new Redis(url, {
        connectTimeout: s.connectTimeoutMs,
        enableOfflineQueue: s.enableOfflineQueue,
        maxRetriesPerRequest: s.maxRetriesPerRequest,
        retryStrategy: (attempt) => Math.min(attempt * s.reconnectBaseDelayMs, s.reconnectMaxDelayMs),
      }),
  );
  const health: RedisHealth = { client, outageLogged: false };
  const where = describe(url);
  // One line per outage, not one per reconnect attempt or per request.
  const logOutage = (reason: string) => {
    if (health.outageLogged) return;
    health.outageLogged = true;
    console.warn(`[redis] ${where} unreachable (${reason}); rate limits fall back to this instance, shares answer 503`);
  };
  client.on('error', (error: Error) => logOutage(error.message));
  client.on('close', () => logOutage('connection closed'));
  client.on('ready', () => {
    if (!health.outageLogged) return;
    health.outageLogged = false;
    console.warn(`[redis] ${where} reachable again`);
  });
  return health;
}

/** The process-wide client for one Redis URL (credentials stay inside the URL, never logged). */
export function getRedis(url: string): Redis {
  let health = clients.get(url);
  if (!health) {
    health = connect(url);
    clients.set(url, health);
  }
  return health.client;
}

/** Resolves true once the client is ready, false if it is not within `waitMs` (an outage). */
export async function whenRedisReady(client: Redis, waitMs = REDIS_CONNECTION_SETTINGS.firstConnectWaitMs): Promise<boolean> {
  if (client.status === 'ready') return true;
  // Only the very first connection is worth waiting for; during an outage callers fail fast.
  if (client.status !== 'connecting' && client.status !== 'connect' && client.status !== 'wait') return false;
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), waitMs);
    const onReady = () => finish(true);
    function finish(ready: boolean) {
      clearTimeout(timer);
      client.off('ready', onReady);
      resolve(ready);
    }
    client.once('ready', onReady);
  });
}

/** Closes every client (tests and clean shutdown). */
export async function closeRedisClients(): Promise<void> {
  const all = [...clients.values()];
  clients.clear();
  await Promise.all(all.map(({ client }) => client.quit().catch(() => client.disconnect())));
}
