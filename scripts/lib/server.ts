/**
 * Builds and runs the production Next.js server for load tests and benchmarks, on loopback only,
 * in its own build folder (NEXT_DIST_DIR, read by next.config.ts) so it never touches the `.next`
 * other tools use. Every server runs in its own process group and is stopped with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

export const LOAD_DIST_DIR = '.next-load';
export const LOOPBACK = '127.0.0.1';
/** The port range these tools may use. */
export const PORT_RANGE = { from: 3200, to: 3299 } as const;

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const BUILD_INPUTS = ['app', 'lib', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs'];
const BUILD_TIMEOUT_MS = 15 * 60_000;
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const MAX_LOG_CHARS = 4 * 1024 * 1024;
/** USER_HZ: 100 on every Linux this runs on (`getconf CLK_TCK`). */
const CLOCK_TICKS_PER_SECOND = 100;

export type Log = (line: string) => void;

const packageConfigSchema = z.object({ config: z.object({ serverNodeOptions: z.string() }) });

/**
 * The heap settings `npm start` gives the server (package.json `config.serverNodeOptions`), so the
 * server measured here is the server people run.
 */
export function serverNodeOptions(): string {
  const pkg = packageConfigSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
  return pkg.config.serverNodeOptions;
}

/** Environment every child gets: no telemetry (it would leave loopback), production mode. */
function baseEnv(distDir: string): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir };
}

/** The server's environment: as `npm start` sets it, the shell's NODE_OPTIONS last so they win. */
function serverEnv(distDir: string): NodeJS.ProcessEnv {
  const nodeOptions = [serverNodeOptions(), process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  return { ...baseEnv(distDir), NODE_OPTIONS: nodeOptions };
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** Why the build in `distDir` cannot be used as is, or undefined when it is current. */
export function staleBuildReason(distDir = LOAD_DIST_DIR): string | undefined {
  const buildId = path.join(ROOT, distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return `no production build in ${distDir}`;
  const builtAt = statSync(buildId).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(ROOT, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : undefined;
}

const tsconfigSchema = z.looseObject({ include: z.array(z.string()).optional() });

/**
 * `next build` adds `<distDir>/types/**` to tsconfig.json's include list (and reformats the file).
 * Put the file back when that is the only change, so a build in our own folder edits nothing shared.
 */
function restoreTsconfig(before: string, distDir: string, log: Log): void {
  const file = path.join(ROOT, 'tsconfig.json');
  const after = readFileSync(file, 'utf8');
  if (after === before) return;
  const strip = (text: string) => {
    const parsed = tsconfigSchema.parse(JSON.parse(text));
    return JSON.stringify({ ...parsed, include: (parsed.include ?? []).filter((p) => !p.startsWith(`${distDir}/`)) });
  };
  if (strip(after) === strip(before)) {
    writeFileSync(file, before);
    log(`[server] restored tsconfig.json after next build added ${distDir}/types to it`);
  } else {
    log('[server] tsconfig.json changed during the build in other ways; left as is');
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      reject(new Error(`${what} did not finish within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

/** Builds into `distDir` unless a current build is there. */
export async function ensureProductionBuild(
  options: { distDir?: string; force?: boolean; /** Use any existing build, even if older than the sources. */ reuse?: boolean; log?: Log } = {},
): Promise<{ built: boolean; ms: number }> {
  const distDir = options.distDir ?? LOAD_DIST_DIR;
  const log = options.log ?? console.log;
  const exists = existsSync(path.join(ROOT, distDir, 'BUILD_ID'));
  const reason = options.force ? 'rebuild requested' : options.reuse && exists ? undefined : staleBuildReason(distDir);
  if (reason === undefined) return { built: false, ms: 0 };
  log(`[server] building into ${distDir}: ${reason}`);
  const started = performance.now();
  const tsconfig = readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8');
  const child = spawn(process.execPath, [NEXT_BIN, 'build'], { cwd: ROOT, env: baseEnv(distDir), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  installExitHooks();
  if (child.pid !== undefined) liveGroups.add(child.pid);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-200_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  try {
    const code = await waitForExit(child, BUILD_TIMEOUT_MS, 'next build');
    if (code !== 0) throw new Error(`next build exited with ${code}:\n${output.slice(-4000)}`);
  } finally {
    if (child.pid !== undefined) liveGroups.delete(child.pid);
    restoreTsconfig(tsconfig, distDir, log);
  }
  const ms = performance.now() - started;
  log(`[server] built in ${(ms / 1000).toFixed(0)} s`);
  return { built: true, ms };
}

/** Process groups still running; killed if this process exits or is interrupted first. */
const liveGroups = new Set<number>();
let exitHooksInstalled = false;

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.once('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
      process.exit(130);
    });
  }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, LOOPBACK, () => probe.close(() => resolve(true)));
  });
}

/** The first free loopback port in [from, to]. */
export async function findFreePort(from: number = PORT_RANGE.from, to: number = PORT_RANGE.to): Promise<number> {
  if (from < PORT_RANGE.from || to > PORT_RANGE.to) throw new Error(`ports must stay within ${PORT_RANGE.from}-${PORT_RANGE.to}`);
  for (let port = from; port <= to; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${from}-${to}`);
}

export type ProcessMemory = { rssBytes: number; peakRssBytes: number };

/** RSS and peak RSS (VmRSS, VmHWM) of a process, from /proc/<pid>/status. */
export function readProcessMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rssBytes: kib('VmRSS'), peakRssBytes: kib('VmHWM') };
}

/** Seconds of CPU (user + system) a process has used, from /proc/<pid>/stat. */
export function readProcessCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / CLOCK_TICKS_PER_SECOND;
}

export type ServerOptions = {
  port?: number;
  distDir?: string;
  /** Extra environment; `null` removes a variable the shell exported. */
  env?: Record<string, string | null>;
  /** Extra Node flags for the server process, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** Open the inspector on a loopback port so `collectGarbage` can force a full GC. */
  inspect?: boolean;
  log?: Log;
};

export type HeapAfterGc = { heapUsedBytes: number; rssBytes: number };

const memoryUsageSchema = z.object({ heapUsed: z.number(), rss: z.number() });
const inspectorTargetsSchema = z.array(z.looseObject({ webSocketDebuggerUrl: z.string() })).min(1);
const inspectorReplySchema = z.looseObject({ id: z.number().optional(), result: z.unknown().optional(), error: z.unknown().optional() });
const evaluateResultSchema = z.object({ result: z.object({ value: z.string() }) });

/** Sends inspector commands one at a time over the server's debugger WebSocket (loopback). */
async function inspectorSession<T>(inspectPort: number, work: (send: (method: string, params?: object) => Promise<unknown>) => Promise<T>): Promise<T> {
  const targets = inspectorTargetsSchema.parse(await (await fetch(`http://${LOOPBACK}:${inspectPort}/json/list`)).json());
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('inspector connection failed')), { once: true });
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const reply = inspectorReplySchema.safeParse(JSON.parse(String(event.data)));
    if (!reply.success || reply.data.id === undefined) return;
    const waiter = pending.get(reply.data.id);
    pending.delete(reply.data.id);
    if (reply.data.error !== undefined) waiter?.reject(new Error(JSON.stringify(reply.data.error)));
    else waiter?.resolve(reply.data.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
      setTimeout(() => reject(new Error(`inspector ${method} timed out`)), 30_000).unref();
    });
  try {
    return await work(send);
  } finally {
    socket.close();
  }
}

