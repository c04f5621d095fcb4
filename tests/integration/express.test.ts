import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { defineApp } from '@lit-ui/core';
import { liteUi, type LiteUiRouter } from '@lit-ui/adapter-express';

const app = defineApp((st) => {
  st.title('Mounted');
  st.text(`agent=${st.context.headers['user-agent'] ?? '-'}`);
});

let server: Server;
let ui: LiteUiRouter;
let base: string;

beforeAll(async () => {
  const host = express();
  host.get('/', (_req, res) => void res.send('host app home'));
  ui = liteUi(app, { title: 'Explorer <test>' });
  host.use('/tools/explorer', ui);
  server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  ui.attach(server);
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await ui.close();
  // The refused upgrade below is left for other upgrade handlers (the adapter ignores paths it does not own).
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('Express adapter with the real runtime and client bundle', () => {
  it('serves a host page pointing at the mount, with the title escaped', async () => {
    const res = await fetch(`http://${base}/tools/explorer/`);
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('<lit-ui-app src="/tools/explorer"');
    expect(html).toContain('src="/tools/explorer/client.js"');
    expect(html).toContain('Explorer &lt;test&gt;');
  });

  it('serves the same host page under page paths (multipage URLs survive a reload)', async () => {
    const res = await fetch(`http://${base}/tools/explorer/reports`);
    expect(await res.text()).toContain('<lit-ui-app');
  });

  it('serves the ui-lit client bundle as JavaScript: client.js and the one initial chunk it imports', async () => {
    const res = await fetch(`http://${base}/tools/explorer/client.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const entry = await res.text();
    const initial = /from\s*['"]\.\/(chunk-[\w-]+\.js)['"]/.exec(entry)?.[1];
    expect(initial).toBeDefined();
    const chunk = await fetch(`http://${base}/tools/explorer/${initial}`);
    expect([chunk.status, chunk.headers.get('content-type'), chunk.headers.get('cache-control')]).toEqual([
      200,
      expect.stringMatching(/javascript/),
      'public, max-age=31536000, immutable',
    ]);
    expect((await chunk.text()).length).toBeGreaterThan(10_000);
  });

  it('routes /_lit-ui/health to the runtime', async () => {
    const res = await fetch(`http://${base}/tools/explorer/_lit-ui/health`);
    expect(await res.json()).toMatchObject({ status: 'ok', protocolVersion: 1 });
  });

  it('leaves the host app’s own routes alone', async () => {
    expect(await (await fetch(`http://${base}/`)).text()).toBe('host app home');
  });

  it('takes WebSocket connections under the mount and runs the app with the request headers', async () => {
    const ws = new WebSocket(`ws://${base}/tools/explorer/_lit-ui/ws`, { headers: { 'user-agent': 'integration-test' } });
    const messages: Array<{ type: string; element?: { type: string; body?: string } }> = [];
    const idle = new Promise<void>((resolve) => {
      ws.on('message', (data) => {
        for (const msg of JSON.parse((data as Buffer).toString('utf8')) as Array<{ type: string; state?: string; element?: { type: string } }>) {
          messages.push(msg);
          if (msg.type === 'sessionStatus' && msg.state === 'idle') resolve();
        }
      });
    });
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
    await idle;
    ws.close();
    const bodies = messages.filter((m) => m.type === 'delta').map((m) => m.element?.body);
    expect(bodies).toEqual(['Mounted', 'agent=integration-test']);
  });

  it('does not take WebSocket upgrades outside the mount', async () => {
    const ws = new WebSocket(`ws://${base}/elsewhere/_lit-ui/ws`);
    const outcome = await new Promise<string>((resolve) => {
      ws.once('open', () => resolve('open'));
      ws.once('error', () => resolve('refused'));
      setTimeout(() => resolve('no answer'), 500);
    });
    ws.terminate();
    expect(outcome).toBe('refused');
  });
});
