import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createRuntime, defineApp, type RuntimeGauges, type RuntimeOptions } from '@lit-ui/core';
import type { ForwardMsg } from '@lit-ui/core/protocol';
import { liteUi, type LiteUiOptions } from '@lit-ui/adapter-express';
import { createPrometheusMetrics } from '@lit-ui/metrics-prometheus';
import { attachWebSocket } from '@lit-ui/transport-ws';
import { frameText } from './loopback.js';

/** `expect.stringMatching`, typed: Vitest declares its asymmetric matchers as `any`. */
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

const app = defineApp((st) => {
  st.sessionState.n ??= 0;
  if (st.button('Add', { key: 'add' })) st.sessionState.n += 1;
  st.text(`n=${st.sessionState.n}`);
});

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The runtime on a plain Node server with the WebSocket transport. */
async function wsServer(options: RuntimeOptions = {}) {
  const server = createServer();
  const runtime = createRuntime(app, options);
  const transport = attachWebSocket(server, runtime, { path: '/app/_lit-ui/ws', pingMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  cleanups.push(async () => {
    await transport.close();
    await runtime.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { port, url: `ws://127.0.0.1:${port}/app/_lit-ui/ws`, runtime };
}

/** The app mounted with the Express adapter at /app. */
async function expressServer(options: LiteUiOptions = {}) {
  const host = express();
  const ui = liteUi(app, options);
  host.use('/app', ui);
  const server: Server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  ui.attach(server);
  const port = (server.address() as AddressInfo).port;
  cleanups.push(async () => {
    await ui.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { port, base: `http://127.0.0.1:${port}/app`, url: `ws://127.0.0.1:${port}/app/_lit-ui/ws` };
}

/** Opens a socket: the upgrade's HTTP status and body when refused, else the open socket and every message it gets. */
function open(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  const messages: ForwardMsg[] = [];
  ws.on('message', (data) => messages.push(...(JSON.parse(frameText(data)) as ForwardMsg[])));
  ws.on('error', () => undefined);
  cleanups.push(() => ws.terminate());
  return new Promise<{ refused: string } | { ws: WebSocket; messages: ForwardMsg[] }>((resolve) => {
    ws.once('open', () => resolve({ ws, messages }));
    ws.once('unexpected-response', (_req, res: IncomingMessage) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () => resolve({ refused: `${res.statusCode} ${body}` }));
    });
  });
}

/** Says hello on an open socket and waits for the first finished run; returns the page's `n=` text. */
async function hello(socket: { ws: WebSocket; messages: ForwardMsg[] }): Promise<string> {
  socket.ws.send(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
  await until(() => socket.messages.some((m) => m.type === 'scriptFinished'));
  const text = socket.messages.find((m) => m.type === 'delta' && 'element' in m && m.element.type === 'text');
  return text && 'element' in text ? String(text.element['body']) : '';
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the origin rule on a real WebSocket server', () => {
  it('refuses a cross-site origin with 403 and the reason; the same origin, with or without a trailing slash, is accepted', async () => {
    const { port, url } = await wsServer();
    const evil = await open(url, { origin: 'https://evil.example' });
    expect(evil).toEqual({ refused: matching(/^403 Origin 'https:\/\/evil.example' is not allowed/) });
    for (const origin of [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port}/`]) {
      const own = await open(url, { origin });
      expect('ws' in own && (await hello(own))).toBe('n=0');
    }
    // A non-browser client (no Origin) is accepted: it carries no visitor's cookies.
    const bare = await open(url);
    expect('ws' in bare && (await hello(bare))).toBe('n=0');
  });

  it('accepts listed allowedOrigins, normalised', async () => {
    const { url } = await wsServer({ allowedOrigins: ['https://Portal.example:443/'] });
    const portal = await open(url, { origin: 'https://portal.example' });
    expect('ws' in portal).toBe(true);
    expect(await open(url, { origin: 'https://other.example' })).toMatchObject({ refused: matching(/^403/) });
  });

  it('believes X-Forwarded-Host/-Proto for the own origin only with trustProxy', async () => {
    const headers = { origin: 'https://public.example', 'x-forwarded-host': 'public.example', 'x-forwarded-proto': 'https' };
    const plain = await wsServer();
    expect(await open(plain.url, headers)).toMatchObject({ refused: matching(/^403/) });
    const proxied = await wsServer({ trustProxy: true });
    expect('ws' in (await open(proxied.url, headers))).toBe(true);
  });
});

describe('the origin rule through the Express adapter', () => {
  it('refuses cross-site upgrades and POSTs with 403; the same origin and allowedOrigins pass', async () => {
    const { port, base, url } = await expressServer({ allowedOrigins: ['https://portal.example'] });
    expect(await open(url, { origin: 'https://evil.example' })).toMatchObject({ refused: matching(/^403 Origin/) });
    const own = await open(url, { origin: `http://127.0.0.1:${port}/` });
    expect('ws' in own && (await hello(own))).toBe('n=0');
    expect('ws' in (await open(url, { origin: 'https://portal.example' }))).toBe(true);

    const post = (origin: string) => fetch(`${base}/_lit-ui/upload`, { method: 'POST', headers: { origin }, body: 'x' });
    const foreign = await post('https://evil.example');
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("'https://evil.example'");
    // Past the origin rule, the upload route itself refuses a request without the session headers.
    const same = await post(`http://127.0.0.1:${port}`);
    expect([same.status, ((await same.json()) as { code: string }).code]).toEqual([403, 'UploadForbidden']);
  });

  it('passes trustProxy through to the origin rule', async () => {
    const { url } = await expressServer({ trustProxy: true });
    const headers = { origin: 'https://public.example', 'x-forwarded-host': 'public.example', 'x-forwarded-proto': 'https' };
    expect('ws' in (await open(url, headers))).toBe(true);
  });
});

describe('session hijacking on a real server', () => {
  it("Mallory with Alice's session id gets a new, empty session; Alice then resumes hers", async () => {
    const { url } = await wsServer();
    const alice = await open(url);
    if (!('ws' in alice)) throw new Error('refused');
    await hello(alice);
    const add = alice.messages.find((m) => m.type === 'delta' && 'element' in m && m.element.type === 'button');
    alice.ws.send(
      JSON.stringify({
        type: 'rerunScript',
        cseq: 1,
        widgets: [{ id: add && 'element' in add ? add.element['id'] : '', value: true, trigger: true }],
      }),
    );
    await until(() => alice.messages.some((m) => m.type === 'delta' && 'element' in m && m.element['body'] === 'n=1'));
    const greeting = alice.messages.find((m) => m.type === 'newSession');
    if (greeting?.type !== 'newSession') throw new Error('no newSession');
    const lastSeq = Math.max(...alice.messages.map((m) => m.seq));
    const aliceClosed = new Promise((resolve) => alice.ws.once('close', resolve));
    alice.ws.close();
    await aliceClosed;

    const mallory = await open(url);
    if (!('ws' in mallory)) throw new Error('refused');
    mallory.ws.send(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1, sessionId: greeting.sessionId, lastSeq }));
    await until(() => mallory.messages.some((m) => m.type === 'scriptFinished'));
    expect(mallory.messages[0]).toMatchObject({ type: 'newSession', resumed: false });
    expect(mallory.messages[0]).not.toMatchObject({ sessionId: greeting.sessionId });
    expect(JSON.stringify(mallory.messages)).not.toContain('n=1');

    // Alice's tab comes back with its id and token and finds its state.
    const resumed = await open(url);
    if (!('ws' in resumed)) throw new Error('refused');
    resumed.ws.send(
      JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1, sessionId: greeting.sessionId, sessionToken: greeting.sessionToken }),
    );
    await until(() => resumed.messages.some((m) => m.type === 'snapshot'));
    expect(resumed.messages[0]).toMatchObject({ type: 'newSession', sessionId: greeting.sessionId, resumed: true });
    expect(JSON.stringify(resumed.messages)).toContain('n=1');
  });
});

describe('session limits on a real server', () => {
  it('refuses a visitor with 4429 when every session is live, admits one once a session is only disconnected; others keep working', async () => {
    let gauges: (() => RuntimeGauges) | undefined;
    const { url } = await wsServer({ maxSessions: 1, metrics: { sink: { observe: (read) => (gauges = read) } } });
    const first = await open(url);
    if (!('ws' in first)) throw new Error('refused');
    expect(await hello(first)).toBe('n=0');

    const second = await open(url);
    if (!('ws' in second)) throw new Error('refused');
    const closed = new Promise<number>((resolve) => second.ws.once('close', (code) => resolve(code)));
    second.ws.send(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
    expect(await closed).toBe(4429);
    expect(second.messages).toEqual([expect.objectContaining({ type: 'error', code: 'TooManySessions' })]);

    // The first session still works.
    const add = first.messages.find((m) => m.type === 'delta' && 'element' in m && m.element.type === 'button');
    const addId = add && 'element' in add ? add.element['id'] : '';
    first.ws.send(JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [{ id: addId, value: true, trigger: true }] }));
    await until(() => first.messages.some((m) => m.type === 'delta' && 'element' in m && m.element['body'] === 'n=1'));

    // Once the first visitor leaves, its disconnected session yields to the next one.
    first.ws.close();
    await until(() => gauges?.().disconnectedSessions === 1);
    const third = await open(url);
    if (!('ws' in third)) throw new Error('refused');
    expect(await hello(third)).toBe('n=0');
  });

  it('closes a socket that never says hello with 4408', async () => {
    const { url } = await wsServer({ helloTimeoutMs: 100 });
    const silent = await open(url);
    if (!('ws' in silent)) throw new Error('refused');
    const code = await new Promise<number>((resolve) => silent.ws.once('close', (c) => resolve(c)));
    expect(code).toBe(4408);
    expect(silent.messages).toEqual([expect.objectContaining({ type: 'error', code: 'HelloTimeout' })]);
  });
});

