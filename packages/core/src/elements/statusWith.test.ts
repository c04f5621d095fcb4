import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import { createFakeScheduler } from '../testing/fakeScheduler.js';
import { SPINNER_DELAY_MS } from './status.js';

const statusProto = (at: AppTest) => at.get('status')[0]!.proto as { label: string; state: string; expanded: boolean };

describe("st.status(label, fn, options), as Streamlit's `with st.status(...)`", () => {
  it('turns complete when fn returns, routes bare st.* calls into the box, and returns what fn returns', async () => {
    let result: unknown;
    const at = AppTest.fromFunction(async (st) => {
      result = await st.status('Downloading', async () => {
        await Promise.resolve();
        st.text('inside');
        return 42;
      });
      st.text('after');
    });
    await at.run();
    expect(result).toBe(42);
    expect(statusProto(at)).toEqual({ type: 'status', label: 'Downloading', state: 'complete', expanded: false });
    expect(at.get('status')[0]!.text.map((t) => t.value)).toEqual(['inside']);
    expect(at.main.text.map((t) => t.value)).toEqual(['inside', 'after']);
  });

  it('a synchronous fn returns its value directly and completes the box', async () => {
    let result: unknown;
    const at = AppTest.fromFunction((st) => {
      result = st.status('Quick', (status) => {
        status.text('done');
        return 'ok';
      });
    });
    await at.run();
    expect(result).toBe('ok');
    expect(statusProto(at).state).toBe('complete');
  });

  it('turns error when fn throws and rethrows, so the error shows on the page', async () => {
    const at = AppTest.fromFunction(async (st) => {
      await st.status('Failing', async () => {
        await Promise.resolve();
        throw new Error('boom');
      });
      st.text('never');
    });
    await at.run();
    expect(statusProto(at).state).toBe('error');
    expect(at.exception[0]!.message).toBe('boom');
    expect(at.text).toHaveLength(0);
  });

  it('the error state keeps the expansion the app chose, as Streamlit', async () => {
    const at = AppTest.fromFunction((st) => {
      try {
        st.status(
          'Failing',
          () => {
            throw new Error('boom');
          },
          { expanded: true },
        );
      } catch {
        st.text('caught');
      }
    });
    await at.run();
    expect(statusProto(at)).toMatchObject({ state: 'error', expanded: true });
    expect(at.text.map((t) => t.value)).toEqual(['caught']);
  });

  it('takes options: expanded, and a state set by fn through update() is kept', async () => {
    const at = AppTest.fromFunction(async (st) => {
      await st.status(
        'Checking',
        async (status) => {
          await Promise.resolve();
          status.update({ label: 'Problems found', state: 'error', expanded: false });
        },
        { expanded: true },
      );
    });
    await at.run();
    expect(statusProto(at)).toEqual({ type: 'status', label: 'Problems found', state: 'error', expanded: false });
  });

  it('starts expanded with expanded: true and stays so when complete', async () => {
    const at = AppTest.fromFunction(async (st) => {
      await st.status('Open', async () => Promise.resolve(), { expanded: true });
    });
    await at.run();
    expect(statusProto(at)).toMatchObject({ state: 'complete', expanded: true });
  });

  it('the handle form st.status(label, options) still works with a manual update', async () => {
    const at = AppTest.fromFunction((st) => {
      const status = st.status('Manual', { expanded: true });
      status.text('step');
      status.update({ state: 'complete' });
    });
    await at.run();
    expect(statusProto(at)).toMatchObject({ label: 'Manual', state: 'complete', expanded: true });
  });

  it('st.spinner(text, fn) returns what fn returns', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const n = await st.spinner('Counting', async () => Promise.resolve(3));
      st.text(`n=${n}`);
    });
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual(['n=3']);
  });

  it('st.spinner with showTime sends the time the work had run when it shows, for the browser to count on', async () => {
    const clock = createFakeScheduler();
    const at = AppTest.fromFunction(
      async (st) => {
        await st.spinner('Slow', () => clock.sleep(1000), { showTime: true });
        await st.spinner('Plain', () => clock.sleep(1000));
      },
      { runtime: { scheduler: clock } },
    );
    const done = at.run();
    await clock.advance(SPINNER_DELAY_MS + 100);
    const timed = at.spinner[0]!.proto;
    await clock.advance(1000);
    const plain = at.spinner[0]!.proto;
    await clock.advance(1000);
    await done;
    expect(timed).toMatchObject({ text: 'Slow', showTime: true, elapsedMs: SPINNER_DELAY_MS });
    expect(plain).toEqual({ type: 'spinner', text: 'Plain' });
  });
});
