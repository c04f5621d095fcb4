import { describe, expect, it } from 'vitest';
import type { AnyState, AppScript } from '../app.js';
import type { ForwardMsg, ScriptFinishedMsg } from '../protocol/forwardMsg.js';
import { AppTest } from '../testing/appTest.js';
import { createFakeScheduler } from '../testing/fakeScheduler.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import { createTestRuntime } from './runtime.js';
import type { RuntimeOptions } from './runtimeOptions.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

/** A runtime with one in-memory client that records every ForwardMsg. */
function harness(script: AppScript<AnyState>, options: RuntimeOptions = {}) {
  const runtime = createTestRuntime(script, options);
  const messages: ForwardMsg[] = [];
  const conn = connectInMemory(runtime, { onMessage: (m) => messages.push(m) });
  const session = () => runtime.session(conn.sessionId!)!;
  return { runtime, conn, messages, session, idle: () => session().runner.idle() };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('control flow', () => {
  it('st.stop() ends the run: nothing after it renders', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text('before');
      if (!st.checkbox('Go on')) st.stop();
      st.text('after');
    });
    await at.run();
    expect(texts(at)).toEqual(['before']);
    await at.checkbox[0]!.check().run();
    expect(texts(at)).toEqual(['before', 'after']);
  });

  it('st.rerun() starts a new run and run() waits for it', async () => {
    const at = AppTest.fromFunction<{ n?: number }>((st) => {
      st.sessionState.n = (st.sessionState.n ?? 0) + 1;
      if (st.sessionState.n < 3) st.rerun();
      st.text(`n=${st.sessionState.n}`);
    });
    await at.run();
    expect(texts(at)).toEqual(['n=3']);
  });

  it('a button is false in the run after st.rerun()', async () => {
    const seen: boolean[] = [];
    const at = AppTest.fromFunction((st) => {
      const clicked = st.button('B');
      seen.push(clicked);
      if (clicked) st.rerun();
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(seen).toEqual([false, true, false]);
  });

  it('an uncaught exception becomes an exception element where the script stopped', async () => {
    const at = AppTest.fromFunction(async (st) => {
      await Promise.resolve();
      st.text('before');
      throw new TypeError('bad input');
    });
    await at.run();
    expect(texts(at)).toEqual(['before']);
    expect(at.exception[0]!.message).toBe('bad input');
    expect(at.exception[0]!.name).toBe('TypeError');
    expect(at.exception[0]!.path).toEqual([0, 1]);
    expect(at.exception[0]!.stack.length).toBeGreaterThan(0);
  });

  it('hides stack lines when showErrorDetails is off', async () => {
    const at = AppTest.fromFunction(
      () => {
        throw new Error('x');
      },
      { runtime: { showErrorDetails: false } },
    );
    await at.run();
    expect(at.exception[0]!.stack).toEqual([]);
  });

  it('elements after an error from the previous run are removed', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text('a');
      if (st.checkbox('Fail')) throw new Error('boom');
      st.text('b');
      st.text('c');
    });
    await at.run();
    await at.checkbox[0]!.check().run();
    expect(texts(at)).toEqual(['a']);
    expect(at.exception).toHaveLength(1);
  });

  it('run() fails when a run exceeds the timeout', async () => {
    const clock = createFakeScheduler();
    const at = AppTest.fromFunction(
      async (st) => {
        st.text('start');
        await clock.sleep(200);
      },
      { runtime: { scheduler: clock } },
    );
    const outcome = at.run({ timeout: 50 }).then(
      () => 'resolved',
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    await clock.advance(50);
    expect(await outcome).toMatch(/did not finish within 50 ms/);
  });

  it('runTimeoutMs stops a long run with a RunTimeout exception', async () => {
    const clock = createFakeScheduler();
    const at = AppTest.fromFunction(
      async (st) => {
        for (let i = 0; i < 100; i++) {
          await clock.sleep(5);
          st.text(`step ${i}`);
        }
      },
      { runtime: { runTimeoutMs: 30, scheduler: clock } },
    );
    const running = at.run();
    await clock.advance(30);
    await running;
    expect(at.exception[0]!.code).toBe('RunTimeout');
    expect(at.text.map((t) => t.value)).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'step 4']);
  });
});

