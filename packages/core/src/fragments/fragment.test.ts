import { describe, expect, it } from 'vitest';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { createTestRuntime } from '../runtime/runtime.js';
import { AppTest } from '../testing/appTest.js';
import { createFakeScheduler } from '../testing/fakeScheduler.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import { dialog } from './dialog.js';
import { fragment } from './fragment.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

describe('fragments', () => {
  it('an interaction inside a fragment reruns only the fragment', async () => {
    let full = 0;
    let inner = 0;
    const chart = fragment((st) => {
      inner++;
      const n = st.slider('Points', { value: 3 });
      st.text(`points ${n}`);
    });
    const at = AppTest.fromFunction(async (st) => {
      full++;
      st.title('Dashboard');
      await chart(st);
      st.text(`full runs ${full}`);
    });
    await at.run();
    await at.slider[0]!.setValue(7).run();
    expect(full).toBe(1);
    expect(inner).toBe(2);
    expect(texts(at)).toEqual(['points 7', 'full runs 1']);
  });

  it('fragment output lives in its own container, after what precedes it', async () => {
    const frag = fragment((st) => st.text('in fragment'));
    const at = AppTest.fromFunction(async (st) => {
      st.text('before');
      await frag(st);
      st.text('after');
    });
    await at.run();
    expect(at.text.map((t) => t.path)).toEqual([
      [0, 0],
      [0, 1, 0],
      [0, 2],
    ]);
    const box = at.vertical[0]!.proto;
    expect(box).toMatchObject({ type: 'vertical' });
    expect('fragmentId' in box && typeof box.fragmentId === 'string').toBe(true);
  });

  it('a fragment run only rebuilds its container: deltas and trims stay inside it', async () => {
    const list = fragment((st) => {
      const n = st.slider('N', { value: 3, key: 'n' });
      for (let i = 0; i < n; i++) st.text(`item ${i}`);
    });
    const runtime = createTestRuntime(async (st) => {
      st.text('outside');
      await list(st);
    });
    const messages: ForwardMsg[] = [];
    const conn = connectInMemory(runtime, { onMessage: (m) => messages.push(m) });
    const session = runtime.session(conn.sessionId!)!;
    await session.runner.idle();
    messages.length = 0;
    const slider = session.state.metadata.keys().next().value!;
    const fragmentId = session.state.metadata.get(slider)!.fragmentId;
    conn.send({ type: 'rerunScript', widgets: [{ id: slider, value: 1 }], fragmentId: fragmentId! });
    await session.runner.idle();
    const finished = messages.find((m) => m.type === 'scriptFinished');
    expect(finished).toMatchObject({ fragmentId, trims: [{ path: [0, 1], length: 2 }] });
    expect(messages.find((m) => m.type === 'sessionStatus')).toMatchObject({ state: 'running', fragmentId });
  });

  it('widget state outside the fragment survives a fragment run', async () => {
    const frag = fragment((st) => st.text(String(st.button('Inner'))));
    const at = AppTest.fromFunction(async (st) => {
      st.text(st.textInput('Outer'));
      await frag(st);
    });
    await at.run();
    await at.textInput[0]!.input('kept').run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['kept', 'true']);
  });

  it('st.rerun({ scope: "fragment" }) in a fragment rerun reruns only the fragment', async () => {
    let full = 0;
    let inner = 0;
    const frag = fragment((st) => {
      inner++;
      if (st.button('Again')) st.rerun({ scope: 'fragment' });
      st.text(`inner runs ${inner}`);
    });
    const at = AppTest.fromFunction(async (st) => {
      full++;
      await frag(st);
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(full).toBe(1);
    expect(inner).toBe(3);
    expect(texts(at)).toEqual(['inner runs 3']);
  });

  it("st.rerun({ scope: 'fragment' }) outside a fragment, or in a full run, is an error (as Streamlit)", async () => {
    const outside = AppTest.fromFunction((st) => st.rerun({ scope: 'fragment' }));
    await outside.run();
    expect(outside.exception[0]!.message).toMatch(/inside a fragment during a fragment rerun/);
    const frag = fragment((st) => st.rerun({ scope: 'fragment' }));
    const inFullRun = AppTest.fromFunction(async (st) => frag(st));
    await inFullRun.run();
    expect(inFullRun.exception[0]!.message).toMatch(/not during a full run/);
  });

  it('st.rerun() inside a fragment reruns the whole app', async () => {
    let full = 0;
    const frag = fragment((st) => {
      if (st.button('Everything')) st.rerun();
    });
    const at = AppTest.fromFunction(async (st) => {
      full++;
      await frag(st);
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(full).toBe(2);
  });

  it('an error in a fragment run shows inside the fragment and leaves the page', async () => {
    const frag = fragment((st) => {
      if (st.button('Break')) throw new Error('fragment broke');
      st.text('fragment ok');
    });
    const at = AppTest.fromFunction(async (st) => {
      st.text('page');
      await frag(st);
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['page']);
    expect(at.vertical[0]!.exception[0]!.message).toBe('fragment broke');
  });

  it('a fragment run cannot add a widget to an outside container it did not write to in the full run', async () => {
    const frag = fragment((st) => {
      if (st.button('Inside')) st.sidebar.button('Outside');
    });
    const at = AppTest.fromFunction(async (st) => frag(st));
    await at.run();
    expect(at.exception).toHaveLength(0);
    await at.button[0]!.click().run();
    expect(at.exception[0]!.code).toBe('FragmentWidgetOutside');
    expect(at.exception[0]!.message).toMatch(/during the full run/);
  });

  it('passes arguments and returns the result', async () => {
    const frag = fragment((st, a: number, b: number) => {
      st.text(`sum ${a + b}`);
      return a * b;
    });
    const at = AppTest.fromFunction(async (st) => {
      const product = await frag(st, 3, 4);
      st.text(`product ${product}`);
    });
    await at.run();
    expect(texts(at)).toEqual(['sum 7', 'product 12']);
  });

  it('a full rerun re-registers fragments; one no longer called stops rerunning', async () => {
    let inner = 0;
    const frag = fragment((st) => {
      inner++;
      st.button('In');
    });
    const at = AppTest.fromFunction(async (st) => {
      if (!st.checkbox('Hide')) await frag(st);
    });
    await at.run();
    const inButton = at.button[0]!;
    await at.checkbox[0]!.check().run();
    expect(at.button).toHaveLength(0);
    expect(() => inButton.click()).toThrow(/no longer on the page/);
    expect(inner).toBe(1);
  });

  it('runEvery reruns the fragment on a timer while connected, and stops when disconnected', async () => {
    const scheduler = createFakeScheduler();
    let ticks = 0;
    let full = 0;
    const clock = fragment(
      (st) => {
        ticks++;
        st.text(`tick ${ticks}`);
      },
      { runEvery: '1s' },
    );
    const runtime = createTestRuntime(
      async (st) => {
        full++;
        await clock(st);
      },
      { scheduler },
    );
    const conn = connectInMemory(runtime, { onMessage: () => undefined });
    const session = runtime.session(conn.sessionId!)!;
    await scheduler.advance(10);
    expect(ticks).toBe(1);
    await scheduler.advance(3000);
    expect(ticks).toBe(4);
    expect(full).toBe(1);
    conn.disconnect();
    await scheduler.advance(3000);
    expect(ticks).toBe(4);
    conn.reconnect();
    await scheduler.advance(1000);
    expect(ticks).toBe(5);
    session.close();
  });
});

describe('dialogs', () => {
  it('opens when called, reruns alone on its widgets, closes after st.rerun()', async () => {
    let full = 0;
    const vote = dialog('Cast your vote', (st, item: string) => {
      const reason = st.textInput('Because…');
      if (st.button('Submit')) {
        st.sessionState.vote = `${item}: ${reason}`;
        st.rerun();
      }
    });
    const at = AppTest.fromFunction(async (st) => {
      full++;
      if (st.button('A')) await vote(st, 'A');
      st.text(`vote=${st.sessionState.vote ?? '-'}`);
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(at.dialog).toHaveLength(1);
    expect(at.dialog[0]!.proto).toMatchObject({ title: 'Cast your vote', isOpen: true, width: 'small' });
    const runsBefore = full;
    await at.dialog[0]!.textInput[0]!.input('because').run();
    expect(full).toBe(runsBefore);
    await at.dialog[0]!.button[0]!.click().run();
    expect(at.dialog).toHaveLength(0);
    expect(texts(at)).toEqual(['vote=A: because']);
  });
});

describe('fragments called without await', () => {
  it('a synchronous fragment finishes in order and its error does not crash the process', async () => {
    const ok = fragment((st) => st.text('inside'));
    const broken = fragment(() => {
      throw new Error('sync fragment broke');
    });
    const at = AppTest.fromFunction((st) => {
      void ok(st);
      st.text('after');
      void broken(st);
    });
    await at.run();
    expect(at.text.map((t) => t.path)).toEqual([
      [0, 0, 0],
      [0, 1],
    ]);
    expect(at.vertical[1]!.exception[0]!.message).toBe('sync fragment broke');
  });
});
