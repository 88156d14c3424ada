/**
 * npm run start:cluster — one production server per core (or INSTANCES=n) on consecutive loopback
 * ports from PORT+1, nginx in front on PORT (default 3000, HOSTNAME to pick the interface), all
 * sharing REDIS_URL. CLUSTER_REDIS=local starts a throwaway redis-server (no persistence) when
 * REDIS_URL is unset. Needs `npm run build` first. Ctrl-C (SIGINT) or SIGTERM stops everything.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readClusterConfig } from '@/lib/config';
import { startCluster } from './lib/cluster/cluster';
import { startLocalRedis, type LocalRedis } from './lib/redis-server';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = readClusterConfig();
  if (!existsSync(path.join(import.meta.dirname, '..', '.next', 'BUILD_ID'))) {
    throw new Error('no production build: run `npm run build` first');
  }
  const instances = config.instances === 'per-core' ? Math.max(1, os.availableParallelism()) : config.instances;
  let redis: LocalRedis | undefined;
  if (config.startLocalRedis) {
    redis = await startLocalRedis();
    log(`[cluster] local redis-server on ${redis.url} (no persistence)`);
  }
  const redisUrl = config.redisUrl ?? redis?.url;
  if (!redisUrl) log('[cluster] REDIS_URL unset: each instance limits on its own and shares links through the SQLite file in the data dir');
  const cluster = await startCluster({ instances, host: config.host, port: config.port, redisUrl, distDir: '.next', log });
  log(`[cluster] ready: ${cluster.url} (${instances} instances${redisUrl ? `, Redis ${redisUrl.replace(/\/\/[^@]*@/, '//***@')}` : ''})`);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`[cluster] ${signal}: stopping`);
    void cluster
      .stop()
      .then(() => redis?.stop())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  void cluster.balancer.exited.then((code) => {
    if (stopping) return;
    console.error(`[cluster] nginx exited (${code}); stopping`);
    shutdown('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(`[cluster] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