describe('the rerun model', () => {
  it('a request during a run interrupts it at its next st.* call and reruns with the new value', async () => {
    const gate = deferred();
    const ran: string[] = [];
    const h = harness(async (st) => {
      const v = st.textInput('V', { key: 'v' });
      ran.push(`start ${v}`);
      if (v === 'slow') await gate.promise;
      st.text(`end ${v}`);
      ran.push(`end ${v}`);
    });
    await h.idle();
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'slow' }] });
    await Promise.resolve();
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'fast' }] });
    gate.resolve();
    await h.idle();
    expect(ran).toEqual(['start ', 'end ', 'start slow', 'start fast', 'end fast']);
    const finished = h.messages.filter((m) => m.type === 'scriptFinished').map((m) => (m as { status: string }).status);
    expect(finished).toEqual(['complete', 'interrupted', 'complete']);
  });

  it('coalesces requests arriving during a run into one rerun', async () => {
    const gate = deferred();
    let runs = 0;
    const h = harness(async (st) => {
      runs++;
      st.slider('S', { key: 's' });
      if (runs === 2) await gate.promise;
    });
    await h.idle();
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 1 }] });
    await Promise.resolve();
    for (const value of [2, 3, 4]) h.conn.send({ type: 'rerunScript', widgets: [{ id, value }] });
    gate.resolve();
    await h.idle();
    expect(runs).toBe(3);
    expect(h.session().state.widgetValue(id)).toBe(4);
  });

  it('a click an interrupted run already returned is not applied again', async () => {
    const gate = deferred();
    const clicks: boolean[] = [];
    let n = 0;
    const h = harness(async (st) => {
      const clicked = st.button('B', { key: 'b' });
      st.textInput('T', { key: 't' });
      clicks.push(clicked);
      if (clicked && n++ === 0) await gate.promise;
      st.text('x');
    });
    await h.idle();
    const ids = [...h.session().state.metadata.keys()];
    h.conn.send({ type: 'rerunScript', widgets: [{ id: ids[0]!, value: true, trigger: true }] });
    await Promise.resolve();
    h.conn.send({ type: 'rerunScript', widgets: [{ id: ids[1]!, value: 'typed' }] });
    gate.resolve();
    await h.idle();
    expect(clicks).toEqual([false, true, false]);
    expect(h.session().state.widgetValue(ids[1]!)).toBe('typed');
  });

  it('a click an interrupted run had not reached is applied in the next run, once, and its callback runs once', async () => {
    const gate = deferred();
    const clicks: boolean[] = [];
    let runs = 0;
    let callbacks = 0;
    const h = harness(async (st) => {
      st.textInput('T', { key: 't' });
      if (++runs === 2) await gate.promise;
      clicks.push(st.button('B', { key: 'b', onClick: () => callbacks++ }));
    });
    await h.idle();
    const [text, button] = [...h.session().state.metadata.keys()];
    h.conn.send({ type: 'rerunScript', widgets: [{ id: button!, value: true, trigger: true }] });
    await Promise.resolve();
    h.conn.send({ type: 'rerunScript', widgets: [{ id: text!, value: 'typed' }] });
    gate.resolve();
    await h.idle();
    expect(clicks).toEqual([false, true]);
    expect(callbacks).toBe(1);
    const finished = h.messages.filter((m) => m.type === 'scriptFinished').map((m) => (m as { status: string }).status);
    expect(finished).toEqual(['complete', 'interrupted', 'complete']);
  });

  it('st.signal aborts when the run is interrupted', async () => {
    let aborted = false;
    const started = deferred();
    const clock = createFakeScheduler();
    const h = harness(
      async (st) => {
        st.slider('S', { key: 's' });
        if (st.sessionState.s === 1) {
          st.signal.addEventListener('abort', () => (aborted = true));
          started.resolve();
          await clock.sleep(20);
          st.text('too late');
        }
      },
      { scheduler: clock },
    );
    await h.idle();
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 1 }] });
    await started.promise;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 2 }] });
    await clock.advance(20);
    await h.idle();
    expect(aborted).toBe(true);
    expect(h.messages.some((m) => m.type === 'delta' && 'element' in m && m.element['body'] === 'too late')).toBe(false);
  });

  it('stopScript stops the running script at its next st.* call', async () => {
    const started = deferred();
    const clock = createFakeScheduler();
    const h = harness(
      async (st) => {
        if (st.button('Go', { key: 'go' })) {
          started.resolve();
          await clock.sleep(10);
          st.text('not shown');
        }
      },
      { scheduler: clock },
    );
    await h.idle();
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: true, trigger: true }] });
    await started.promise;
    h.conn.send({ type: 'stopScript' });
    await clock.advance(10);
    await h.idle();
    const last = h.messages.filter((m) => m.type === 'scriptFinished').at(-1) as { status: string };
    expect(last.status).toBe('stopped');
  });

  it('repeated triggers of one widget become separate runs (chat messages are not merged)', async () => {
    const gate = deferred();
    const prompts: string[] = [];
    const h = harness(async (st) => {
      const p = st.chatInput('Say', { key: 'chat' });
      if (p) prompts.push(p);
      if (p === 'one') await gate.promise;
    });
    await h.idle();
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'one', trigger: true }] });
    await Promise.resolve();
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'two', trigger: true }] });
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'three', trigger: true }] });
    gate.resolve();
    await h.idle();
    expect(prompts).toEqual(['one', 'two', 'three']);
  });
});

