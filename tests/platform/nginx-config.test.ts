/**
 * The load balancer's config as the cluster script writes it: nginx itself accepts it (`nginx -t`,
 * Debian's nginx), it streams unbuffered, sets X-Forwarded-For, marks instances down, and retries
 * only chats (never another POST) on the next instance after the first died.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderNginxConfig } from '@/scripts/lib/cluster/nginx';

const runDir = mkdtempSync(path.join(os.tmpdir(), 'legwise-nginx-test-'));
afterAll(() => rmSync(runDir, { recursive: true, force: true }));

const config = renderNginxConfig({
  runDir,
  host: '127.0.0.1',
  port: 3149,
  upstreams: [
    { port: 3147, down: false },
    { port: 3148, down: true },
  ],
});

/** The config without its comments: what nginx reads. */
const directives = () =>
  config
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .join('\n');

/** One block of the config, from its opening line to its first closing brace. */
function block(opening: string): string {
  const text = directives();
  const start = text.indexOf(opening);
  expect(start, opening).toBeGreaterThan(-1);
  return text.slice(start, text.indexOf('}', start));
}

describe('nginx config for the cluster', () => {
  it('fills every field and keeps all paths inside the run dir', () => {
    const directives = config.split('\n').filter((l) => !l.trim().startsWith('#'));
    expect(directives.join('\n')).not.toMatch(/\{\{/);
    expect(config).toContain('listen 127.0.0.1:3149;');
    expect(config).toMatch(/server 127\.0\.0\.1:3147 max_fails=1 fail_timeout=5s;/);
    expect(config).toMatch(/server 127\.0\.0\.1:3148 max_fails=1 fail_timeout=5s down;/);
    for (const line of directives.filter((l) => /_path|^pid|^error_log/.test(l.trim()))) expect(line).toContain(runDir);
  });

  it('streams unbuffered, appends X-Forwarded-For and retries refused connections', () => {
    expect(config).toMatch(/proxy_buffering off;/);
    expect(config).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    expect(config).toMatch(/proxy_next_upstream error timeout http_502;/);
  });

  it('keeps upstream connections alive for chats only', () => {
    expect(block('upstream legwise_chat {')).toMatch(/^\s*keepalive \d+;/m);
    expect(block('upstream legwise {')).not.toMatch(/keepalive/);
    expect(directives().match(/^\s*keepalive \d+;/gm)).toHaveLength(1);
    expect(block('location = /api/chat {')).toMatch(/proxy_pass http:\/\/legwise_chat;/);
    expect(block('location / {')).toMatch(/proxy_pass http:\/\/legwise;/);
  });

  it('sends a chat whose instance died before answering to the next one, and no other POST', () => {
    expect(block('location = /api/chat {')).toMatch(/proxy_next_upstream error timeout http_502 non_idempotent;/);
    expect(block('location / {')).not.toMatch(/non_idempotent/);
    expect(directives().match(/non_idempotent/g)).toHaveLength(1);
  });

  it('is accepted by nginx -t', () => {
    const file = path.join(runDir, 'nginx.conf');
    writeFileSync(file, config);
    for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(runDir, dir), { recursive: true });
    const bin = ['/usr/sbin/nginx', 'nginx'].find((b) => spawnSync(b, ['-v']).status === 0);
    expect(bin, 'nginx is installed (apt-get install nginx)').toBeDefined();
    const result = spawnSync(bin!, ['-t', '-p', runDir, '-c', file, '-e', path.join(runDir, 'error.log')], { encoding: 'utf8' });
    expect(result.stderr).toMatch(/test is successful/);
  });
});
