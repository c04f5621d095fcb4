import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorMsg, ForwardMsg } from '../protocol/forwardMsg.js';
import type { ConnectionHandle } from '../protocol/transport.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import type { RuntimeOptions } from './runtimeOptions.js';
import { createTestRuntime, type TestRuntime } from './runtime.js';

/** `expect.stringMatching`, typed: Vitest declares its asymmetric matchers as `any`. */
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

/** A connection that hands the runtime raw frames, as a hostile client would, and records the replies. */
function rawClient(runtime: TestRuntime) {
  const received: ForwardMsg[] = [];
  let closed: { code?: number; reason?: string } | undefined;
  const handle: ConnectionHandle = runtime.connect({
    context: { url: 'memory://raw', headers: {}, cookies: {} },
    send: (batch) => void received.push(...batch),
    close: (code, reason) => void (closed = { code, reason }),
  });
  handle.receive(JSON.stringify({ cseq: 0, type: 'hello', protocolVersion: 1 }));
  const errors = () => received.filter((m): m is ErrorMsg => m.type === 'error');
  const acks = () => received.filter((m) => m.type === 'ack').map((m) => (m as { cseq: number }).cseq);
  return { handle, received, errors, acks, closed: () => closed };
}

/** A counter app; `other` is a well-behaved client whose clicks must keep working. */
function counter(options: RuntimeOptions = {}) {
  const runtime = createTestRuntime<{ n?: number }>((st) => {
    st.sessionState.n ??= 0;
    if (st.button('inc')) st.sessionState.n += 1;
    st.text(`n=${st.sessionState.n}`);
  }, options);
  const texts: string[] = [];
  const other = connectInMemory(runtime, {
    onMessage: (m) => {
      if (m.type === 'delta' && 'element' in m && m.element.type === 'text') texts.push(String(m.element['body']));
    },
  });
  const session = () => runtime.session(other.sessionId!)!;
  const click = () =>
    other.send({ type: 'rerunScript', widgets: [{ id: session().state.metadata.keys().next().value!, value: true, trigger: true }] });
  return { runtime, texts, click, idle: () => session().runner.idle() };
}

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('deeply nested JSON', () => {
  it('is refused before parsing with InvalidMessage naming the limit and the cseq; the session goes on', async () => {
    const app = counter();
    const raw = rawClient(app.runtime);
    raw.handle.receive(`{"cseq":1,"type":"rerunScript","widgets":[{"id":"x","value":${deep(200_000)}}]}`);
    expect(raw.errors()).toEqual([expect.objectContaining({ code: 'InvalidMessage', cseq: 1, message: matching(/maxMessageDepth \(64/) })]);
    raw.handle.receive(JSON.stringify({ cseq: 2, type: 'stopScript' }));
    expect(raw.acks()).toContain(2);
    await app.idle();
    app.click();
    await app.idle();
    expect(app.texts.at(-1)).toBe('n=1');
  });

  it('is refused the same way when a transport hands the runtime a decoded value', () => {
    const app = counter();
    const raw = rawClient(app.runtime);
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    raw.handle.receive({ cseq: 1, type: 'rerunScript', widgets: [{ id: 'x', value }] });
    expect(raw.errors()).toEqual([expect.objectContaining({ code: 'InvalidMessage', cseq: 1, message: matching(/maxMessageDepth/) })]);
  });

  it('within the limit is accepted; the limit is an option', () => {
    const app = counter({ maxMessageDepth: 8 });
    const raw = rawClient(app.runtime);
    raw.handle.receive(`{"cseq":1,"type":"rerunScript","widgets":[{"id":"x","value":${deep(5)}}]}`);
    raw.handle.receive(`{"cseq":2,"type":"rerunScript","widgets":[{"id":"x","value":${deep(6)}}]}`);
    expect(raw.acks()).toEqual([1]);
    expect(raw.errors()).toEqual([expect.objectContaining({ code: 'InvalidMessage', cseq: 2, message: matching(/maxMessageDepth \(8 /) })]);
  });
});

describe('the per-connection inbound budget', () => {
  const megabyteFrame = (cseq: number) => JSON.stringify({ cseq, type: 'rerunScript', widgets: [{ id: 'x', value: 'x'.repeat(1_000_000) }] });

  it('refuses a flooding connection with RateLimited, then closes it with 1008; other sessions keep working', async () => {
    const app = counter();
    await app.idle();
    const flood = rawClient(app.runtime);
    let cseq = 1;
    // The burst (4 MiB by default) pays for four frames of 1 MB; the fifth is refused, unparsed.
    for (; cseq <= 4; cseq++) flood.handle.receive(megabyteFrame(cseq));
    expect(flood.errors()).toEqual([]);
    flood.handle.receive(megabyteFrame(cseq++));
    expect(flood.errors()).toEqual([expect.objectContaining({ code: 'RateLimited', message: matching(/1048576 bytes\/s/) })]);
    expect(flood.errors()[0]!.cseq).toBeUndefined();
    expect(flood.closed()).toBeUndefined();

    app.click();
    await app.idle();
    expect(app.texts.at(-1)).toBe('n=1');

    while (!flood.closed()) flood.handle.receive(megabyteFrame(cseq++));
    expect(flood.errors()).toHaveLength(32);
    expect(flood.errors().at(-1)!.message).toMatch(/32 refused frames in a row it is closed/);
    expect(flood.closed()).toEqual({ code: 1008, reason: 'inbound rate limit' });
    // Frames still in flight after the close are dropped without a reply.
    const replies = flood.received.length;
    flood.handle.receive(JSON.stringify({ cseq, type: 'stopScript' }));
    expect(flood.received).toHaveLength(replies);

    app.click();
    await app.idle();
    expect(app.texts.at(-1)).toBe('n=2');
  }, 30_000);

  it('refills with time: a connection that slows down is served again', () => {
    const app = counter({ maxMessageBytes: 1_000, inboundRate: { bytesPerSecond: 10_000, burstBytes: 1_000 } });
    const raw = rawClient(app.runtime);
    const stop = (cseq: number) => raw.handle.receive(JSON.stringify({ cseq, type: 'stopScript' }));
    // The hello took 256; each frame costs at least 256 bytes.
    stop(1);
    stop(2);
    stop(3);
    expect(raw.acks()).toEqual([1, 2]);
    expect(raw.errors().map((e) => e.code)).toEqual(['RateLimited']);
    vi.advanceTimersByTime(100);
    stop(4);
    expect(raw.acks()).toEqual([1, 2, 4]);
  });

  it('counts tiny frames too, at 256 bytes each', () => {
    const app = counter({ maxMessageBytes: 1_000, inboundRate: { bytesPerSecond: 1, burstBytes: 2560, closeAfterRefusals: 1000 } });
    const raw = rawClient(app.runtime);
    for (let cseq = 1; cseq <= 20; cseq++) raw.handle.receive(JSON.stringify({ cseq, type: 'stopScript' }));
    expect(raw.acks()).toHaveLength(9);
    expect(raw.errors()).toHaveLength(11);
  });
});