describe('patches on the wire', () => {
  it('an element equal to the previous run’s at the same path is not sent', async () => {
    const h = harness((st) => {
      const n = st.slider('N', { key: 'n', value: 1 });
      for (let i = 0; i < 20; i++) st.text(i === 10 ? `changed ${n}` : `fixed ${i}`);
    });
    await h.idle();
    const first = h.messages.filter((m) => m.type === 'delta').length;
    expect(first).toBe(21);
    h.messages.length = 0;
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 2 }] });
    await h.idle();
    const deltas = h.messages.filter((m) => m.type === 'delta');
    expect(deltas).toHaveLength(1);
    expect(deltas[0]).toMatchObject({ path: [0, 11], element: { type: 'text', body: 'changed 2' } });
  });

  it('scriptFinished carries trims for blocks that shrank', async () => {
    const h = harness((st) => {
      const n = st.slider('N', { key: 'n', value: 3 });
      const box = st.container();
      for (let i = 0; i < n; i++) box.text(`row ${i}`);
    });
    await h.idle();
    h.messages.length = 0;
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 1 }] });
    await h.idle();
    const finished = h.messages.find((m) => m.type === 'scriptFinished') as { trims: unknown };
    expect(finished.trims).toEqual([{ path: [0, 1], length: 1 }]);
    expect(h.messages.filter((m) => m.type === 'delta')).toHaveLength(0);
  });

  it('an interrupted run sends no trims', async () => {
    const gate = deferred();
    const h = harness(async (st) => {
      const v = st.slider('V', { key: 'v' });
      st.text('a');
      if (v === 1) await gate.promise;
      st.text('b');
    });
    await h.idle();
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 1 }] });
    await Promise.resolve();
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 2 }] });
    gate.resolve();
    await h.idle();
    const interrupted = h.messages.find((m): m is ScriptFinishedMsg => m.type === 'scriptFinished' && m.status === 'interrupted');
    expect(interrupted?.trims).toEqual([]);
  });

  it('a widget value the client sent is not sent back', async () => {
    const h = harness((st) => {
      st.slider('N', { key: 'n' });
    });
    await h.idle();
    h.messages.length = 0;
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 42 }] });
    await h.idle();
    expect(h.messages.filter((m) => m.type === 'delta')).toHaveLength(0);
  });

  it('a widget value changed by the app is sent to the client', async () => {
    const h = harness((st) => {
      if (st.button('Reset', { key: 'r' })) st.sessionState.n = 0;
      st.slider('N', { key: 'n' });
    });
    await h.idle();
    const [reset, slider] = [...h.session().state.metadata.keys()];
    h.conn.send({ type: 'rerunScript', widgets: [{ id: slider!, value: 42 }] });
    await h.idle();
    h.messages.length = 0;
    h.conn.send({ type: 'rerunScript', widgets: [{ id: reset!, value: true, trigger: true }] });
    await h.idle();
    const deltas = h.messages.filter((m) => m.type === 'delta');
    expect(deltas).toHaveLength(1);
    expect(deltas[0]).toMatchObject({ element: { type: 'slider', value: 0 } });
  });

  it('each run is framed by sessionStatus and scriptFinished, and every message is numbered', async () => {
    const h = harness((st) => st.text('hi'));
    await h.idle();
    const types = h.messages.map((m) => m.type);
    expect(types).toEqual(['newSession', 'sessionStatus', 'delta', 'scriptFinished', 'sessionStatus']);
    const seqs = h.messages.filter((m) => m.seq > 0).map((m) => m.seq);
    expect(seqs).toEqual([1, 2, 3, 4]);
  });

  it('a long async script streams progressively with confirm marks', async () => {
    const clock = createFakeScheduler();
    const h = harness(
      async (st) => {
        st.text('one');
        await clock.sleep(15);
        st.text('two');
      },
      { scheduler: clock },
    );
    await clock.advance(8);
    expect(h.messages.some((m) => m.type === 'delta')).toBe(true);
    expect(h.messages.find((m) => m.type === 'confirm')).toMatchObject({ blocks: [{ path: [0], length: 1 }] });
    expect(h.messages.some((m) => m.type === 'scriptFinished')).toBe(false);
    await clock.advance(7);
    await h.idle();
  });
});

