/**
 * A throwaway redis-server (Debian's package) on a free loopback port with no persistence, for
 * tests, the load run and the cluster script. It can be stopped and started again on the same
 * port, to play an outage.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export const REDIS_PORT_RANGE = { from: 6390, to: 6399 } as const;
const LOOPBACK = '127.0.0.1';
const READY_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 3_000;

export type LocalRedis = {
  url: string;
  port: number;
  /** Stops the server (an outage); `start` brings it back on the same port, empty. */
  stop(): Promise<void>;
  start(): Promise<void>;
  output(): string;
  pid(): number | undefined;
};

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, LOOPBACK, () => probe.close(() => resolve(true)));
  });
}

async function freeRedisPort(from: number = REDIS_PORT_RANGE.from): Promise<number> {
  for (let port = from; port <= REDIS_PORT_RANGE.to; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port for redis-server in ${REDIS_PORT_RANGE.from}-${REDIS_PORT_RANGE.to}`);
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, LOOPBACK);
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Starts redis-server on a free port of the range; throws with a hint when the package is missing.
 * Test files run in parallel and may pick the same free port: the loser's server exits at start,
 * and it moves on to the next port.
 */
export async function startLocalRedis(options: { port?: number } = {}): Promise<LocalRedis> {
  if (options.port !== undefined) return startOnPort(options.port);
  let lastError: unknown;
  for (let attempt = 0; attempt <= REDIS_PORT_RANGE.to - REDIS_PORT_RANGE.from; attempt++) {
    const port = await freeRedisPort(REDIS_PORT_RANGE.from + attempt);
    try {
      return await startOnPort(port);
    } catch (error) {
      if (error instanceof Error && /could not start/.test(error.message)) throw error;
      lastError = error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error('redis-server could not start on any port');
}

async function startOnPort(port: number): Promise<LocalRedis> {
  let child: ChildProcess | undefined;
  let log = '';
  const launch = async () => {
    const args = ['--port', String(port), '--bind', LOOPBACK, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'];
    const started = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    const keep = (chunk: Buffer) => (log = (log + chunk.toString('utf8')).slice(-100_000));
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    const failed = new Promise<never>((_, reject) => {
      started.once('error', (error) => reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`)));
    });
    const deadline = Date.now() + READY_TIMEOUT_MS;
    const ready = (async () => {
      while (Date.now() < deadline) {
        if (started.exitCode !== null) throw new Error(`redis-server exited with ${started.exitCode}:\n${log.slice(-2000)}`);
        if (await answersPing(port)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`redis-server not ready on ${port} within ${READY_TIMEOUT_MS / 1000} s`);
    })();
    await Promise.race([ready, failed]);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  process.once('exit', () => child?.kill('SIGKILL'));
  await launch();
  return { url: `redis://${LOOPBACK}:${port}`, port, stop, start: launch, output: () => log, pid: () => child?.pid };
}
