/**
 * Several production servers on consecutive loopback ports behind nginx, supervised: each
 * instance's /api/health is polled; one that fails is marked `down` in the balancer (reload) and
 * comes back when it answers again. One that exits is marked `down` at once, restarted, and comes
 * back only once its health check passes, so nginx never sends a request to an instance that is
 * still starting. Used by `npm run start:cluster`, the load test's cluster run and the bench's
 * cluster section.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { findFreePort, readProcessCpuSeconds, readProcessMemory, serverNodeOptions, type Log, type ProcessMemory } from '../server';
import { startBalancer, type RunningBalancer, type Upstream } from './nginx';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const LOOPBACK = '127.0.0.1';
const MAX_LOG_CHARS = 2 * 1024 * 1024;

export const SUPERVISION = {
  healthIntervalMs: 500,
  healthTimeoutMs: 1_000,
  /** Consecutive failed checks before an instance is taken out. */
  failuresToRemove: 2,
  restartDelayMs: 500,
  startTimeoutMs: 90_000,
  stopGraceMs: 5_000,
} as const;

export type ClusterOptions = {
  instances: number;
  /** Where nginx listens. */
  host: string;
  port: number;
  /** The first instance's port (default: the balancer's + 1). */
  basePort?: number;
  redisUrl?: string;
  distDir?: string;
  /** Extra environment for the instances; `null` removes a variable. */
  env?: Record<string, string | null>;
  /** Restart an instance that exits (default true). */
  restartExited?: boolean;
  log?: Log;
};

export type ClusterInstance = {
  index: number;
  port: number;
  url: string;
  name: string;
  pid(): number | undefined;
  healthy(): boolean;
  output(): string;
  cpuSeconds(): number;
  memory(): ProcessMemory | undefined;
  /**
   * Sends a signal to the instance's process group: SIGKILL by default (an outage; the supervisor
   * restarts it unless told not to), or SIGSTOP / SIGCONT to hang and resume it.
   */
  kill(signal?: NodeJS.Signals): void;
};

export type MembershipChange = { at: number; up: boolean[] };

export type RunningCluster = {
  url: string;
  instances: ClusterInstance[];
  balancer: RunningBalancer;
  /** Every change of which instances the balancer sends traffic to, with its time. */
  membership(): MembershipChange[];
  stop(): Promise<void>;
};

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function instanceEnv(options: ClusterOptions, name: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: options.distDir ?? '.next',
    NODE_OPTIONS: [serverNodeOptions(), process.env.NODE_OPTIONS ?? ''].join(' ').trim(),
    INSTANCE_NAME: name,
    // nginx appends the connecting address to X-Forwarded-For: one trusted hop.
    TRUSTED_PROXY_HOPS: '1',
  };
  if (options.redisUrl) env.REDIS_URL = options.redisUrl;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === null) delete env[key];
    else env[key] = value;
  }
  return env;
}

const healthSchema = z.object({ ok: z.literal(true), contentHash: z.string() });

/** The content hash a healthy instance serves, or undefined when it is not healthy. */
async function healthyHash(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(SUPERVISION.healthTimeoutMs) });
    const body: unknown = await res.json();
    const parsed = healthSchema.safeParse(body);
    return res.status === 200 && parsed.success ? parsed.data.contentHash : undefined;
  } catch {
    return undefined;
  }
}

const isHealthy = async (url: string): Promise<boolean> => (await healthyHash(url)) !== undefined;

type InstanceState = {
  child?: ChildProcess;
  log: string;
  up: boolean;
  failures: number;
  stopping: boolean;
  restartTimer?: NodeJS.Timeout;
  /** Counts launches and exits: a health answer from before either is about another process. */
  generation: number;
};

function createInstance(
  index: number,
  port: number,
  options: ClusterOptions,
  onExit: () => void,
): { handle: ClusterInstance; state: InstanceState; launch: () => void } {
  const name = `instance-${index + 1} (port ${port})`;
  const state: InstanceState = { log: '', up: false, failures: 0, stopping: false, generation: 0 };
  const launch = () => {
    state.generation++;
    const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', LOOPBACK], {
      cwd: ROOT,
      env: instanceEnv(options, name),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    state.child = child;
    const keep = (chunk: Buffer) => {
      state.log += chunk.toString('utf8');
      if (state.log.length > MAX_LOG_CHARS) state.log = state.log.slice(-MAX_LOG_CHARS / 2);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', () => {
      killGroup(child.pid, 'SIGKILL');
      if (state.child !== child) return;
      state.child = undefined;
      state.generation++;
      onExit();
    });
  };
  const handle: ClusterInstance = {
    index,
    port,
    url: `http://${LOOPBACK}:${port}`,
    name,
    pid: () => state.child?.pid,
    healthy: () => state.up,
    output: () => state.log,
    cpuSeconds: () => {
      const pid = state.child?.pid;
      return pid === undefined ? 0 : readProcessCpuSeconds(pid);
    },
    memory: () => {
      const pid = state.child?.pid;
      return pid === undefined ? undefined : readProcessMemory(pid);
    },
    kill: (signal = 'SIGKILL') => killGroup(state.child?.pid, signal),
  };
  return { handle, state, launch };
}

