import { describe, expect, it } from 'vitest';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import type { ServerConnection } from '../protocol/transport.js';
import { ForwardQueue } from './forwardQueue.js';
import type { Scheduler } from './runtimeOptions.js';

/** Timers that never fire: tests flush by hand. */
const manual: Scheduler = { setTimeout: () => ({}), clearTimeout: () => undefined, now: () => 0 };

function connection() {
  const frames: ForwardMsg[][] = [];
  const conn: ServerConnection = {
    context: { url: 'test://', headers: {}, cookies: {} },
    send: (batch) => void frames.push([...batch]),
    close: () => undefined,
  };
  return { conn, frames, seqs: () => frames.flat().map((m) => m.seq) };
}

const text = (i: number) => ({ type: 'delta', path: [0, i], element: { type: 'text', body: `row ${i}` } }) as const;

describe('ForwardQueue replay ring', () => {
  it('keeps what the client has not acknowledged, and drops what it has', () => {
    const queue = new ForwardQueue(manual, { messages: 100, bytes: 100_000 });
    const { conn } = connection();
    queue.attach(conn, 0);
    for (let i = 0; i < 5; i++) queue.enqueue(text(i));
    expect(queue.kept.messages).toBe(5);
    expect(queue.kept.bytes).toBe([0, 1, 2, 3, 4].reduce((n, i) => n + JSON.stringify({ ...text(i), seq: i + 1 }).length, 0));
    expect(queue.acknowledge(3)).toBe(true);
    expect(queue.kept.messages).toBe(2);
    expect(queue.acknowledge(5)).toBe(true);
    expect(queue.kept).toEqual({ messages: 0, bytes: 0 });
  });

  it('refuses an acknowledgement of a message never sent, and changes nothing', () => {
    const queue = new ForwardQueue(manual, { messages: 100, bytes: 100_000 });
    queue.enqueue(text(0));
    expect(queue.acknowledge(2)).toBe(false);
    expect(queue.kept.messages).toBe(1);
  });

  it('replays every unacknowledged message after the client last seq, as sent', () => {
    const queue = new ForwardQueue(manual, { messages: 100, bytes: 100_000 });
    for (let i = 0; i < 6; i++) queue.enqueue(text(i));
    queue.acknowledge(2);
    const { conn, frames } = connection();
    expect(queue.attach(conn, 4)).toBe(true);
    queue.flush();
    expect(frames).toEqual([
      [
        { ...text(4), seq: 5 },
        { ...text(5), seq: 6 },
      ],
    ]);
    // Attaching with lastSeq 4 acknowledged up to 4.
    expect(queue.kept.messages).toBe(2);
  });

  it('is bounded in bytes: the oldest go first, and a gap older than what is kept cannot be replayed', () => {
    const size = JSON.stringify({ ...text(0), seq: 1 }).length;
    const queue = new ForwardQueue(manual, { messages: 100, bytes: size * 3 });
    for (let i = 0; i < 5; i++) queue.enqueue(text(i));
    expect(queue.kept.messages).toBe(3);
    expect(queue.kept.bytes).toBeLessThanOrEqual(size * 3);
    expect(queue.attach(connection().conn, 1)).toBe(false);
    expect(queue.attach(connection().conn, 2)).toBe(true);
  });

  it('is bounded in messages', () => {
    const queue = new ForwardQueue(manual, { messages: 2, bytes: 100_000 });
    for (let i = 0; i < 5; i++) queue.enqueue(text(i));
    expect(queue.kept.messages).toBe(2);
    expect(queue.attach(connection().conn, 2)).toBe(false);
    expect(queue.attach(connection().conn, 3)).toBe(true);
  });

  it('refuses a client that claims more than was sent', () => {
    const queue = new ForwardQueue(manual, { messages: 100, bytes: 100_000 });
    queue.enqueue(text(0));
    expect(queue.attach(connection().conn, 2)).toBe(false);
  });
});
