import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import express from 'express';
import WebSocket from 'ws';
import type { App, AppScript, Runtime } from '@lit-ui/core';
import type { ForwardMsg, SessionIdStore, TransportName } from '@lit-ui/core/protocol';
import { liteUi, type LiteUiOptions } from '@lit-ui/adapter-express';
import { connectToApp, type ClientConnection } from '@lit-ui/ui-lit/transport';
import { waitFor } from './loopback.js';

/** Both transports, for tests that must hold on each. */
export const TRANSPORTS: readonly TransportName[] = ['ws', 'http-stream'];

/** An Express server with one app mounted at `/app` by `liteUi`, serving both transports. */
export interface ServedApp {
  readonly runtime: Runtime;
  /** Absolute mount URL, `http://127.0.0.1:<port>/app`. */
  readonly mount: string;
  readonly server: Server;
  /** Destroys every TCP socket of the server (streams, POSTs, WebSockets): a network drop. Returns how many. */
  drop(): number;
  close(): Promise<void>;
}

/** Serves `app` with the Express adapter; `webSocket: false` leaves the WebSocket transport unattached. */
export async function serveApp(app: App | AppScript, options: LiteUiOptions & { webSocket?: boolean } = {}): Promise<ServedApp> {
  const { webSocket = true, ...liteUiOptions } = options;
  const host = express();
  const ui = liteUi(app, { sessionTtlMs: 10_000, basePath: '/app', ...liteUiOptions });
  host.use('/app', ui);
  const server: Server = await new Promise((resolve) => {
    const listening = host.listen(0, '127.0.0.1', () => resolve(listening));
  });
  if (webSocket) ui.attach(server);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const { port } = server.address() as AddressInfo;
  return {
    runtime: ui.runtime,
    mount: `http://127.0.0.1:${port}/app`,
    server,
    drop: () => {
      const n = sockets.size;
      for (const socket of sockets) socket.destroy();
      return n;
    },
    close: async () => {
      await ui.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A real client (`connectToApp` of `@lit-ui/ui-lit/transport`) that tracks what a test needs. */
export interface TransportClient {
  readonly connection: ClientConnection;
  readonly messages: ForwardMsg[];
  /** Widget ids by label. */
  readonly widgets: Map<string, string>;
  /** The transports the connection used, in order (a fallback adds one). */
  readonly used: TransportName[];
  /** The latest `text` element body. */
  readonly text: string;
  send(msg: Parameters<ClientConnection['send']>[0]): number;
  /** Resolves once every message sent so far is acknowledged (or refused) and the session is idle after it. */
  settled(timeoutMs?: number): Promise<void>;
}

/** Connects to `mount` with `transport` (`'auto'`: what the server offers). */
export function transportClient(
  mount: string,
  transport: TransportName | 'auto' = 'auto',
  extra: { fallbackAfterMs?: number; store?: SessionIdStore | null; multiplex?: boolean } = {},
): TransportClient {
  const messages: ForwardMsg[] = [];
  const widgets = new Map<string, string>();
  const used: TransportName[] = [];
  let text = '';
  let lastSent = 0;
  let answeredUpTo = 0;
  let lastStatus: string | undefined;
  const connection = connectToApp({
    src: mount,
    base: mount,
    transport,
    WebSocket: WebSocket as unknown as new (url: string) => globalThis.WebSocket,
    store: null,
    ...extra,
    hello: () => ({ url: `${mount}/`, query: '' }),
    reconnect: { retryDelayMs: 20, maxRetryDelayMs: 50 },
    onTransport: (name) => used.push(name),
    onMessage: (msg) => {
      messages.push(msg);
      if (msg.type === 'ack') answeredUpTo = Math.max(answeredUpTo, msg.cseq);
      if (msg.type === 'error' && msg.cseq !== undefined) answeredUpTo = Math.max(answeredUpTo, msg.cseq);
      if (msg.type === 'sessionStatus') lastStatus = msg.state;
      if (msg.type === 'newSession' && !msg.resumed) lastStatus = undefined;
      if (msg.type === 'delta' && 'element' in msg) {
        if (msg.element.type === 'text') text = String(msg.element['body']);
        if (typeof msg.element['id'] === 'string') widgets.set(String(msg.element['label']), String(msg.element['id']));
      }
    },
  });
  return {
    connection,
    messages,
    widgets,
    used,
    get text() {
      return text;
    },
    send: (msg) => (lastSent = connection.send(msg)),
    settled: (timeoutMs) => waitFor(() => lastSent > 0 && answeredUpTo >= lastSent && lastStatus === 'idle', timeoutMs),
  };
}

/** Resolves once the client has a session and the first run is over. */
export function firstRun(client: TransportClient, timeoutMs?: number): Promise<void> {
  return waitFor(() => client.messages.some((m) => m.type === 'sessionStatus' && m.state === 'idle'), timeoutMs);
}
