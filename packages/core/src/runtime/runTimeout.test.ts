import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyState, AppScript } from '../app.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import type { RuntimeOptions } from './runtimeOptions.js';
import { createTestRuntime } from './runtime.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A runtime whose clients each pick a behaviour through their query string (`mode=loop`, ...). */
function world(script: AppScript<AnyState>, options: RuntimeOptions) {
  const runtime = createTestRuntime(script, options);
  const client = (query: string) => {
    const messages: ForwardMsg[] = [];
    const conn = connectInMemory(runtime, { hello: () => ({ query }), onMessage: (m) => messages.push(m) });
    const texts = () =>
      messages.flatMap((m) => (m.type === 'delta' && 'element' in m && m.element.type === 'text' ? [String(m.element['body'])] : []));
    const statuses = () => messages.flatMap((m) => (m.type === 'sessionStatus' ? [m.state] : []));
    const finished = () => messages.flatMap((m) => (m.type === 'scriptFinished' ? [m.status] : []));
    const session = () => runtime.session(conn.sessionId!)!;
    return { conn, messages, texts, statuses, finished, session };
  };
  return { runtime, client };
}

/** Loops forever without calling `st` for `mode=loop`; shows a text otherwise. */
const loopOrText: AppScript<AnyState> = async (st) => {
  if (st.queryParams.mode === 'loop') {
    st.write('x');
    for (;;) await sleep(10);
  }
  st.text(`ok ${st.queryParams.mode ?? ''}`);
};

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('runTimeoutMs ends a run that awaits forever without calling st', () => {
  it('shows RunTimeout, aborts st.signal, moves the session on, and frees the slot after the grace period', async () => {
    let aborted: unknown;
    const { client } = world(
      async (st) => {
        if (st.queryParams.mode === 'loop') {
          st.signal.addEventListener('abort', () => (aborted = st.signal.reason));
          st.write('x');
          for (;;) await sleep(10);
        }
        st.text(`ok ${st.queryParams.mode ?? ''}`);
      },
      { maxConcurrentRuns: 1, runTimeoutMs: 1000, runAbandonGraceMs: 200 },
    );
    const looping = client('mode=loop');
    await vi.advanceTimersByTimeAsync(0);
    const other = client('mode=b');
    await vi.advanceTimersByTimeAsync(500);
    expect(other.statuses()).toEqual(['queued']);
    expect(other.texts()).toEqual([]);

    await vi.advanceTimersByTimeAsync(500);
    expect(looping.finished()).toEqual(['error']);
    expect(looping.messages.find((m) => m.type === 'delta' && 'element' in m && m.element.type === 'exception')).toMatchObject({
      element: { code: 'RunTimeout' },
    });
    expect(looping.statuses().at(-1)).toBe('idle');
    expect(aborted).toMatchObject({ code: 'RunTimeout' });
    // The abandoned script still holds the slot during the grace period.
    expect(other.texts()).toEqual([]);

    await vi.advanceTimersByTimeAsync(200);
    expect(other.texts()).toEqual(['ok b']);
    expect(other.statuses()).toEqual(['queued', 'running', 'idle']);
  });

  it('with maxConcurrentRuns 1 and one session looping forever, other sessions still run, also after the looping client left', async () => {
    const { client, runtime } = world(loopOrText, { maxConcurrentRuns: 1, runTimeoutMs: 1000, runAbandonGraceMs: 100, sessionTtlMs: 5000 });
    const looping = client('mode=loop');
    await vi.advanceTimersByTimeAsync(0);
    const others = [client('mode=1'), client('mode=2'), client('mode=3')];
    await vi.advanceTimersByTimeAsync(1100);
    // Each waits its turn; none waits forever.
    await vi.advanceTimersByTimeAsync(100);
    expect(others.map((c) => c.texts())).toEqual([['ok 1'], ['ok 2'], ['ok 3']]);

    // The looping client asks again and leaves while its run loops; a newcomer still runs.
    looping.conn.send({ type: 'rerunScript', widgets: [] });
    await vi.advanceTimersByTimeAsync(10);
    looping.conn.disconnect();
    const late = client('mode=late');
    await vi.advanceTimersByTimeAsync(1100);
    expect(late.texts()).toEqual(['ok late']);
    expect(runtime.sessionCount).toBe(5);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runtime.sessionCount).toBe(4);
  });

  it('refuses every later st call of the abandoned run: nothing reaches the session or its next run', async () => {
    const refused: string[] = [];
    let wake: (() => void) | undefined;
    const { client } = world(
      async (st) => {
        if (st.queryParams.mode !== 'stubborn' || st.sessionState.calm) {
          st.text('calm run');
          return;
        }
        st.text('start');
        await new Promise<void>((resolve) => (wake = resolve));
        for (const attempt of [
          () => st.text('late'),
          () => (st.sessionState.late = true),
          () => st.button('late button'),
          () => st.setPageConfig({ pageTitle: 'late' }),
          () => st.sidebar.text('late sidebar'),
        ]) {
          try {
            attempt();
          } catch (e) {
            refused.push((e as { code?: string }).code ?? String(e));
          }
        }
      },
      { runTimeoutMs: 1000 },
    );
    const c = client('mode=stubborn');
    await vi.advanceTimersByTimeAsync(1000);
    expect(c.finished()).toEqual(['error']);
    c.session().state.set('calm', true);
    c.conn.send({ type: 'rerunScript', widgets: [] });
    await c.session().runner.idle();
    wake!();
    await vi.advanceTimersByTimeAsync(0);
    expect(refused).toEqual(['RunTimeout', 'RunTimeout', 'RunTimeout', 'RunTimeout', 'RunTimeout']);
    expect(c.texts()).toEqual(['start', 'calm run']);
    expect(c.session().state.get('late')).toBeUndefined();
    expect(c.messages.some((m) => m.type === 'pageConfig')).toBe(false);
  });

  it('a run that calls st after its timeout ends at that call, as before', async () => {
    const { client } = world(
      async (st) => {
        for (let i = 0; ; i++) {
          await sleep(5);
          st.text(`step ${i}`);
        }
      },
      { runTimeoutMs: 30 },
    );
    const c = client('');
    await vi.advanceTimersByTimeAsync(100);
    expect(c.finished()).toEqual(['error']);
    expect(c.messages.some((m) => m.type === 'delta' && 'element' in m && m.element['code'] === 'RunTimeout')).toBe(true);
  });
});