/** A free port for the balancer and `instances` free consecutive ports after it (tools' range). */
export async function freeClusterPorts(instances: number): Promise<{ port: number; basePort: number }> {
  const port = await findFreePort();
  for (let base = port + 1; base < port + 40; base++) {
    let free = true;
    for (let i = 0; i < instances && free; i++) free = (await findFreePort(base + i)) === base + i;
    if (free) return { port, basePort: base };
  }
  throw new Error(`no ${instances} consecutive free ports for the cluster`);
}

/** Starts the instances, waits until each is healthy, then puts nginx in front. */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  const log = options.log ?? (() => {});
  const basePort = options.basePort ?? options.port + 1;
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'legwise-nginx-'));
  const restartExited = options.restartExited ?? true;
  let stopping = false;
  const members: MembershipChange[] = [];
  // Set once the instances are healthy; health changes before that need no reload.
  const front: { balancer?: RunningBalancer } = {};

  const publishMembership = () => {
    if (!front.balancer) return;
    front.balancer.update(upstreams());
    members.push({ at: Date.now(), up: instances.map((i) => i.state.up) });
  };

  const instances = Array.from({ length: options.instances }, (_, i) => {
    const created = createInstance(i, basePort + i, options, () => {
      if (stopping || created.state.stopping) return;
      const { state, handle } = created;
      state.failures = 0;
      // Out of the balancer before anything else: the supervisor knows at once, the health poll
      // only after two intervals, and by then a fast restart may be answering on the same port
      // while it is still starting.
      if (state.up) {
        state.up = false;
        log(`[cluster] ${handle.name} taken out (exited)`);
        publishMembership();
      }
      if (!restartExited) return;
      log(`[cluster] ${handle.name} exited; restarting`);
      state.restartTimer = setTimeout(created.launch, SUPERVISION.restartDelayMs);
    });
    return created;
  });

  function upstreams(): Upstream[] {
    const up = instances.map((i) => i.state.up);
    // With every instance failing, let nginx's passive checks try them all rather than none.
    const anyUp = up.some(Boolean);
    return instances.map((i, n) => ({ port: i.handle.port, down: anyUp && !up[n] }));
  }

  // Every instance must serve the same index; the first healthy one sets which.
  let clusterHash: string | undefined;
  const reportedHashes = new Set<string>();
  const check = async () => {
    const generations = instances.map((i) => i.state.generation);
    const hashes = await Promise.all(instances.map((i) => healthyHash(i.handle.url)));
    clusterHash ??= hashes.find((h) => h !== undefined);
    for (const hash of hashes) {
      if (hash === undefined || hash === clusterHash || reportedHashes.has(hash)) continue;
      reportedHashes.add(hash);
      log(`[cluster] an instance serves index ${hash}, not ${clusterHash}: kept out of the balancer`);
    }
    let changed = false;
    hashes.forEach((hash, n) => {
      const state = instances[n]!.state;
      // The process exited or was relaunched while this check ran: its answer says nothing about
      // the process there now (the exit handler has already taken it out).
      if (state.generation !== generations[n] || !state.child) return;
      const ok = hash !== undefined && hash === clusterHash;
      state.failures = ok ? 0 : state.failures + 1;
      const up = ok || (state.up && state.failures < SUPERVISION.failuresToRemove);
      if (up !== state.up) {
        state.up = up;
        changed = true;
        log(`[cluster] ${instances[n]!.handle.name} ${up ? 'joined' : 'taken out'}`);
      }
    });
    if (changed) publishMembership();
  };

  for (const i of instances) i.launch();
  const deadline = Date.now() + SUPERVISION.startTimeoutMs;
  while (!instances.every((i) => i.state.up)) {
    if (Date.now() > deadline) {
      for (const i of instances) i.handle.kill();
      throw new Error(`instances not healthy within ${SUPERVISION.startTimeoutMs / 1000} s:\n${instances.map((i) => i.state.log.slice(-1500)).join('\n')}`);
    }
    await check();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const balancer = startBalancer({ runDir, host: options.host, port: options.port, upstreams: upstreams() });
  front.balancer = balancer;
  members.push({ at: Date.now(), up: instances.map((i) => i.state.up) });
  const balancerHost = options.host === '0.0.0.0' || options.host === '::' ? LOOPBACK : options.host;
  const url = `http://${balancerHost.includes(':') ? `[${balancerHost}]` : balancerHost}:${options.port}`;
  while (!(await isHealthy(url))) {
    if (Date.now() > deadline) throw new Error(`nginx on ${url} not answering:\n${balancer.errorLog().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  let polling = false;
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    void check().finally(() => (polling = false));
  }, SUPERVISION.healthIntervalMs);
  log(`[cluster] ${url} → ${instances.map((i) => i.handle.port).join(', ')}`);

  const running = balancer;
  return {
    url,
    instances: instances.map((i) => i.handle),
    balancer: running,
    membership: () => [...members],
    async stop() {
      stopping = true;
      clearInterval(timer);
      await running.stop();
      await Promise.all(
        instances.map(async ({ state, handle }) => {
          state.stopping = true;
          clearTimeout(state.restartTimer);
          const child = state.child;
          if (!child || child.exitCode !== null) return;
          const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
          handle.kill('SIGTERM');
          const kill = setTimeout(() => handle.kill('SIGKILL'), SUPERVISION.stopGraceMs);
          await exited;
          clearTimeout(kill);
        }),
      );
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
