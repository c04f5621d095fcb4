import { afterEach, describe, expect, it } from 'vitest';
import type { DeltaGenerator, RuntimeGauges } from '@lit-ui/core';
import type { ForwardMsg } from '@lit-ui/core/protocol';
import { deferred, waitFor } from './loopback.js';
import { slowClient, type SlowClient } from './slowClient.js';
import { serveApp, transportClient, TRANSPORTS, type ServedApp, type TransportClient } from './transportLoopback.js';

const LAG_BYTES = 64 * 1024;
const MAX_QUEUED_BYTES = 1024 * 1024;
const PAD = 'x'.repeat(4000);

const servers: ServedApp[] = [];
const clients: Array<{ close(): void }> = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.close();
});

/** Serves `script` with small backpressure limits, reading the runtime's gauges and counting the bytes handed to the transport. */
async function serve(script: (st: DeltaGenerator) => unknown, transport: string) {
  let gauges: (() => RuntimeGauges) | undefined;
  // `largest`: the largest batch handed to the transport; the documented bound is lagBytes + maxQueuedBytes + one batch.
  const counted = { bytes: 0, largest: 0 };
  const server = await serveApp(script, {
    webSocket: transport === 'ws',
    backpressure: { lagBytes: LAG_BYTES, maxQueuedBytes: MAX_QUEUED_BYTES },
    metrics: {
      sink: { observe: (read) => (gauges = read), bytesSent: (n) => ((counted.bytes += n), (counted.largest = Math.max(counted.largest, n))) },
    },
  });
  servers.push(server);
  return { server, counted, gauges: () => gauges!() };
}

/** Samples `read` every few ms until `until` settles; resolves to the largest value seen. */
async function peak(read: () => number, until: Promise<void>): Promise<number> {
  let max = read();
  let finished = false;
  void until.then(() => (finished = true));
  while (!finished) {
    max = Math.max(max, read());
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return Math.max(max, read());
}

const bodies = (messages: ForwardMsg[]) =>
  messages.flatMap((m) => (m.type === 'delta' && 'element' in m && m.element.type === 'text' ? [String(m.element['body'])] : []));

function track<T extends { close(): void }>(client: T): T {
  clients.push(client);
  return client;
}

describe.each(TRANSPORTS)('a client that stops reading (%s)', (transport) => {
  it('server memory for it stays bounded while 10,000 updates are produced, and it gets the composed result when it reads again', async () => {
    const finished = deferred();
    const { server, counted, gauges } = await serve(async (st) => {
      if (!st.button('Go')) return;
      const slot = st.empty();
      for (let i = 0; i < 10_000; i++) {
        slot.text(`tick ${i} ${PAD}`);
        if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
      }
      finished.resolve();
    }, transport);
    const client: SlowClient = track(await slowClient(server.mount, transport));
    client.pause();
    await client.send({ type: 'rerunScript', widgets: [{ id: client.widgets.get('Go'), value: true, trigger: true }] });
    const maxOutbound = await peak(() => gauges().outboundBytes, finished.promise);

    // 10,000 updates of 4 KB were produced (40 MB); the server held at most its two limits and one batch for this client.
    expect(maxOutbound).toBeLessThanOrEqual(LAG_BYTES + MAX_QUEUED_BYTES + counted.largest);
    expect(counted.bytes).toBeLessThan(10_000 * PAD.length * 0.5);

    client.resume();
    await waitFor(() => bodies(client.messages).some((b) => b.startsWith('tick 9999 ')));
    expect(client.closeCode).toBeUndefined();
    expect(gauges().liveSessions).toBe(1);
  }, 60_000);

  it('is disconnected when even the composed output passes maxQueuedBytes, and resumes its session with everything', async () => {
    const finished = deferred();
    const { server, counted, gauges } = await serve(async (st) => {
      if (st.button('Go')) st.sessionState.go = true;
      if (!st.sessionState.go) return;
      // Distinct elements: nothing to collapse.
      for (let i = 0; i < 2000; i++) {
        st.text(`row ${i} ${PAD}`);
        if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
      }
      finished.resolve();
    }, transport);
    const slow = track(await slowClient(server.mount, transport));
    const greeting = slow.messages.find((m) => m.type === 'newSession');
    slow.pause();
    await slow.send({ type: 'rerunScript', widgets: [{ id: slow.widgets.get('Go'), value: true, trigger: true }] });
    const maxOutbound = await peak(() => gauges().outboundBytes, finished.promise);
    expect(maxOutbound).toBeLessThanOrEqual(LAG_BYTES + MAX_QUEUED_BYTES + counted.largest);
    // The server let it go; its session waits for a resume.
    await waitFor(() => gauges().disconnectedSessions === 1 && gauges().liveSessions === 0);
    expect(gauges().outboundBytes).toBe(0);

    const store = new Map<string, string>();
    if (greeting?.type !== 'newSession') throw new Error('no newSession');
    const key = `lit-ui:session:${server.mount}`;
    store.set(key, greeting.sessionId).set(`${key}:token`, greeting.sessionToken ?? '');
    const back: TransportClient = transportClient(server.mount, transport, {
      store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) },
    });
    track(back.connection);
    await waitFor(() => back.messages.some((m) => m.type === 'newSession'));
    expect(back.messages.find((m) => m.type === 'newSession')).toMatchObject({ sessionId: greeting.sessionId, resumed: true });
    await waitFor(() => JSON.stringify(back.messages).includes('row 1999 '));
    expect(gauges().liveSessions).toBe(1);
    expect(gauges().disconnectedSessions).toBe(0);
  }, 60_000);
});