async function heapAfterGc(inspectPort: number): Promise<HeapAfterGc> {
  return inspectorSession(inspectPort, async (send) => {
    // Twice: the first pass can leave finalizer-held garbage for the second.
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const evaluated = evaluateResultSchema.parse(await send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true }));
    const usage = memoryUsageSchema.parse(JSON.parse(evaluated.result.value));
    return { heapUsedBytes: usage.heapUsed, rssBytes: usage.rss };
  });
}

export type RunningServer = {
  url: string;
  port: number;
  pid: number;
  /** Everything the server printed so far (stdout and stderr, interleaved). */
  output(): string;
  memory(): ProcessMemory;
  /** CPU seconds the server process has used so far. */
  cpuSeconds(): number;
  /** Forces a full GC in the server (needs `inspect`), then reports its heap and RSS. */
  collectGarbage(): Promise<HeapAfterGc>;
  /** Stops the whole process group: SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
};

function childEnv(base: NodeJS.ProcessEnv, extra: Record<string, string | null>): NodeJS.ProcessEnv {
  const env = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (value === null) delete env[key];
    else env[key] = value;
  }
  return env;
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready:\n${output().slice(-3000)}`);
    try {
      const res = await fetch(`${url}/api/chat`, { method: 'GET', signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server at ${url} not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output().slice(-3000)}`);
}

/** Starts `next start` on loopback from `distDir`; resolves once it answers HTTP. */
export async function startProductionServer(options: ServerOptions = {}): Promise<RunningServer> {
  const distDir = options.distDir ?? LOAD_DIST_DIR;
  const port = options.port ?? (await findFreePort());
  if (port < PORT_RANGE.from || port > PORT_RANGE.to) throw new Error(`port ${port} is outside ${PORT_RANGE.from}-${PORT_RANGE.to}`);
  const url = `http://${LOOPBACK}:${port}`;
  const inspectPort = options.inspect ? await findFreePort(port + 1) : undefined;
  const inspectFlags = inspectPort === undefined ? [] : [`--inspect=${LOOPBACK}:${inspectPort}`];
  const child = spawn(process.execPath, [...inspectFlags, ...(options.nodeFlags ?? []), NEXT_BIN, 'start', '-p', String(port), '-H', LOOPBACK], {
    cwd: ROOT,
    env: childEnv(serverEnv(distDir), options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start next start');
  installExitHooks();
  liveGroups.add(pid);
  let log = '';
  const keep = (chunk: Buffer) => {
    log += chunk.toString('utf8');
    if (log.length > MAX_LOG_CHARS) log = log.slice(-MAX_LOG_CHARS / 2);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
    // Anything the server left in its group goes too.
    killGroup(pid, 'SIGKILL');
    liveGroups.delete(pid);
  };
  try {
    await waitUntilReady(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  (options.log ?? (() => {}))(`[server] ${url} ready (pid ${pid}, ${distDir})`);
  const collectGarbage = () => {
    if (inspectPort === undefined) return Promise.reject(new Error('start the server with inspect: true to force a GC'));
    return heapAfterGc(inspectPort);
  };
  return { url, port, pid, output: () => log, memory: () => readProcessMemory(pid), cpuSeconds: () => readProcessCpuSeconds(pid), collectGarbage, stop };
}

/** Runs `work` against a fresh server and always stops it, whatever `work` does. */
export async function withProductionServer<T>(options: ServerOptions, work: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startProductionServer(options);
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

/** Lines of server output that mean a bug: unhandled rejections, uncaught errors, Next's error marks. */
export function serverErrorLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /unhandled ?rejection|uncaught ?exception|⨯|ERR_INVALID_STATE|Controller is already closed|FATAL|heap out of memory/i.test(line));
}
