/**
 * The scaled-out deployment, for real: two production instances behind nginx with a real
 * redis-server (scripts/lib/cluster). A burst is limited once across both instances; a share made
 * on one opens on the other; an instance killed mid-load, or hung with SIGSTOP, is taken out and
 * rejoins with no request after the kill or the stop failing; Redis stopped mid-load leaves chats answering and shares at 503 until it
 * is back; no 5xx and no unhandled rejection in any instance's log.
 */
import { Redis } from 'ioredis';
import { z } from 'zod';
import { readConfig } from '@/lib/config';
import { createShareResponseSchema, getShareResponseSchema } from '@/lib/share/schema';
import { freeClusterPorts, startCluster, type RunningCluster } from '@/scripts/lib/cluster/cluster';
import { startLocalRedis, type LocalRedis } from '@/scripts/lib/redis-server';
import { LOAD_DIST_DIR, serverErrorLines, type Log } from '@/scripts/lib/server';
import { chatBody, isCompleteAnswerBody } from './chat-client';
import { longStreamsThroughBalancer } from './balancer-checks';
import { printResult, runCheck, tally, type Check, type CheckResult } from './check';
import { isJsonError, rawRequest } from './raw-http';

type ClusterScale = { loadConcurrency: number; killLoadMs: number; afterRejoinMs: number; redisOutageMs: number; hungMs: number };

const SCALES: Record<'short' | 'long', ClusterScale> = {
  short: { loadConcurrency: 6, killLoadMs: 2_000, afterRejoinMs: 2_000, redisOutageMs: 3_000, hungMs: 10_000 },
  long: { loadConcurrency: 16, killLoadMs: 10_000, afterRejoinMs: 10_000, redisOutageMs: 10_000, hungMs: 15_000 },
};

/** How soon the balancer must stop sending to a dead instance, and take it back once restarted. */
const TAKEN_OUT_WITHIN_MS = 5_000;
const REJOIN_WITHIN_MS = 60_000;
/** A stopped instance, resumed, answers its health check at once: it must be back within this. */
const RESUMED_REJOIN_WITHIN_MS = 10_000;
/**
 * A chat the balancer sent to a hung instance ends on the other one within nginx's
 * proxy_read_timeout (4 s) and the answer's own time, so well within this, while the instance is
 * still stopped. Without the failover it would wait until the instance resumes.
 */
const FAILOVER_WITHIN_MS = 8_000;
const REDIS_RECOVERY_WITHIN_MS = 10_000;

const QUESTION = 'What can cause cramps and weakness in the legs?';
const OFFLINE_ENV = { OPENAI_API_KEY: null, OPENAI_BASE_URL: null, OPENAI_MODEL: null, LEGWISE_CORPUS_DIR: null, LEGWISE_DATA_DIR: null };

type Sample = { startedAt: number; endedAt: number; status: number; complete: boolean; error?: string };

/**
 * A fresh client address for every background request, from 127.1.0.1 on (nginx appends it to
 * X-Forwarded-For; the instances key their limiter on it). The background load plays many clients
 * each far below the chat limit. With the answer cache the loops make ~750 chats a second, so a
 * pool of 200 reused addresses ran each at ~56 of the 60 chats per 15 s window, and a 69 s run in
 * CI got 429s (the limiter was right). The burst check tests the limit itself, on its own address.
 */