describe('a closed session ends its run the same way', () => {
  it('frees the slot of a run that loops forever (no runTimeoutMs) once its session expires', async () => {
    let aborted = false;
    const { client, runtime } = world(
      async (st) => {
        if (st.queryParams.mode === 'loop') {
          st.signal.addEventListener('abort', () => (aborted = true));
          for (;;) await sleep(10);
        }
        st.text('ok');
      },
      { maxConcurrentRuns: 1, sessionTtlMs: 2000, runAbandonGraceMs: 100 },
    );
    const looping = client('mode=loop');
    await vi.advanceTimersByTimeAsync(0);
    const other = client('');
    looping.conn.disconnect();
    await vi.advanceTimersByTimeAsync(1999);
    expect(other.texts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(aborted).toBe(true);
    expect(runtime.sessionCount).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(other.texts()).toEqual(['ok']);
  });

  it('a session closed while its run waits for a slot never runs it; the next in line does', async () => {
    const { client, runtime } = world(loopOrText, { maxConcurrentRuns: 1, runTimeoutMs: 1000, runAbandonGraceMs: 0, sessionTtlMs: 10 });
    client('mode=loop');
    await vi.advanceTimersByTimeAsync(0);
    const leaving = client('mode=gone');
    const staying = client('mode=stay');
    await vi.advanceTimersByTimeAsync(0);
    leaving.conn.disconnect();
    await vi.advanceTimersByTimeAsync(10);
    expect(runtime.sessionCount).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(leaving.texts()).toEqual([]);
    expect(staying.texts()).toEqual(['ok stay']);
  });
});
