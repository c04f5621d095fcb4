import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { DeltaGenerator, RuntimeOptions } from '@lit-ui/core';
import type { ForwardMsg } from '@lit-ui/core/protocol';
import { frameText, manualScheduler, startLoopback, testClient, waitFor, type Loopback, type TestClient } from './loopback.js';

/** `expect.stringMatching`, typed: Vitest declares its asymmetric matchers as `any`. */
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

const servers: Loopback[] = [];
const closers: Array<() => void> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  for (const server of servers.splice(0)) await server.close();
});

async function serve(script: (st: DeltaGenerator) => unknown, options: RuntimeOptions = {}) {
  const server = await startLoopback(script, options);
  servers.push(server);
  return server;
}

function client(url: string, query = ''): TestClient {
  const c = testClient(url, query);
  closers.push(() => c.connection.close());
  return c;
}

/** A raw socket that has said hello, as a hostile client would hold one. */
async function rawSocket(url: string) {
  const socket = new WebSocket(url);
  closers.push(() => socket.terminate());
  const received: Array<ForwardMsg & { code?: string; message?: string; cseq?: number }> = [];
  let closed: { code: number; reason: string } | undefined;
  socket.on('message', (data) => received.push(...(JSON.parse(frameText(data)) as typeof received)));
  socket.on('close', (code, reason) => (closed = { code, reason: String(reason) }));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ cseq: 0, type: 'hello', protocolVersion: 1 }));
  await waitFor(() => received.some((m) => m.type === 'newSession'));
  return { socket, received, closed: () => closed, errors: () => received.filter((m) => m.type === 'error') };
}

const counterApp = (st: DeltaGenerator) => {
  st.sessionState.n ??= 0;
  if (st.button('inc')) st.sessionState.n += 1;
  st.text(`n=${st.sessionState.n}`);
};

const lastText = (c: TestClient) =>
  c.messages.flatMap((m) => (m.type === 'delta' && 'element' in m && m.element.type === 'text' ? [String(m.element['body'])] : [])).at(-1);

async function click(c: TestClient): Promise<void> {
  c.send({ type: 'rerunScript', widgets: [{ id: c.widgets.get('inc')!, value: true, trigger: true }] });
  await c.settled();
}

describe('guardrails on a real WebSocket: every refusal is clear, and other sessions keep working', () => {
  it('a deeply nested frame gets InvalidMessage naming maxMessageDepth; the sender and the others go on', async () => {
    const server = await serve(counterApp);
    const other = client(server.url);
    await other.settled();
    const raw = await rawSocket(server.url);
    const depth = 100_000;
    raw.socket.send(`{"cseq":1,"type":"rerunScript","widgets":[{"id":"x","value":${'['.repeat(depth)}${']'.repeat(depth)}}]}`);
    raw.socket.send(JSON.stringify({ cseq: 2, type: 'stopScript' }));
    await waitFor(() => raw.received.some((m) => m.type === 'ack' && m.cseq === 2));
    expect(raw.errors()).toEqual([expect.objectContaining({ code: 'InvalidMessage', cseq: 1, message: matching(/maxMessageDepth \(64/) })]);
    await click(other);
    expect(lastText(other)).toBe('n=1');
  });

  it('a flooding client is refused with RateLimited and then closed with 1008; the others go on', async () => {
    const server = await serve(counterApp, { maxMessageBytes: 100_000, inboundRate: { bytesPerSecond: 1, burstBytes: 400_000 } });
    const other = client(server.url);
    await other.settled();
    const raw = await rawSocket(server.url);
    const frame = (cseq: number) => JSON.stringify({ cseq, type: 'rerunScript', widgets: [{ id: 'x', value: 'x'.repeat(99_000) }] });
    for (let cseq = 1; cseq <= 40 && !raw.closed(); cseq++) raw.socket.send(frame(cseq));
    await waitFor(() => raw.closed() !== undefined);
    expect(raw.closed()).toEqual({ code: 1008, reason: 'inbound rate limit' });
    expect(raw.received.filter((m) => m.type === 'ack')).toHaveLength(4);
    const refusals = raw.errors().filter((e) => e.code === 'RateLimited');
    expect(refusals).toHaveLength(32);
    expect(refusals.at(-1)!.message).toMatch(/it is closed/);
    await click(other);
    expect(lastText(other)).toBe('n=1');
  }, 30_000);

  it('maxConcurrentRuns 1 and a session that loops forever: the others are queued, then run, also after the looping client left', async () => {
    const clock = manualScheduler();
    const server = await serve(
      async (st) => {
        if (st.queryParams.mode === 'loop') {
          st.text('looping');
          for (;;) await new Promise((resolve) => setTimeout(resolve, 5));
        }
        st.text(`ok ${st.queryParams.mode}`);
      },
      { maxConcurrentRuns: 1, runTimeoutMs: 1000, runAbandonGraceMs: 100, scheduler: clock },
    );
    const looping = client(server.url, 'mode=loop');
    await waitFor(() => lastText(looping) === 'looping');
    const b = client(server.url, 'mode=b');
    await waitFor(() => b.messages.some((m) => m.type === 'sessionStatus' && m.state === 'queued'));

    clock.advance(1000);
    await waitFor(() => looping.messages.some((m) => m.type === 'delta' && 'element' in m && m.element['code'] === 'RunTimeout'));
    expect(lastText(b)).toBeUndefined();
    clock.advance(100);
    await b.settled();
    expect(lastText(b)).toBe('ok b');

    // The looping client asks again, then leaves while its run loops.
    looping.send({ type: 'rerunScript', widgets: [] });
    await waitFor(() => looping.messages.filter((m) => m.type === 'sessionStatus' && m.state === 'running').length === 2);
    looping.connection.close();
    const c = client(server.url, 'mode=c');
    await waitFor(() => c.messages.some((m) => m.type === 'sessionStatus' && m.state === 'queued'));
    clock.advance(1000);
    // The departed client's run is ended for its session (nobody sees the error); its slot frees after the grace period.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lastText(c)).toBeUndefined();
    clock.advance(100);
    await c.settled();
    expect(lastText(c)).toBe('ok c');
    expect(server.runtime.sessionCount).toBe(3);
  }, 30_000);
});
