import { describe, expect, it } from 'vitest';
import { EventStream } from './eventStream.js';

/** Timers that fire only when the test says. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (fn: () => void) => {
      pending.set(++next, fn);
      return next;
    },
    clearTimeout: (handle: unknown) => void pending.delete(handle as number),
    fire() {
      const due = [...pending.entries()];
      pending.clear();
      for (const [, fn] of due) fn();
    },
    get count() {
      return pending.size;
    },
  };
}

async function readAll(stream: EventStream): Promise<string> {
  const reader = stream.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
  }
}

describe('EventStream', () => {
  it('writes a keep-alive comment only after an interval with nothing else written', async () => {
    const timers = manualTimers();
    const stream = new EventStream({ keepAliveMs: 15_000, scheduler: timers, onEnd: () => undefined });
    stream.write('data: 1\n\n');
    timers.fire(); // something was written in this interval: no comment
    timers.fire(); // an idle interval: one comment
    timers.fire();
    stream.end();
    expect(timers.count).toBe(0);
    expect(await readAll(stream)).toBe('data: 1\n\n:\n\n:\n\n');
  });

  it('counts bytes the reader has not taken, and tells onEnd once when the reader cancels', async () => {
    let ends = 0;
    const stream = new EventStream({ keepAliveMs: 0, scheduler: manualTimers(), onEnd: () => ends++ });
    expect(stream.write('data: é\n\n')).toBe(10);
    stream.write('data: 2\n\n');
    expect(stream.bufferedBytes).toBe(19);
    const reader = stream.body.getReader();
    await reader.read();
    expect(stream.bufferedBytes).toBe(9);
    await reader.cancel();
    stream.end();
    expect(ends).toBe(1);
    expect(stream.isOpen).toBe(false);
    expect(stream.write('data: 3\n\n')).toBe(0);
  });

  it('abort() drops what the reader has not taken: the body errors with an AbortError, onEnd is told once', async () => {
    let ends = 0;
    const timers = manualTimers();
    const stream = new EventStream({ keepAliveMs: 15_000, scheduler: timers, onEnd: () => ends++ });
    stream.write('data: 1\n\n');
    stream.abort();
    stream.abort();
    expect(ends).toBe(1);
    expect(timers.count).toBe(0);
    expect(stream.write('data: 2\n\n')).toBe(0);
    await expect(readAll(stream)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
