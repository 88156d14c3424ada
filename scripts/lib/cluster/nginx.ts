/**
 * nginx as the cluster's load balancer: the repo's template (deploy/nginx/legwise.conf.template)
 * filled into a private run dir, nginx in the foreground as a child, reloaded (SIGHUP) when the
 * set of healthy instances changes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const NGINX_TEMPLATE = path.join(ROOT, 'deploy', 'nginx', 'legwise.conf.template');
// Debian puts nginx in /usr/sbin, which is not on every user's PATH.
const NGINX_BIN = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const STOP_GRACE_MS = 3_000;

export type Upstream = { port: number; down: boolean };
export type BalancerSettings = { runDir: string; host: string; port: number; upstreams: readonly Upstream[] };

/** How many failed connections take an instance out, and for how long (passive checks). */
export const PASSIVE_CHECK = { maxFails: 1, failTimeoutSeconds: 5 } as const;

function listenDirective(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

export function renderNginxConfig(settings: BalancerSettings): string {
  const servers = settings.upstreams
    .map((u) => `    server 127.0.0.1:${u.port} max_fails=${PASSIVE_CHECK.maxFails} fail_timeout=${PASSIVE_CHECK.failTimeoutSeconds}s${u.down ? ' down' : ''};`)
    .join('\n');
  return readFileSync(NGINX_TEMPLATE, 'utf8')
    .replaceAll('{{RUN_DIR}}', settings.runDir)
    .replaceAll('{{LISTEN}}', listenDirective(settings.host, settings.port))
    .replaceAll('{{UPSTREAM_SERVERS}}', servers);
}

export type RunningBalancer = {
  pid: number;
  configFile: string;
  /** Rewrites the config with these upstreams and reloads nginx without dropping connections. */
  update(upstreams: readonly Upstream[]): void;
  stop(): Promise<void>;
  errorLog(): string;
  exited: Promise<number | null>;
};

function writeConfig(settings: BalancerSettings): string {
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(settings.runDir, dir), { recursive: true });
  const file = path.join(settings.runDir, 'nginx.conf');
  writeFileSync(file, renderNginxConfig(settings));
  return file;
}

/** Checks the config with `nginx -t` first, so a bad template fails with nginx's own message. */
export function startBalancer(settings: BalancerSettings): RunningBalancer {
  const configFile = writeConfig(settings);
  const prefix = ['-p', settings.runDir, '-c', configFile, '-e', path.join(settings.runDir, 'error.log')];
  const test = spawnSync(NGINX_BIN, ['-t', ...prefix], { encoding: 'utf8' });
  if (test.error) throw new Error(`nginx not found (apt-get install nginx): ${test.error.message}`);
  if (test.status !== 0) throw new Error(`nginx rejected ${configFile}:\n${test.stderr}`);
  const child: ChildProcess = spawn(NGINX_BIN, prefix, { stdio: ['ignore', 'inherit', 'inherit'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error('nginx did not start');
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let current = settings;
  return {
    pid,
    configFile,
    exited,
    update(upstreams) {
      current = { ...current, upstreams };
      writeConfig(current);
      child.kill('SIGHUP');
    },
    async stop() {
      if (child.exitCode !== null) return;
      // SIGQUIT: graceful; in-flight streams finish or the grace period ends them.
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
    errorLog() {
      try {
        return readFileSync(path.join(settings.runDir, 'error.log'), 'utf8');
      } catch {
        return '';
      }
    },
  };
}
