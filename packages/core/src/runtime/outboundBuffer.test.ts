import { describe, expect, it } from 'vitest';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import type { ServerConnection } from '../protocol/transport.js';
import { withOutboundBuffer } from './outboundBuffer.js';

const text = (seq: number, body = `tick ${seq}`): ForwardMsg => ({ type: 'delta', seq, path: [0, 0], element: { type: 'text', body } });
const other = (seq: number, index: number): ForwardMsg => ({
  type: 'delta',
  seq,
  path: [0, index],
  element: { type: 'text', body: 'x'.repeat(100) },
});

/** A transport connection whose buffered bytes the test sets; it records what it is sent and how it is closed. */
function fakeConnection(): ServerConnection & { buffered: number; sent: ForwardMsg[][]; closes: Array<[number | undefined, string | undefined]> } {
  const sent: ForwardMsg[][] = [];
  const closes: Array<[number | undefined, string | undefined]> = [];
  const conn = {
    buffered: 0,
    sent,
    closes,
    context: { url: 'http://app.test/', headers: {}, cookies: {} },
    get bufferedBytes(): number {
      return conn.buffered;
    },
    send: (batch: readonly ForwardMsg[]) => {
      sent.push([...batch]);
      return JSON.stringify(batch).length;
    },
    close: (code?: number, reason?: string) => void closes.push([code, reason]),
  } satisfies ServerConnection & Record<string, unknown>;
  return conn;
}

function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (fn: () => void) => (pending.set(++next, fn), next),
    clearTimeout: (handle: unknown) => void pending.delete(handle as number),
    fire: () => [...pending].forEach(([id, fn]) => (pending.delete(id), fn())),
    get count() {
      return pending.size;
    },
  };
}

const options = { lagBytes: 1000, maxQueuedBytes: 5000, pollMs: 25 };

describe('withOutboundBuffer', () => {
  it('sends straight through while the client keeps up', () => {
    const conn = fakeConnection();
    const buffer = withOutboundBuffer(conn, options, manualTimers());
    expect(buffer.send([text(1)])).toBeGreaterThan(0);
    expect(conn.sent).toEqual([[text(1)]]);
  });

  it('holds batches while the client lags, composes them (one update per path), and sends them as one batch once it drained', () => {
    const conn = fakeConnection();
    const timers = manualTimers();
    const buffer = withOutboundBuffer(conn, options, timers);
    conn.buffered = 5000;
    for (let seq = 1; seq <= 1000; seq++) expect(buffer.send([text(seq)])).toBe(0);
    timers.fire(); // still lagging: nothing goes out
    expect(conn.sent).toEqual([]);
    expect(buffer.queuedBytes).toBeLessThan(200);
    conn.buffered = 0;
    // A batch that comes while others wait is queued behind them, never before.
    buffer.send([other(1001, 1)]);
    expect(conn.sent).toEqual([]);
    timers.fire();
    expect(conn.sent).toEqual([[{ type: 'delta', seq: 1, path: [0, 0], element: { type: 'empty' } }, text(1000), other(1001, 1)]]);
    expect(buffer.queuedBytes).toBe(0);
    expect(timers.count).toBe(0);
  });

  it('sends a dataWindow reply held for a lagging client in its place: kept, not merged, deltas before it not collapsed', () => {
    const conn = fakeConnection();
    const timers = manualTimers();
    const buffer = withOutboundBuffer(conn, options, timers);
    conn.buffered = 5000;
    const reply: ForwardMsg = { type: 'dataWindow', seq: 0, cseq: 3, dataId: 'd1', start: 0, rowCount: 2, rows: [[1], [2]] };
    buffer.send([text(1), text(2)]);
    buffer.send([reply]);
    buffer.send([text(3), text(4)]);
    conn.buffered = 0;
    timers.fire();
    expect(conn.sent).toEqual([
      [
        { type: 'delta', seq: 1, path: [0, 0], element: { type: 'empty' } },
        text(2),
        reply,
        { type: 'delta', seq: 3, path: [0, 0], element: { type: 'empty' } },
        text(4),
      ],
    ]);
  });

  it('disconnects a client whose waiting output passes maxQueuedBytes (1013), and sends it nothing more', () => {
    const conn = fakeConnection();
    const timers = manualTimers();
    const buffer = withOutboundBuffer(conn, options, timers);
    conn.buffered = 5000;
    // New elements do not collapse: the queue grows until the limit.
    for (let seq = 1; seq <= 100; seq++) buffer.send([other(seq, seq)]);
    expect(conn.closes).toEqual([[1013, expect.stringContaining('reconnect to resume')]]);
    expect(buffer.queuedBytes).toBe(0);
    conn.buffered = 0;
    buffer.send([text(101)]);
    timers.fire();
    expect(conn.sent).toEqual([]);
  });

  it('counts what the transport holds: after a flush, what waits plus what is buffered stays within lagBytes + maxQueuedBytes', () => {
    const conn = fakeConnection();
    const timers = manualTimers();
    const buffer = withOutboundBuffer(conn, options, timers);
    conn.buffered = 1001;
    for (let seq = 1; seq <= 20; seq++) buffer.send([other(seq, seq)]);
    expect(conn.closes).toEqual([]);
    const flushed = buffer.queuedBytes;
    expect(flushed).toBeGreaterThan(2000);
    conn.buffered = 1000;
    timers.fire();
    expect(conn.sent).toHaveLength(1);
    // The flushed batch now sits in the transport; the queue may only take what is left of the bound.
    conn.buffered = 1000 + flushed;
    let seq = 20;
    while (conn.closes.length === 0 && seq < 200) {
      buffer.send([other(++seq, seq)]);
      if (conn.closes.length === 0) expect(buffer.queuedBytes + conn.buffered).toBeLessThanOrEqual(options.lagBytes + options.maxQueuedBytes);
    }
    expect(conn.closes).toEqual([[1013, expect.stringContaining('reconnect to resume')]]);
    expect(seq - 20).toBeLessThan(20);
  });

  it('stops polling when the transport reports the connection gone', () => {
    const conn = fakeConnection();
    const timers = manualTimers();
    const buffer = withOutboundBuffer(conn, options, timers);
    conn.buffered = 5000;
    buffer.send([text(1)]);
    expect(timers.count).toBe(1);
    buffer.dispose();
    expect(timers.count).toBe(0);
  });
});
