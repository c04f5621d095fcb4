import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectionHandle, ServerConnection } from '@lit-ui/core/protocol';
import { checkOrigin, type Runtime } from '@lit-ui/core';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { liteUi, type LiteUiOptions, type LiteUiRouter } from './index.js';

const MOUNT = '/tools/explorer';
let assetsDir: string;
const cleanups: Array<() => Promise<void> | void> = [];

beforeEach(async () => {
  assetsDir = await mkdtemp(join(tmpdir(), 'lit-ui-assets-'));
  await writeFile(join(assetsDir, 'client.js'), 'import "./chunk-AB12.js";\n');
  await writeFile(join(assetsDir, 'chunk-AB12.js'), 'export const x = 1;\n');
  cleanups.push(() => rm(assetsDir, { recursive: true, force: true }));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A runtime stand-in: records connections and requests; `/_lit-ui/health` answers 'ok'. */
function fakeRuntime() {
  const connections: ServerConnection[] = [];
  const requests: Array<{ method: string; url: string; body: string }> = [];
  const runtime = {
    connections,
    requests,
    sessionCount: 0,
    close: vi.fn(async () => undefined),
    drain: async () => undefined,
    requestRerun: () => undefined,
    checkOrigin: (request: { url: string; headers: Headers }) => checkOrigin(request),
    connect(conn: ServerConnection): ConnectionHandle {
      connections.push(conn);
      return { receive: () => undefined, closed: () => undefined };
    },
    async fetch(request: Request): Promise<Response> {
      requests.push({ method: request.method, url: request.url, body: await request.text() });
      const { pathname } = new URL(request.url);
      if (pathname === '/_lit-ui/health') return new Response('ok', { headers: { 'content-type': 'text/plain' } });
      return new Response('nope', { status: 404 });
    },
  } satisfies Runtime & Record<string, unknown>;
  return runtime;
}

async function setup(options: LiteUiOptions = {}, mount = MOUNT) {
  const runtime = fakeRuntime();
  const ui = liteUi(runtime, { assetsDir, ...options });
  const app = express();
  app.use(mount, ui);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => sockets.add(socket));
  ui.attach(server);
  cleanups.push(async () => {
    await ui.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { runtime, ui, server, base };
}

/** Opens a WebSocket; resolves true when it opens, false when the upgrade is refused or dropped. */
function opens(url: string): Promise<boolean> {
  const ws = new WebSocket(url);
  cleanups.push(() => ws.terminate());
  return new Promise((resolve) => {
    ws.once('open', () => resolve(true));
    ws.once('error', () => resolve(false));
  });
}

/** Other upgrade paths belong to someone else in these tests: that someone drops them. */
function dropForeignUpgrades(server: Server, foreign: string): void {
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    if (req.url?.startsWith(foreign)) socket.destroy();
  });
}

describe('liteUi', () => {
  it('serves the host page at the mount root and at page sub-paths', async () => {
    const { base } = await setup({ title: 'A & B <x>' });
    for (const path of [MOUNT, `${MOUNT}/`, `${MOUNT}/charts`]) {
      const res = await fetch(base + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await res.text();
      expect(html).toContain('<lit-ui-app src="/tools/explorer" layout="page" theme="auto" menu></lit-ui-app>');
      // The module script carries the response's CSP nonce (issue 6.10).
      expect(html).toMatch(/<script type="module" nonce="[^"]+" src="\/tools\/explorer\/client.js"><\/script>/);
      expect(html).toContain('<title>A &amp; B &lt;x&gt;</title>');
      expect(html).toContain('name="viewport"');
    }
  });

  it('serves the bundle: client.js revalidated by ETag, chunks immutable, missing files 404', async () => {
    const { base } = await setup();
    const client = await fetch(`${base}${MOUNT}/client.js`);
    expect(client.status).toBe(200);
    expect(client.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(client.headers.get('cache-control')).toBe('no-cache');
    expect(await client.text()).toBe('import "./chunk-AB12.js";\n');
    const etag = client.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}${MOUNT}/client.js`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);

    const chunk = await fetch(`${base}${MOUNT}/chunk-AB12.js`);
    expect(chunk.headers.get('cache-control')).toContain('immutable');
    expect(await chunk.text()).toBe('export const x = 1;\n');
    expect((await fetch(`${base}${MOUNT}/missing.js`)).status).toBe(404);
    // Not a bundle file name: never read from disk, and not a page path either: 404, not the host page (issue 6.10).
    const traversal = await fetch(`${base}${MOUNT}/..%2F..%2Fpackage.json`);
    expect(traversal.status).toBe(404);
    expect(traversal.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('hands /_lit-ui/* to runtime.fetch with the mount stripped', async () => {
    const { base, runtime } = await setup();
    const health = await fetch(`${base}${MOUNT}/_lit-ui/health?deep=1`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok');
    expect(new URL(runtime.requests[0]?.url ?? '').pathname).toBe('/_lit-ui/health');
    expect(new URL(runtime.requests[0]?.url ?? '').search).toBe('?deep=1');

    const upload = await fetch(`${base}${MOUNT}/_lit-ui/upload/x`, { method: 'POST', body: 'file bytes' });
    expect(upload.status).toBe(404);
    expect(runtime.requests[1]).toMatchObject({ method: 'POST', body: 'file bytes' });
    expect(new URL(runtime.requests[1]?.url ?? '').pathname).toBe('/_lit-ui/upload/x');
  });

  it('takes WebSocket upgrades under its mount only', async () => {
    const { base, server, runtime } = await setup();
    dropForeignUpgrades(server, '/other');
    await fetch(`${base}${MOUNT}/`);
    const ws = base.replace('http:', 'ws:');
    expect(await opens(`${ws}${MOUNT}/_lit-ui/ws`)).toBe(true);
    expect(runtime.connections).toHaveLength(1);
    expect(runtime.connections[0]?.context.url).toContain(`${MOUNT}/_lit-ui/ws`);
    expect(await opens(`${ws}/other/_lit-ui/ws`)).toBe(false);
    expect(runtime.connections).toHaveLength(1);
  });

  it('compresses WebSocket frames with perMessageDeflate (permessage-deflate), not by default', async () => {
    for (const [options, extensions] of [
      [{ perMessageDeflate: true }, 'permessage-deflate'],
      [{}, ''],
    ] as const) {
      const { base } = await setup({ basePath: MOUNT, ...options });
      const ws = new WebSocket(`${base.replace('http:', 'ws:')}${MOUNT}/_lit-ui/ws`);
      cleanups.push(() => ws.terminate());
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      expect(ws.extensions.split(';')[0]).toBe(extensions);
    }
  });

  it('with basePath, matches upgrades before any HTTP request', async () => {
    const { base, server, runtime } = await setup({ basePath: MOUNT });
    dropForeignUpgrades(server, '/other');
    const ws = base.replace('http:', 'ws:');
    expect(await opens(`${ws}/other/_lit-ui/ws`)).toBe(false);
    expect(await opens(`${ws}${MOUNT}/_lit-ui/ws`)).toBe(true);
    expect(runtime.connections).toHaveLength(1);
  });

  it('works at the root mount and leaves the root to the app when hostPage is false', async () => {
    const root = await setup({}, '/');
    const html = await (await fetch(`${root.base}/`)).text();
    expect(html).toContain('<lit-ui-app src="/" layout="page"');
    expect(html).toContain('src="/client.js"');

    const bare = await setup({ hostPage: false });
    expect((await fetch(`${bare.base}${MOUNT}/`)).status).toBe(404);
    expect((await fetch(`${bare.base}${MOUNT}/client.js`)).status).toBe(200);
  });

  it('sends the host page with a strict CSP and security headers, and real 404s under the mount', async () => {
    const { base } = await setup({ frameAncestors: ["'self'", 'https://intranet.example.com'], contentSecurityPolicy: { 'img-src': ["'self'"] } });
    const page = await fetch(`${base}${MOUNT}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    const nonce = /nonce="([^"]+)"/.exec(await page.text())?.[1];
    expect(csp).toContain(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'self' https://intranet.example.com");
    expect(csp).toContain("img-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    for (const path of ['/robots.txt', '/a/b', '/_lit-ui/nope', '/x.php']) expect((await fetch(`${base}${MOUNT}${path}`)).status, path).toBe(404);
    const icon = await fetch(`${base}${MOUNT}/favicon.ico`);
    expect(icon.headers.get('content-type')).toBe('image/x-icon');
    const head = await fetch(`${base}${MOUNT}/charts`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-security-policy')).toContain("'nonce-");
    expect((await fetch(`${base}${MOUNT}/charts`, { method: 'POST' })).status).toBe(405);
  });

  it('with hostPage false, leaves other paths under the mount to the host app', async () => {
    const runtime = fakeRuntime();
    const ui = liteUi(runtime, { assetsDir, hostPage: false });
    const app = express();
    app.use(MOUNT, ui);
    app.get(`${MOUNT}/about`, (_req, res) => {
      res.send('host about page');
    });
    app.post(`${MOUNT}/form`, express.text({ limit: '2mb' }), (req, res) => {
      res.send(`host got ${String(req.body).length} chars`);
    });
    const server: Server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await (await fetch(`${base}${MOUNT}/about`)).text()).toBe('host about page');
    // The body of a request the router passes on is left for the host's own parser.
    const form = await fetch(`${base}${MOUNT}/form`, { method: 'POST', body: 'x'.repeat(1 << 20), headers: { 'content-type': 'text/plain' } });
    expect(await form.text()).toBe(`host got ${1 << 20} chars`);
    expect((await fetch(`${base}${MOUNT}/_lit-ui/health`)).status).toBe(200);
  });

  it('close() closes its transports but not a runtime it was given', async () => {
    const { ui, runtime } = await setup();
    await ui.close();
    expect(runtime.close).not.toHaveBeenCalled();
    expect((ui satisfies LiteUiRouter).runtime).toBe(runtime);
  });
});
