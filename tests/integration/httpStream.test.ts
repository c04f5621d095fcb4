import { afterEach, describe, expect, it } from 'vitest';
import { defineApp } from '@lit-ui/core';
import { SESSION_ID_HEADER, SESSION_TOKEN_HEADER } from '@lit-ui/core/protocol';
import { waitFor } from './loopback.js';
import { firstRun, serveApp, transportClient, TRANSPORTS, type ServedApp, type TransportClient } from './transportLoopback.js';

/** A counter: each click of "Add" adds one; the page shows the count. */
const counter = defineApp((st) => {
  st.sessionState.count ??= 0;
  if (st.button('Add')) st.sessionState.count += 1;
  st.text(`count=${String(st.sessionState.count)}`);
});

const servers: ServedApp[] = [];
const clients: TransportClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.connection.close();
  for (const server of servers.splice(0)) await server.close();
});

async function serve(options: Parameters<typeof serveApp>[1] = {}): Promise<ServedApp> {
  const server = await serveApp(counter, options);
  servers.push(server);
  return server;
}

function connect(...args: Parameters<typeof transportClient>): TransportClient {
  const client = transportClient(...args);
  clients.push(client);
  return client;
}

async function click(client: TransportClient): Promise<void> {
  client.send({ type: 'rerunScript', widgets: [{ id: client.widgets.get('Add')!, value: true, trigger: true }] });
  await client.settled();
}

describe('one Express server serves both transports', () => {
  for (const transport of TRANSPORTS) {
    it(`${transport}: renders, takes clicks, and the server saw this transport`, async () => {
      const server = await serve();
      const client = connect(server.mount, transport);
      await firstRun(client);
      await click(client);
      await click(client);
      expect(client.text).toBe('count=2');
      expect(client.used).toEqual([transport]);
      expect(client.connection.sessionToken).toMatch(/^[\w-]{32}$/);
    });
  }

  it('auto: WebSocket when the server offers it, HTTP streaming when it does not', async () => {
    const both = await serve();
    const health = (await (await fetch(`${both.mount}/_lit-ui/health`)).json()) as { transports: string[] };
    expect(health.transports).toEqual(['ws', 'ws-mux', 'http-stream']);
    const a = connect(both.mount);
    await firstRun(a);
    expect(a.used).toEqual(['ws']);

    const streamOnly = await serve({ webSocket: false });
    expect(((await (await fetch(`${streamOnly.mount}/_lit-ui/health`)).json()) as { transports: string[] }).transports).toEqual(['http-stream']);
    const b = connect(streamOnly.mount);
    await firstRun(b);
    await click(b);
    expect(b.used).toEqual(['http-stream']);
    expect(b.text).toBe('count=1');
  });

  it('falls back to HTTP streaming when the offered WebSocket cannot be opened (a proxy refuses upgrades)', async () => {
    const server = await serve();
    server.server.prependListener('upgrade', (_req, socket: import('node:net').Socket) => socket.destroy());
    const client = connect(server.mount, 'auto');
    await firstRun(client);
    await click(client);
    expect(client.used).toEqual(['ws', 'http-stream']);
    expect(client.text).toBe('count=1');
  });

  it('a WebSocket that hangs without a session falls back after fallbackAfterMs', async () => {
    const server = await serve();
    // Upgrades are taken and never answered, as a proxy that black-holes them.
    server.server.prependListener('upgrade', (_req, socket: import('node:net').Socket) => socket.pause());
    const client = connect(server.mount, 'auto', { fallbackAfterMs: 300 });
    await firstRun(client);
    expect(client.used).toEqual(['ws', 'http-stream']);
  });
});

describe('HTTP streaming over real sockets', () => {
  it('resumes after the server drops every socket: the session, its state and the missed output survive', async () => {
    const server = await serve({ webSocket: false });
    const client = connect(server.mount, 'http-stream');
    await firstRun(client);
    await click(client);
    const id = client.connection.sessionId;
    for (let i = 0; i < 3; i++) {
      expect(server.drop()).toBeGreaterThan(0);
      await click(client);
    }
    expect(client.text).toBe('count=4');
    expect(client.connection.sessionId).toBe(id);
    expect(client.messages.filter((m) => m.type === 'newSession').map((m) => m.type === 'newSession' && m.resumed)).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('answers bad POSTs with a clear status and message, and the session goes on', async () => {
    const server = await serve({ webSocket: false, maxMessageBytes: 4096 });
    const client = connect(server.mount, 'http-stream');
    await firstRun(client);
    await waitFor(() => client.connection.sessionToken !== undefined);
    const id = client.connection.sessionId!;
    const token = client.connection.sessionToken!;
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${server.mount}/_lit-ui/send`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...headers }, body });
    const add = JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [{ id: client.widgets.get('Add'), value: true, trigger: true }] });
    const cases: Array<[string, Record<string, string>, number, RegExp]> = [
      ['{not json', { [SESSION_ID_HEADER]: id, [SESSION_TOKEN_HEADER]: token }, 400, /not a JSON object/],
      [add, { [SESSION_ID_HEADER]: id, [SESSION_TOKEN_HEADER]: 'wrong'.padEnd(32, 'x') }, 403, /token does not match/],
      [add, { [SESSION_ID_HEADER]: 'unknown-session', [SESSION_TOKEN_HEADER]: token }, 404, /No open stream/],
      [add, { [SESSION_ID_HEADER]: id }, 401, /needs the/],
      ['x'.repeat(200_000), { [SESSION_ID_HEADER]: id, [SESSION_TOKEN_HEADER]: token }, 413, /larger than/],
      // A cross-site page: the origin rule answers before the token is even looked at.
      [add, { origin: 'https://evil.example', [SESSION_ID_HEADER]: id, [SESSION_TOKEN_HEADER]: token }, 403, /not allowed/],
    ];
    for (const [body, headers, status, message] of cases) {
      const response = await post(body, headers);
      expect([response.status, await response.text()]).toEqual([status, expect.stringMatching(message)]);
    }
    expect(client.text).toBe('count=0');
    await click(client);
    expect(client.text).toBe('count=1');
  });
});
