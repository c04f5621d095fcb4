import { systemScheduler, type Scheduler } from '@lit-ui/core';
import { AppTest } from '@lit-ui/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { countPrimes, createFragmentsApp } from './app.js';

/** Real timers for the runtime's short ones; timers of a second or more wait for `fire()`. */
function manualLongTimers() {
  const waiting = new Map<number, () => void>();
  let next = 0;
  const scheduler: Scheduler = {
    setTimeout: (fn, ms) => {
      if (ms < 1000) return systemScheduler.setTimeout(fn, ms);
      waiting.set(++next, fn);
      return `manual-${next}`;
    },
    clearTimeout: (handle) => {
      if (typeof handle === 'string' && handle.startsWith('manual-')) waiting.delete(Number(handle.slice(7)));
      else systemScheduler.clearTimeout(handle);
    },
    now: () => Date.now(),
  };
  const fire = () => {
    const due = [...waiting.values()];
    waiting.clear();
    due.forEach((fn) => fn());
  };
  return {
    scheduler,
    fire,
    get count() {
      return waiting.size;
    },
  };
}

async function start() {
  const timers = manualLongTimers();
  const at = AppTest.fromFunction(createFragmentsApp({ expensiveMs: 5 }), { runtime: { scheduler: timers.scheduler } });
  await at.run();
  return { at, timers };
}

const metric = (at: Awaited<ReturnType<typeof start>>['at'], label: string) => at.metric.find((m) => m.label === label);

describe('fragments example', () => {
  it('computes the expensive part', () => {
    expect(countPrimes(100)).toBe(25);
  });

  it('runs everything once at first', async () => {
    const { at } = await start();
    expect(at.exception).toHaveLength(0);
    expect(at.sessionState.fullRuns).toBe(1);
    expect(at.sessionState.chartRuns).toBe(1);
    expect(at.sessionState.ticks).toBe(1);
    expect(metric(at, 'Primes below 2,000,000')?.value).toBe('148,933');
    expect(at.lineChart).toHaveLength(1);
  });

  it('a widget inside the fragment reruns only the fragment', async () => {
    const { at } = await start();
    await at.slider[0]!.setValue(300).run();
    expect(at.sessionState.chartRuns).toBe(2);
    expect(at.sessionState.fullRuns).toBe(1);
    expect(at.sessionState.ticks).toBe(1);
    expect(metric(at, 'Full script runs')?.value).toBe('1');
    const spec = at.lineChart[0]!.value as { data: { values: unknown[] } };
    expect(spec.data.values).toHaveLength(300);
    expect(at.caption.map((c) => c.value)).toContain('This fragment has run 2 time(s).');
  });

  it('a widget outside the fragments reruns the whole page', async () => {
    const { at } = await start();
    await at.button[0]!.click().run();
    expect(at.sessionState.fullRuns).toBe(2);
    expect(at.sessionState.chartRuns).toBe(2);
    expect(metric(at, 'Full script runs')?.value).toBe('2');
  });

  it('the live fragment reruns alone on its timer', async () => {
    const { at, timers } = await start();
    expect(timers.count).toBe(1);
    timers.fire();
    await vi.waitFor(() => expect(at.sessionState.ticks).toBe(2));
    await vi.waitFor(() => expect(metric(at, 'Server time')?.proto['delta']).toBe('tick 2'));
    expect(at.sessionState.fullRuns).toBe(1);
    expect(at.sessionState.chartRuns).toBe(1);
    expect(at.sessionState.walk).toHaveLength(2);
    expect(timers.count).toBe(1);
  });
});
