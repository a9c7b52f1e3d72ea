/**
 * The local server (`npm start`, the browser tests) against requests an attacker or a broken link would send:
 * it answers every one and keeps running, never serves dotfiles or the deployment's `_headers`, and never
 * redirects to another host. Requests are sent raw (node:http), because fetch would clean the paths first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
let server: ChildProcess;
let port = 0;

beforeAll(async () => {
  server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '0', join(root, 'tests/fixtures/served-site')], { stdio: ['ignore', 'pipe', 'pipe'] });
  port = await new Promise<number>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    server.stdout?.on('data', (data: Buffer) => {
      const match = /127\.0\.0\.1:(\d+)/.exec(String(data));
      if (match) resolve(Number(match[1]));
    });
  });
});

afterAll(() => {
  server.kill();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the local server', () => {
  it('serves pages with the headers from _headers, and redirects a folder to its trailing slash', async () => {
    const home = await send('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('<title>home</title>');
    expect(home.headers['x-test-header']).toBe('from-headers-file');
    const folder = await send('/en');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/en/');
  });

  it.each(['/%', '/%E0%A4%A', '/en/%zz', '/en%2F..%2F_headers', '/en/%00'])('answers a bad encoding %s with 400 and keeps running', async (path) => {
    expect((await send(path)).status).toBe(400);
    expect((await send('/')).status).toBe(200);
  });

  it.each(['/_headers', '/.env', '/%2eenv', '/en/../_headers', '/en/%2e%2e/.env', '/./index.html', '//_headers'])('never serves %s', async (path) => {
    const answer = await send(path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('SECRET');
    expect(answer.body).not.toContain('X-Test-Header');
  });

  it.each(['/.//evil.example/en', '//evil.example/en', '///evil.example', '//en', '/en//'])('never redirects %s to another host', async (path) => {
    const answer = await send(path);
    const location = String(answer.headers.location ?? '');
    expect(location.startsWith('//') || /^[a-z]+:/i.test(location), `${path} -> ${answer.status} ${location}`).toBe(false);
    if (path === '//en') expect([answer.status, location]).toEqual([301, '/en/']);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await send('/', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
    expect((await send('/', 'POST')).status).toBe(405);
  });

  it('shows its 404 page for a page that does not exist', async () => {
    const answer = await send('/nowhere/');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('<title>not found</title>');
  });
});