describe('the metrics endpoint through the Express adapter', () => {
  it('is 404 unless enabled, 401 without the token, and its counts move with activity', async () => {
    const off = await expressServer();
    expect((await fetch(`${off.base}/_lit-ui/metrics`)).status).toBe(404);

    const on = await expressServer({ metrics: { sink: createPrometheusMetrics(), token: 'metrics-secret' } });
    expect((await fetch(`${on.base}/_lit-ui/metrics`)).status).toBe(401);
    expect((await fetch(`${on.base}/_lit-ui/metrics`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    const scrape = async () => (await fetch(`${on.base}/_lit-ui/metrics`, { headers: { authorization: 'Bearer metrics-secret' } })).text();
    expect(await scrape()).toContain('lit_ui_sessions{state="live"} 0');

    const socket = await open(on.url);
    if (!('ws' in socket)) throw new Error('refused');
    await hello(socket);
    socket.ws.send('{not json');
    await until(() => socket.messages.some((m) => m.type === 'error'));
    expect(await open(on.url, { origin: 'https://evil.example' })).toMatchObject({ refused: matching(/^403/) });
    const body = await scrape();
    expect(body).toContain('lit_ui_sessions{state="live"} 1');
    expect(body).toContain('lit_ui_sessions_created_total 1');
    expect(body).toContain('lit_ui_messages_refused_total{reason="InvalidMessage"} 1');
    expect(body).toContain('lit_ui_messages_refused_total{reason="OriginRefused"} 1');
    expect(Number(/lit_ui_bytes_sent_total (\d+)/.exec(body)?.[1])).toBeGreaterThan(100);
  });
});