describe('bad input', () => {
  it('a malformed frame gets an error and changes nothing', async () => {
    const h = harness((st) => st.text(String(st.slider('S', { key: 's' }))));
    await h.idle();
    const runtimeHandle = h.runtime;
    expect(runtimeHandle.sessionCount).toBe(1);
    h.messages.length = 0;
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'not a number' }] });
    await h.idle();
    expect(h.messages.find((m) => m.type === 'error')).toMatchObject({ code: 'InvalidWidgetValue' });
    expect(h.messages.some((m) => m.type === 'sessionStatus')).toBe(false);
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 7 }] });
    await h.idle();
    expect(h.session().state.widgetValue(id)).toBe(7);
  });

  it('out-of-range widget values are refused', async () => {
    const at = AppTest.fromFunction((st) => st.slider('S', { minValue: 0, maxValue: 10 }));
    await at.run();
    expect(() => at.slider[0]!.setValue(11)).toThrow();
    const h = harness((st) => {
      st.selectbox('Pick', ['a', 'b'], { key: 'p' });
      st.multiselect('M', ['a', 'b'], { key: 'm' });
    });
    await h.idle();
    const [pick, multi] = [...h.session().state.metadata.keys()];
    h.conn.send({ type: 'rerunScript', widgets: [{ id: pick!, value: 5 }] });
    h.conn.send({ type: 'rerunScript', widgets: [{ id: multi!, value: [0, 0] }] });
    await h.idle();
    expect(h.messages.filter((m) => m.type === 'error').map((m) => (m as { message: string }).message)).toEqual([
      expect.stringMatching(/option index from 0 to 1/),
      expect.stringMatching(/selected twice/),
    ]);
  });
});

describe('resumable sessions', () => {
  it('a reconnect within the TTL resumes the session and replays what was missed', async () => {
    const h = harness((st) => {
      if (st.button('Inc', { key: 'inc' })) st.sessionState.n = ((st.sessionState.n as number | undefined) ?? 0) + 1;
      st.text(`n=${st.sessionState.n ?? 0}`);
    });
    await h.idle();
    const id = h.session().state.metadata.keys().next().value!;
    const sessionId = h.conn.sessionId;
    h.conn.disconnect();
    h.session().requestRerun();
    await h.idle();
    h.messages.length = 0;
    h.conn.reconnect();
    expect(h.conn.sessionId).toBe(sessionId);
    expect(h.messages[0]).toMatchObject({ type: 'newSession', resumed: true });
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: true, trigger: true }] });
    await h.idle();
    expect(h.session().state.get('n')).toBe(1);
  });
});

describe('oversized messages', () => {
  it('are refused with MessageTooLarge naming their cseq, and the client drops them', async () => {
    const runtime = createTestRuntime((st) => st.textInput('T', { key: 't' }), { maxMessageBytes: 200 });
    const messages: ForwardMsg[] = [];
    const conn = connectInMemory(runtime, { onMessage: (m) => messages.push(m) });
    const session = runtime.session(conn.sessionId!)!;
    await session.runner.idle();
    const id = session.state.metadata.keys().next().value!;
    const cseq = conn.send({ type: 'rerunScript', widgets: [{ id, value: 'x'.repeat(500) }] });
    expect(messages.find((m) => m.type === 'error')).toMatchObject({ code: 'MessageTooLarge', cseq });
    conn.disconnect();
    messages.length = 0;
    conn.reconnect();
    await session.runner.idle();
    expect(messages.some((m) => m.type === 'error')).toBe(false);
  });
});
