import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createRuntime, defineApp, type Runtime } from '@lit-ui/core';
import type { ForwardMsg } from '@lit-ui/core/protocol';
import { attachWebSocket, type WebSocketTransport } from '@lit-ui/transport-ws';
import { connectWebSocket, type ClientConnection } from '@lit-ui/transport-ws/client';

/** A counter app: a button increments session state; a slider value is echoed. */
const app = defineApp((st) => {
  st.sessionState.count ??= 0;
  if (st.button('Add', { key: 'add' })) st.sessionState.count += 1;
  const v = st.slider('Value', { key: 'value', value: 10 });
  st.text(`count=${st.sessionState.count} value=${v}`);
});

interface Running {
  server: Server;
  runtime: Runtime;
  transport: WebSocketTransport;
  url: string;
  /** Destroys every upgraded TCP socket (a network drop); returns how many. */
  readonly drop: () => number;
}

const open: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});

async function start(): Promise<Running> {
  const server = createServer();
  const runtime = createRuntime(app, { sessionTtlMs: 10_000 });
  const transport = attachWebSocket(server, runtime, { path: '/app/_lit-ui/ws', pingMs: 0 });
  const sockets = new Set<import('node:net').Socket>();
  server.on('upgrade', (_req, socket: import('node:net').Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  open.push(async () => {
    await transport.close();
    await runtime.close();
    await new Promise((resolve) => server.close(resolve));
  });
  const drop = () => {
    const n = sockets.size;
    for (const socket of sockets) socket.destroy();
    return n;
  };
  return { server, runtime, transport, url: `ws://127.0.0.1:${port}/app/_lit-ui/ws`, drop };
}

/** A client that keeps the page text and widget ids it has been sent, and waits for idle. */
function client(url: string) {
  const messages: ForwardMsg[] = [];
  const waiters: Array<() => void> = [];
  const widgets = new Map<string, string>();
  let text = '';
  const connection: ClientConnection = connectWebSocket({
    url,
    WebSocket: WebSocket as unknown as new (url: string) => globalThis.WebSocket,
    store: null,
    hello: () => ({ url: 'http://test/', query: '' }),
    reconnect: { retryDelayMs: 20, maxRetryDelayMs: 50 },
    onMessage: (msg) => {
      messages.push(msg);
      if (msg.type === 'delta' && 'element' in msg) {
        if (msg.element.type === 'text') text = String(msg.element['body']);
        if (typeof msg.element['id'] === 'string') widgets.set(String(msg.element['label']), String(msg.element['id']));
      }
      if (msg.type === 'sessionStatus' && msg.state === 'idle') waiters.splice(0).forEach((w) => w());
    },
  });
  open.push(() => connection.close());
  return {
    connection,
    messages,
    widgets,
    get text() {
      return text;
    },
    idle: () => new Promise<void>((resolve) => waiters.push(resolve)),
  };
}

describe('WebSocket transport with the real runtime', () => {
  it('runs the app and reruns on widget changes over a real socket', async () => {
    const { url } = await start();
    const c = client(url);
    await c.idle();
    expect(c.text).toBe('count=0 value=10');
    c.connection.send({ type: 'rerunScript', widgets: [{ id: c.widgets.get('Add')!, value: true, trigger: true }] });
    await c.idle();
    c.connection.send({ type: 'rerunScript', widgets: [{ id: c.widgets.get('Value')!, value: 42 }] });
    await c.idle();
    expect(c.text).toBe('count=1 value=42');
  });

  it('answers a malformed frame with an error and keeps the session working', async () => {
    const { url } = await start();
    const c = client(url);
    await c.idle();
    const raw = new WebSocket(url);
    await new Promise((resolve) => raw.once('open', resolve));
    const replies: unknown[] = [];
    raw.on('message', (data) => replies.push(...(JSON.parse((data as Buffer).toString('utf8')) as unknown[])));
    raw.send('{not json');
    raw.send(JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [] }));
    raw.send(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
    raw.send(JSON.stringify({ type: 'rerunScript', cseq: 'x' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    raw.close();
    const errors = replies.filter((m): m is { type: 'error'; code: string; message: string } => (m as { type: string }).type === 'error');
    expect(errors.map((e) => e.code)).toEqual(['InvalidMessage', 'InvalidMessage', 'InvalidMessage']);
    expect(errors[0]!.message).toMatch(/not valid JSON/);
    expect(errors[1]!.message).toMatch(/first message must be hello/);
    expect(replies.some((m) => (m as { type: string }).type === 'newSession')).toBe(true);
    // The other client's session is untouched and still works.
    c.connection.send({ type: 'rerunScript', widgets: [{ id: c.widgets.get('Value')!, value: 7 }] });
    await c.idle();
    expect(c.text).toBe('count=0 value=7');
  });

  it('resumes the same session after the connection drops, keeping its state', async () => {
    const { url, runtime, drop } = await start();
    const c = client(url);
    await c.idle();
    c.connection.send({ type: 'rerunScript', widgets: [{ id: c.widgets.get('Add')!, value: true, trigger: true }] });
    await c.idle();
    const sessionId = c.connection.sessionId;
    // Drop the TCP connection: the client reconnects by itself.
    expect(drop()).toBeGreaterThan(0);
    await waitFor(() => c.connection.status === 'connected' && c.messages.filter((m) => m.type === 'newSession').length === 2);
    const resumed = c.messages.filter((m) => m.type === 'newSession').at(-1) as { resumed: boolean; sessionId: string };
    expect(resumed).toMatchObject({ resumed: true, sessionId });
    c.connection.send({ type: 'rerunScript', widgets: [{ id: c.widgets.get('Add')!, value: true, trigger: true }] });
    await c.idle();
    expect(c.text).toBe('count=2 value=10');
    expect(runtime.sessionCount).toBe(1);
  });

  it('re-sends a widget change made while disconnected', async () => {
    const { url, drop } = await start();
    const c = client(url);
    await c.idle();
    drop();
    c.connection.send({ type: 'rerunScript', widgets: [{ id: c.widgets.get('Value')!, value: 99 }] });
    await waitFor(() => c.text === 'count=0 value=99');
    expect(c.connection.sessionId).toBeDefined();
  });
});

async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
