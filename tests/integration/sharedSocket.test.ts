import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '@lit-ui/core';
import { liteUi, type LiteUiRouter } from '@lit-ui/adapter-express';
import { waitFor } from './loopback.js';
import { firstRun, transportClient, type TransportClient } from './transportLoopback.js';

/**
 * Issue 12: several apps of one page share one WebSocket per server. Two
 * apps mounted by `liteUi` on one Express server, two real clients
 * (`connectToApp` with `multiplex`, over `ws`): one socket carries both,
 * each app keeps its own session through forced drops of that socket with
 * nothing lost or doubled, and closing one app's channel leaves the other.
 */
interface Served {
  readonly base: string;
  readonly upgrades: string[];
  readonly sockets: Set<Socket>;
  readonly clicks: { a: number; b: number };
  drop(): number;
  close(): Promise<void>;
}

async function serveTwoApps(): Promise<Served> {
  const clicks = { a: 0, b: 0 };
  const counter = (name: 'a' | 'b') => (st: DeltaGenerator) => {
    if (st.button('inc')) clicks[name]++;
    st.text(`${name} clicks=${clicks[name]}`);
  };
  const host = express();
  const routers: LiteUiRouter[] = [
    liteUi(counter('a'), { basePath: '/a', sessionTtlMs: 10_000 }),
    liteUi(counter('b'), { basePath: '/b', sessionTtlMs: 10_000 }),
  ];
  host.use('/a', routers[0]!);
  host.use('/b', routers[1]!);
  const server: Server = await new Promise((resolve) => {
    const listening = host.listen(0, '127.0.0.1', () => resolve(listening));
  });
  for (const router of routers) router.attach(server);
  const upgrades: string[] = [];
  // WebSocket sockets only (health requests keep their own HTTP connections alive).
  const sockets = new Set<Socket>();
  server.on('upgrade', (req: { url?: string }, socket: Socket) => {
    upgrades.push(req.url ?? '');
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    upgrades,
    sockets,
    clicks,
    drop: () => {
      const n = sockets.size;
      for (const socket of sockets) socket.destroy();
      return n;
    },
    close: async () => {
      await Promise.all(routers.map((router) => router.close()));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const servers: Served[] = [];
const clients: TransportClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.connection.close();
  for (const server of servers.splice(0)) await server.close();
});

async function twoClients() {
  const served = await serveTwoApps();
  servers.push(served);
  const a = transportClient(`${served.base}/a`, 'auto', { multiplex: true });
  const b = transportClient(`${served.base}/b`, 'auto', { multiplex: true });
  clients.push(a, b);
  await Promise.all([firstRun(a), firstRun(b)]);
  return { served, a, b };
}

const click = (client: TransportClient) =>
  client.send({ type: 'rerunScript', widgets: [{ id: client.widgets.get('inc')!, value: true, trigger: true }] });
const sessionsOf = (client: TransportClient) => client.messages.flatMap((m) => (m.type === 'newSession' ? [m] : []));

describe('two apps on one shared WebSocket', () => {
  it('both run on one socket, each in its own session', async () => {
    const { served, a, b } = await twoClients();
    expect(served.upgrades).toHaveLength(1);
    expect(served.upgrades[0]).toMatch(/^\/[ab]\/_lit-ui\/mux(\?frames=gzip)?$/);
    expect(a.used).toEqual(['ws']);
    expect(b.used).toEqual(['ws']);
    click(a);
    click(b);
    click(b);
    await Promise.all([a.settled(), b.settled()]);
    expect(a.text).toBe('a clicks=1');
    expect(b.text).toBe('b clicks=2');
    expect(a.connection.sessionId).not.toBe(b.connection.sessionId);
    expect(served.upgrades).toHaveLength(1);
    expect(served.sockets.size).toBe(1);
  });

  it('both resume after 10 forced drops of the socket: 0 lost, 0 doubled', async () => {
    const { served, a, b } = await twoClients();
    const sent = { a: 0, b: 0 };
    const greetings = (client: TransportClient) => sessionsOf(client).length;
    for (let i = 0; i < 10; i++) {
      const before = { a: greetings(a), b: greetings(b) };
      click(a);
      sent.a++;
      click(b);
      sent.b++;
      expect(served.drop()).toBeGreaterThan(0);
      // The user goes on while the socket is gone; both clients queue and re-send.
      click(b);
      sent.b++;
      click(a);
      sent.a++;
      await waitFor(() => greetings(a) > before.a && greetings(b) > before.b);
    }
    await Promise.all([a.settled(30_000), b.settled(30_000)]);
    expect(served.clicks).toEqual(sent);
    expect(a.text).toBe(`a clicks=${sent.a}`);
    expect(b.text).toBe(`b clicks=${sent.b}`);
    for (const client of [a, b]) {
      const sessions = sessionsOf(client);
      expect(sessions.length).toBeGreaterThanOrEqual(11);
      expect(sessions.slice(1).filter((s) => !s.resumed || s.sessionId !== sessions[0]!.sessionId)).toEqual([]);
    }
    // Every socket was a shared one, and one is left for both apps.
    expect(served.upgrades.filter((url) => !/\/_lit-ui\/mux(\?frames=gzip)?$/.test(url))).toEqual([]);
    await waitFor(() => served.sockets.size === 1);
  }, 60_000);

  it('closing one app leaves the other running on the socket; the socket closes with the last', async () => {
    const { served, a, b } = await twoClients();
    a.connection.close();
    click(b);
    await b.settled();
    expect(b.text).toBe('b clicks=1');
    expect(served.clicks.a).toBe(0);
    expect(served.sockets.size).toBe(1);
    expect(served.upgrades).toHaveLength(1);
    b.connection.close();
    await waitFor(() => served.sockets.size === 0);
  });
});
