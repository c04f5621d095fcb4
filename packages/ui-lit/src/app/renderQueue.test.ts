import { describe, expect, it } from 'vitest';
import { createRenderQueue } from './renderQueue.js';

/** A queue on a fake clock whose posted slices run when `drain` says; each unit of work advances the clock 1 ms. */
function fakeQueue(options: { sliceMs?: number; maxSliceMs?: number } = {}) {
  let clock = 0;
  const posted: (() => void)[] = [];
  const queue = createRenderQueue({ ...options, now: () => clock, post: (fn) => void posted.push(fn) });
  /** A task of `units` ms of work that records how long each of its slices was allowed to last. */
  const task = (units: number) => {
    const slices: number[] = [];
    let left = units;
    const run = (deadline: number): boolean => {
      slices.push(deadline - clock);
      while (left > 0 && clock < deadline) {
        clock++;
        left--;
      }
      return left > 0;
    };
    return { run, slices, done: () => left === 0 };
  };
  const drain = (): number => {
    let count = 0;
    while (posted.length > 0) {
      posted.shift()!();
      count++;
    }
    return count;
  };
  return { queue, task, drain };
}

describe('createRenderQueue', () => {
  it('doubles each slice while work is left, up to maxSliceMs, and starts short again once the queue is empty', () => {
    const q = fakeQueue({ sliceMs: 8, maxSliceMs: 64 });
    const long = q.task(248);
    q.queue.schedule(long.run);
    expect(q.drain()).toBe(6);
    expect(long.done()).toBe(true);
    expect(long.slices).toEqual([8, 16, 32, 64, 64, 64]);
    const next = q.task(20);
    q.queue.schedule(next.run);
    q.drain();
    expect(next.slices).toEqual([8, 16]);
  });

  it('runs tasks in order in the same slice while time is left, and a task scheduled twice once', () => {
    const q = fakeQueue();
    const a = q.task(3);
    const b = q.task(3);
    q.queue.schedule(a.run);
    q.queue.schedule(b.run);
    q.queue.schedule(a.run);
    expect(q.drain()).toBe(1);
    expect(a.slices).toHaveLength(1);
    expect(b.slices).toHaveLength(1);
    expect(a.done() && b.done()).toBe(true);
  });
});
