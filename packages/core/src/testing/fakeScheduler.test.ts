import { describe, expect, it } from 'vitest';
import { createFakeScheduler } from './fakeScheduler.js';

describe('createFakeScheduler', () => {
  it('fires timers only when advanced, earliest first, each at its own time', async () => {
    const clock = createFakeScheduler({ startMs: 1000 });
    const fired: Array<[string, number]> = [];
    clock.setTimeout(() => fired.push(['b', clock.now()]), 20);
    clock.setTimeout(() => fired.push(['a', clock.now()]), 10);
    clock.setTimeout(() => fired.push(['c', clock.now()]), 20);
    expect(fired).toEqual([]);
    await clock.advance(15);
    expect(fired).toEqual([['a', 1010]]);
    expect(clock.now()).toBe(1015);
    await clock.advance(5);
    expect(fired).toEqual([
      ['a', 1010],
      ['b', 1020],
      ['c', 1020],
    ]);
    expect(clock.pendingTimers).toBe(0);
  });

  it('clearTimeout cancels; timers set by a timer fire in the same advance when due', async () => {
    const clock = createFakeScheduler();
    const fired: string[] = [];
    const cancelled = clock.setTimeout(() => fired.push('cancelled'), 5);
    clock.clearTimeout(cancelled);
    clock.setTimeout(() => {
      fired.push('outer');
      clock.setTimeout(() => fired.push('inner'), 0);
    }, 5);
    await clock.advance(5);
    expect(fired).toEqual(['outer', 'inner']);
  });

  it('sleep resolves after the clock moved, and work chained on it settles within advance', async () => {
    const clock = createFakeScheduler();
    const steps: number[] = [];
    const work = (async () => {
      for (let i = 1; i <= 3; i++) {
        await clock.sleep(100);
        steps.push(clock.now());
      }
    })();
    await clock.advance(250);
    expect(steps).toEqual([100, 200]);
    await clock.advance(50);
    await work;
    expect(steps).toEqual([100, 200, 300]);
  });

  it('refuses a negative advance', async () => {
    await expect(createFakeScheduler().advance(-1)).rejects.toThrow(RangeError);
  });
});