let loadClients = 0;
function nextLoadAddress(): string {
  const n = loadClients++;
  return `127.${1 + (Math.floor(n / 62_500) % 254)}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
}

function port(url: string): number {
  return Number(new URL(url).port);
}

async function chat(url: string, localAddress: string): Promise<Sample> {
  const startedAt = Date.now();
  const res = await rawRequest({ port: port(url), method: 'POST', path: '/api/chat', body: chatBody(QUESTION), localAddress, timeoutMs: 30_000 });
  return { startedAt, endedAt: Date.now(), status: res.status, complete: res.status === 200 && isCompleteAnswerBody(res.body), error: res.error };
}

/** Chats through the balancer with `concurrency` loops until `stop()`; resolves every sample. */
function backgroundLoad(url: string, concurrency: number): { stop: () => Promise<Sample[]> } {
  const samples: Sample[] = [];
  let running = true;
  const loops = Array.from({ length: concurrency }, async () => {
    while (running) samples.push(await chat(url, nextLoadAddress()));
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await condition()) return Date.now() - started;
    await sleep(intervalMs);
  }
  return undefined;
}

function burstOnceAcrossInstances(cluster: RunningCluster): Promise<CheckResult> {
  return runCheck('a burst past the limit is limited once across both instances', async (check) => {
    const names = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const res = await rawRequest({ port: port(cluster.url), path: '/api/health' });
      names.add(String((JSON.parse(res.body) as { instance?: unknown }).instance));
    }
    check.expect(names.size === 2, `the balancer sent health checks to ${names.size} instance(s), expected both`);
    const burst = readConfig({ NODE_ENV: 'production' }).rateLimit.burst;
    const address = '127.0.2.1';
    const statuses: number[] = [];
    let badLimits = 0;
    for (let i = 0; i < burst * 2; i++) {
      const res = await rawRequest({ port: port(cluster.url), method: 'POST', path: '/api/chat', body: chatBody(QUESTION), localAddress: address });
      statuses.push(res.status);
      if (res.status === 429 && !(Number(res.headers['retry-after']) >= 1 && isJsonError(res))) badLimits++;
    }
    const allowed = statuses.filter((s) => s === 200).length;
    check.expect(allowed === burst, `${allowed} of ${burst * 2} answered; the limit is ${burst} across the cluster`);
    check.expect(
      statuses.slice(burst).every((s) => s === 429),
      'after the burst every request should get 429',
    );
    check.expect(badLimits === 0, `${badLimits} 429s without Retry-After or a JSON error`);
    check.figure('allowed', allowed);
  });
}

function shareAcrossInstances(cluster: RunningCluster): Promise<CheckResult> {
  return runCheck('a share link made on one instance opens (and deletes) through the other', async (check) => {
    const [first, second] = cluster.instances;
    if (!first || !second) throw new Error('two instances expected');
    const messages = [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: QUESTION }] }];
    const made = await rawRequest({
      port: first.port,
      method: 'POST',
      path: '/api/share',
      body: JSON.stringify({ messages }),
      headers: { 'x-forwarded-for': '198.18.9.9' },
    });
    check.expect(made.status === 201, `create on ${first.name}: ${made.status} ${made.body.slice(0, 100)}`);
    if (made.status !== 201) return;
    const { id, deleteToken } = createShareResponseSchema.parse(JSON.parse(made.body));
    const read = await rawRequest({ port: second.port, path: `/api/share/${id}`, headers: { 'x-forwarded-for': '198.18.9.9' } });
    check.expect(read.status === 200, `read on ${second.name}: ${read.status}`);
    if (read.status === 200)
      check.expect(JSON.stringify(getShareResponseSchema.parse(JSON.parse(read.body)).messages) === JSON.stringify(messages), 'the snapshot changed');
    const removed = await rawRequest({
      port: second.port,
      method: 'DELETE',
      path: `/api/share/${id}`,
      headers: { 'x-delete-token': deleteToken, 'x-forwarded-for': '198.18.9.9' },
    });
    check.expect(removed.status === 200, `delete on ${second.name}: ${removed.status}`);
    const gone = await rawRequest({ port: first.port, path: `/api/share/${id}`, headers: { 'x-forwarded-for': '198.18.9.9' } });
    check.expect(gone.status === 404, `read after delete on ${first.name}: ${gone.status}`);
  });
}

type HealthAnswer = { status: number; instance?: string };

async function healthThroughBalancer(cluster: RunningCluster): Promise<HealthAnswer> {
  const res = await rawRequest({ port: port(cluster.url), path: '/api/health', timeoutMs: 5_000 });
  const parsed = z.object({ instance: z.string() }).safeParse(JSON.parse(res.body || 'null'));
  return { status: res.status, instance: parsed.success ? parsed.data.instance : undefined };
}

/** When the membership log first shows the instance `n` in (`up`) or out, after `since`. */
function membershipAt(cluster: RunningCluster, n: number, up: boolean, since: number): number | undefined {
  return cluster.membership().find((m) => m.at >= since && m.up[n] === up)?.at;
}

function statusTally(samples: readonly Sample[]): string {
  return tally(samples.map((s) => `${s.status}${s.error ? ` ${s.error}` : ''}`)).join('; ');
}

/** Once back in, the balancer sends the instance requests again (round robin: within a few). */
function expectRejoinedGetsTraffic(check: Check, rejoinedAt: number | undefined, answers: readonly HealthAnswer[], name: string): void {
  if (rejoinedAt === undefined) return;
  check.expect(
    answers.some((a) => a.instance === name),
    `after rejoining, ${answers.length} requests through the balancer never reached ${name}`,
  );
}

/**
 * Every chat started after the signal completed, and no 5xx outside the streams in flight at it
 * (those were on the signalled instance; nginx may answer 502 for them). Returns the split.
 */
function expectLaterChatsServed(check: Check, samples: readonly Sample[], at: number, event: string) {
  const later = samples.filter((s) => s.startedAt > at);
  const laterFailed = later.filter((s) => !s.complete);
  const inFlight = samples.filter((s) => s.startedAt <= at && s.endedAt >= at);
  check.expect(
    laterFailed.length === 0,
    `${laterFailed.length} of ${later.length} chats started after ${event} failed: ${statusTally(laterFailed)} (started ${laterFailed
      .slice(0, 5)
      .map((s) => `+${s.startedAt - at}`)
      .join(', ')} ms after ${event})`,
  );
  check.expect(
    samples.filter((s) => !inFlight.includes(s)).every((s) => s.status < 500),
    `a 5xx answer outside the requests in flight at ${event}`,
  );
  check.expect(later.length > 0, `no chat started after ${event}: the load stopped`);
  return { later, inFlight };
}

/** Starts background chats, lets them run, then sends the second instance a signal mid-load. */
async function signalUnderLoad(cluster: RunningCluster, scale: ClusterScale, signal: NodeJS.Signals) {
  const victim = cluster.instances[1];
  if (!victim) throw new Error('two instances expected');
  const victimPid = victim.pid();
  const load = backgroundLoad(cluster.url, scale.loadConcurrency);
  await sleep(scale.killLoadMs);
  const signalledAt = Date.now();
  victim.kill(signal);
  return { victim, victimPid, load, signalledAt };
}

/**
 * The guarantees of the supervisor plus nginx, whatever the machine's speed: the balancer stops
 * sending to the killed instance within seconds (the supervisor takes it out when it sees the
 * exit, not after health checks that a fast restart can race); every chat started after the kill
 * completes (nginx retries a chat the dying instance accepted but never answered); it rejoins
 * only once healthy and then gets traffic again. Only streams in flight at the kill may end.
 */
function instanceKilledMidLoad(cluster: RunningCluster, scale: ClusterScale): Promise<CheckResult> {
  return runCheck('an instance killed mid-load is taken out within seconds, nothing later fails, it rejoins', async (check) => {
    const { victim, victimPid, load, signalledAt: killedAt } = await signalUnderLoad(cluster, scale, 'SIGKILL');
    await waitFor(() => membershipAt(cluster, 1, false, killedAt) !== undefined, TAKEN_OUT_WITHIN_MS);
    const takenOutAt = membershipAt(cluster, 1, false, killedAt);
    await waitFor(() => membershipAt(cluster, 1, true, takenOutAt ?? killedAt) !== undefined, REJOIN_WITHIN_MS, 200);
    const rejoinedAt = takenOutAt === undefined ? undefined : membershipAt(cluster, 1, true, takenOutAt);
    // Once back in, the balancer sends it requests again (round robin: within a few).
    const answers: HealthAnswer[] = [];
    if (rejoinedAt !== undefined) {
      for (let i = 0; i < 10 && !answers.some((a) => a.instance === victim.name); i++) answers.push(await healthThroughBalancer(cluster));
    }
    await sleep(scale.afterRejoinMs);
    const samples = await load.stop();
    const servedAfter = await rawRequest({ port: victim.port, path: '/api/health' });
    check.expect(
      takenOutAt !== undefined && takenOutAt - killedAt <= TAKEN_OUT_WITHIN_MS,
      `still in the balancer ${TAKEN_OUT_WITHIN_MS / 1000} s after the kill`,
    );
    check.expect(takenOutAt === undefined || rejoinedAt !== undefined, `did not rejoin within ${REJOIN_WITHIN_MS / 1000} s of being taken out`);
    check.expect(victim.pid() !== undefined && victim.pid() !== victimPid, 'the killed instance was not replaced by a new process');
    check.expect(servedAfter.status === 200, `restarted instance health: ${servedAfter.status}`);
    expectRejoinedGetsTraffic(check, rejoinedAt, answers, victim.name);
    const { later, inFlight } = expectLaterChatsServed(check, samples, killedAt, 'the kill');
    check.figure('requests', samples.length);
    check.figure('after_kill', later.length);
    check.figure('in_flight_at_kill_failed', inFlight.filter((s) => !s.complete).length);
    if (takenOutAt !== undefined) check.figure('taken_out_ms', takenOutAt - killedAt);
    if (rejoinedAt !== undefined) check.figure('rejoined_ms', rejoinedAt - killedAt);
  });
}

/**
 * A hung instance: stopped with SIGSTOP, so its sockets still accept connections (the kernel's
 * backlog) but nothing answers. Health checks time out and the supervisor takes it out; requests
 * nginx had already sent it get no byte within proxy_read_timeout and go to the other instance.
 * So no chat started after the stop fails, only some wait for the read timeout. After SIGCONT the
 * same process answers its health check again and rejoins.
 */
function instanceHungMidLoad(cluster: RunningCluster, scale: ClusterScale): Promise<CheckResult> {
  return runCheck('an instance hung (SIGSTOP) mid-load is taken out within seconds, nothing later fails, it rejoins after SIGCONT', async (check) => {
    const { victim, victimPid, load, signalledAt: stoppedAt } = await signalUnderLoad(cluster, scale, 'SIGSTOP');
    let resumed = false;
    try {
      await waitFor(() => membershipAt(cluster, 1, false, stoppedAt) !== undefined, TAKEN_OUT_WITHIN_MS);
      const out: HealthAnswer[] = [];
      for (let i = 0; i < 6; i++) out.push(await healthThroughBalancer(cluster));
      check.expect(
        out.every((a) => a.status === 200 && a.instance !== victim.name),
        `while hung and out: ${out.map((a) => `${a.status} ${a.instance ?? '-'}`).join(', ')}`,
      );
      await sleep(scale.hungMs);
    } finally {
      victim.kill('SIGCONT');
      resumed = true;
    }
    const resumedAt = Date.now();
    const takenOutAt = membershipAt(cluster, 1, false, stoppedAt);
    await waitFor(() => membershipAt(cluster, 1, true, resumedAt) !== undefined, RESUMED_REJOIN_WITHIN_MS, 100);
    const rejoinedAt = membershipAt(cluster, 1, true, resumedAt);
    const answers: HealthAnswer[] = [];
    if (rejoinedAt !== undefined) {
      for (let i = 0; i < 10 && !answers.some((a) => a.instance === victim.name); i++) answers.push(await healthThroughBalancer(cluster));
    }
    await sleep(scale.afterRejoinMs);
    const samples = await load.stop();
    check.expect(resumed, 'the instance was not resumed');
    check.expect(
      takenOutAt !== undefined && takenOutAt - stoppedAt <= TAKEN_OUT_WITHIN_MS,
      `still in the balancer ${TAKEN_OUT_WITHIN_MS / 1000} s after SIGSTOP`,
    );
    check.expect(rejoinedAt !== undefined, `did not rejoin within ${RESUMED_REJOIN_WITHIN_MS / 1000} s of SIGCONT`);
    check.expect(victim.pid() === victimPid, 'the hung instance was restarted; it should only have been taken out');
    expectRejoinedGetsTraffic(check, rejoinedAt, answers, victim.name);
    const { later, inFlight } = expectLaterChatsServed(check, samples, stoppedAt, 'SIGSTOP');
    // Chats started early enough must have ended before SIGCONT: failed over, not waiting for the resume.
    const overdue = later.filter((s) => s.startedAt <= resumedAt - FAILOVER_WITHIN_MS);
    const waited = overdue.filter((s) => s.endedAt > resumedAt);
    check.expect(overdue.length > 0, 'no chat started early enough in the hang to show the failover');
    check.expect(
      waited.length === 0,
      `${waited.length} of ${overdue.length} chats started during the hang waited for SIGCONT instead of going to the other instance`,
    );
    check.figure('requests', samples.length);
    check.figure('after_stop', later.length);
    check.figure('failover_window', overdue.length);
    check.figure('in_flight_at_stop_failed', inFlight.filter((s) => !s.complete).length);
    // The price of a hang: requests the balancer had sent to it wait for the read timeout.
    check.figure('slowest_after_stop_ms', Math.max(0, ...later.map((s) => s.endedAt - s.startedAt)));
    if (takenOutAt !== undefined) check.figure('taken_out_ms', takenOutAt - stoppedAt);
    if (rejoinedAt !== undefined) check.figure('rejoined_after_sigcont_ms', rejoinedAt - resumedAt);
  });
}

async function createShareThrough(url: string): Promise<{ status: number; retryAfter: number }> {
  const res = await rawRequest({
    port: port(url),
    method: 'POST',
    path: '/api/share',
    body: JSON.stringify({ messages: [{ id: 'u', role: 'user', parts: [{ type: 'text', text: QUESTION }] }] }),
    localAddress: '127.0.3.1',
  });
  return { status: res.status, retryAfter: Number(res.headers['retry-after'] ?? 0) };
}

function redisStoppedMidLoad(cluster: RunningCluster, redis: LocalRedis, scale: ClusterScale): Promise<CheckResult> {
  return runCheck('Redis stopped mid-load: chats keep answering, shares 503, both recover', async (check) => {
    const load = backgroundLoad(cluster.url, scale.loadConcurrency);
    await sleep(500);
    const before = await createShareThrough(cluster.url);
    check.expect(before.status === 201, `share before the outage: ${before.status}`);
    await redis.stop();
    const stoppedAt = Date.now();
    await sleep(300);
    const during = await createShareThrough(cluster.url);
    check.expect(during.status === 503 && during.retryAfter >= 1, `share during the outage: ${during.status}, Retry-After ${during.retryAfter}`);
    await sleep(scale.redisOutageMs);
    await redis.start();
    const restartedAt = Date.now();
    const recovered = await waitFor(async () => (await createShareThrough(cluster.url)).status === 201, REDIS_RECOVERY_WITHIN_MS, 250);
    const samples = await load.stop();
    const duringOutage = samples.filter((s) => s.startedAt >= stoppedAt && s.startedAt < restartedAt);
    const failed = samples.filter((s) => !s.complete);
    check.expect(recovered !== undefined, `shares still failing ${REDIS_RECOVERY_WITHIN_MS / 1000} s after Redis came back`);
    check.expect(
      duringOutage.length > 0 && duringOutage.every((s) => s.complete),
      `chats during the outage: ${duringOutage.filter((s) => !s.complete).length} of ${duringOutage.length} failed`,
    );
    check.expect(
      failed.length === 0,
      `${failed.length} chats failed: ${failed
        .slice(0, 3)
        .map((s) => `${s.status} ${s.error ?? ''}`)
        .join('; ')}`,
    );
    // The limiter is back on Redis: this client's chat counter is a Redis key again. Each instance
    // reconnects on its own schedule, so the probe chats until one lands there, within the same bound.
    const probe = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    const limiterBack = await waitFor(
      async () => {
        await chat(cluster.url, '127.0.3.2');
        return (await probe.keys('legwise:rl:chat:*127.0.3.2*')).length === 1;
      },
      REDIS_RECOVERY_WITHIN_MS,
      500,
    ).finally(() => probe.disconnect());
    check.expect(limiterBack !== undefined, `the chat limiter did not go back to Redis within ${REDIS_RECOVERY_WITHIN_MS / 1000} s`);
    check.figure('chats_during_outage', duringOutage.length);
    if (recovered !== undefined) check.figure('shares_recovered_ms', recovered);
  });
}

function cleanLogs(cluster: RunningCluster): Promise<CheckResult> {
  return runCheck('no unhandled rejection or error mark in any instance log', async (check) => {
    for (const instance of cluster.instances) {
      const lines = serverErrorLines(instance.output());
      check.expect(lines.length === 0, `${instance.name}: ${lines.slice(0, 3).join(' | ')}`);
    }
  });
}

export async function clusterChecks(mode: 'short' | 'long', log: Log): Promise<CheckResult[]> {
  const scale = SCALES[mode];
  const redis = await startLocalRedis();
  const ports = await freeClusterPorts(2);
  const results: CheckResult[] = [];
  let cluster: RunningCluster | undefined;
  try {
    cluster = await startCluster({ instances: 2, host: '127.0.0.1', ...ports, redisUrl: redis.url, distDir: LOAD_DIST_DIR, env: OFFLINE_ENV, log });
    const running = cluster;
    const steps = [
      () => longStreamsThroughBalancer(),
      () => burstOnceAcrossInstances(running),
      () => shareAcrossInstances(running),
      () => instanceKilledMidLoad(running, scale),
      () => instanceHungMidLoad(running, scale),
      () => redisStoppedMidLoad(running, redis, scale),
      () => cleanLogs(running),
    ];
    for (const step of steps) {
      const result = await step();
      printResult(result);
      results.push(result);
    }
  } finally {
    await cluster?.stop();
    await redis.stop();
  }
  return results;
}
