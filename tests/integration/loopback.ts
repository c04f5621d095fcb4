import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import WebSocket from 'ws';
import { createRuntime, type App, type AppScript, type Runtime, type RuntimeOptions } from '@lit-ui/core';
import type { ForwardMsg } from '@lit-ui/core/protocol';
import { attachWebSocket } from '@lit-ui/transport-ws';
import { connectWebSocket, type ClientConnection } from '@lit-ui/transport-ws/client';

/** Helpers for tests against a real server and real WebSocket clients on 127.0.0.1. */

/** A `ws` frame's payload as text (`ws` hands frames over as bytes). */
export function frameText(data: WebSocket.RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

export interface Loopback {
  readonly runtime: Runtime;
  readonly url: string;
  /** Destroys every upgraded TCP socket on the server side (a forced disconnect); returns how many. */
  drop(): number;
  close(): Promise<void>;
}

/** Starts an HTTP server with the WebSocket transport on an ephemeral port. */
export async function startLoopback(app: App | AppScript, options: RuntimeOptions = {}): Promise<Loopback> {
  const server = createServer();
  const runtime = createRuntime(app, { sessionTtlMs: 10_000, ...options });
  const transport = attachWebSocket(server, runtime, { path: '/app/_lit-ui/ws', pingMs: 0 });
  const sockets = new Set<Socket>();
  server.on('upgrade', (_req, socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    runtime,
    url: `ws://127.0.0.1:${port}/app/_lit-ui/ws`,
    drop: () => {
      const n = sockets.size;
      for (const socket of sockets) socket.destroy();
      return n;
    },
    close: async () => {
      await transport.close();
      await runtime.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A real client (`connectWebSocket`, which re-sends unacknowledged BackMsgs after a reconnect) that tracks what a test needs. */
export interface TestClient {
  readonly connection: ClientConnection;
  readonly messages: ForwardMsg[];
  /** Widget ids by label, from the widget protos received. */
  readonly widgets: Map<string, string>;
  /** Sends a BackMsg and remembers its cseq. */
  send(msg: Parameters<ClientConnection['send']>[0]): number;
  /** Resolves once every message sent so far is acknowledged (or refused) and the session has gone idle after it. */
  settled(timeoutMs?: number): Promise<void>;
}

export function testClient(url: string, query = ''): TestClient {
  const messages: ForwardMsg[] = [];
  const widgets = new Map<string, string>();
  let lastSent = 0;
  let answeredUpTo = 0;
  let lastStatus: string | undefined;
  const connection = connectWebSocket({
    url,
    WebSocket: WebSocket as unknown as new (url: string) => globalThis.WebSocket,
    store: null,
    hello: () => ({ url: 'http://test/', query }),
    reconnect: { retryDelayMs: 20, maxRetryDelayMs: 50 },
    onMessage: (msg) => {
      messages.push(msg);
      if (msg.type === 'ack') answeredUpTo = Math.max(answeredUpTo, msg.cseq);
      if (msg.type === 'error' && msg.cseq !== undefined) answeredUpTo = Math.max(answeredUpTo, msg.cseq);
      if (msg.type === 'sessionStatus') lastStatus = msg.state;
      if (msg.type === 'newSession' && !msg.resumed) lastStatus = undefined;
      if (msg.type === 'delta' && 'element' in msg && typeof msg.element['id'] === 'string') {
        widgets.set(String(msg.element['label']), String(msg.element['id']));
      }
    },
  });
  return {
    connection,
    messages,
    widgets,
    send: (msg) => (lastSent = connection.send(msg)),
    // The last sessionStatus the client applied is the server's state at its latest flush, which came after the last ack.
    settled: (timeoutMs) => waitFor(() => answeredUpTo >= lastSent && lastStatus === 'idle', timeoutMs),
  };
}

/**
 * A Scheduler whose timers with a delay fire only when the test advances its
 * clock (run timeouts, grace periods, session TTLs); zero-delay timers (the
 * outgoing queue's flush) run on the real event loop.
 */
export function manualScheduler() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 0;
  return {
    setTimeout(fn: () => void, ms: number): unknown {
      if (ms <= 0) return { real: setTimeout(fn, 0) };
      const id = ++nextId;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle: unknown): void {
      if (typeof handle === 'number') timers.delete(handle);
      else if (handle) clearTimeout((handle as { real: ReturnType<typeof setTimeout> }).real);
    },
    now: () => now,
    /** Moves the clock forward and fires every timer that came due, in order. */
    advance(ms: number): void {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
  };
}

/** Polls `check` every 10 ms until it holds; rejects after `timeoutMs` (the test's own limit, not an assertion on speed). */
export async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise with its resolve function (Node 20 has no Promise.withResolvers). */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
