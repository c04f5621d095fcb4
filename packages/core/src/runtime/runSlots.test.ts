import { describe, expect, it } from 'vitest';
import { RunSlots } from './runSlots.js';

describe('RunSlots', () => {
  it('grants at most `limit` slots and hands a released one to the first waiter', async () => {
    const slots = new RunSlots(1);
    const first = slots.tryAcquire()!;
    expect(slots.tryAcquire()).toBeUndefined();
    const order: string[] = [];
    const a = slots.acquire().then((s) => (order.push('a'), s));
    const b = slots.acquire().then((s) => (order.push('b'), s));
    expect(slots.queued).toBe(2);
    first.release();
    const slotA = (await a)!;
    expect(order).toEqual(['a']);
    expect(slots.running).toBe(1);
    slotA.release();
    (await b)!.release();
    expect(order).toEqual(['a', 'b']);
    expect(slots.running).toBe(0);
  });

  it('release is idempotent: a slot released twice frees one place', () => {
    const slots = new RunSlots(2);
    const one = slots.tryAcquire()!;
    slots.tryAcquire();
    one.release();
    one.release();
    expect(slots.running).toBe(1);
  });

  it('a wait aborted by its signal resolves undefined and leaves the line', async () => {
    const slots = new RunSlots(1);
    const held = slots.tryAcquire()!;
    const controller = new AbortController();
    const waiting = slots.acquire(controller.signal);
    const next = slots.acquire();
    controller.abort();
    expect(await waiting).toBeUndefined();
    expect(slots.queued).toBe(1);
    held.release();
    expect(await next).toBeDefined();
    expect(slots.running).toBe(1);
  });
});
