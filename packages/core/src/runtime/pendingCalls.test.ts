import { describe, expect, it } from 'vitest';
import { dialog } from '../fragments/dialog.js';
import { fragment } from '../fragments/fragment.js';
import { AppTest } from '../testing/appTest.js';

/** A promise the test settles by hand: the work of an un-awaited call is still running when the script returns. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Resolves `gate` once the script function has returned (a few turns later), so the call is pending at its end. */
function openAfterScript(gate: { resolve: () => void }): void {
  setImmediate(gate.resolve);
}

const warnings = (at: AppTest) => at.get('warning').map((w) => String(w.value));

describe('un-awaited calls (UnawaitedCall)', () => {
  it('a fragment that is not awaited keeps its output and warns, naming the call and the fix', async () => {
    const gate = deferred();
    const chart = fragment(async function drawChart(st) {
      await gate.promise;
      st.text('chart drawn');
    });
    const at = AppTest.fromFunction((st) => {
      st.text('before');
      void chart(st);
      openAfterScript(gate);
    });
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual(['before', 'chart drawn']);
    expect(warnings(at)).toHaveLength(1);
    expect(warnings(at)[0]).toContain('The fragment `drawChart(st)` was still running when the script ended');
    expect(warnings(at)[0]).toContain('`await drawChart(st)`');
    expect(warnings(at)[0]).toContain('UnawaitedCall');
    expect(at.exception).toHaveLength(0);
  });

  it('an awaited fragment gives no warning', async () => {
    const chart = fragment(async (st) => {
      await Promise.resolve();
      st.text('chart drawn');
    });
    const at = AppTest.fromFunction(async (st) => {
      await chart(st);
    });
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual(['chart drawn']);
    expect(at.get('warning')).toHaveLength(0);
  });

  it('a dialog that is not awaited opens with its output and warns', async () => {
    const gate = deferred();
    const ask = dialog('Confirm', async function confirmDialog(st) {
      await gate.promise;
      st.text('Sure?');
    });
    const at = AppTest.fromFunction((st) => {
      void ask(st);
      openAfterScript(gate);
    });
    await at.run();
    expect(at.get('dialog')[0]!.proto).toMatchObject({ title: 'Confirm', isOpen: true });
    expect(at.text.map((t) => t.value)).toEqual(['Sure?']);
    expect(warnings(at)[0]).toContain("The dialog 'Confirm'");
    expect(warnings(at)[0]).toContain('`await confirmDialog(st)`');
  });

  it('st.spinner with async work that is not awaited completes it and warns', async () => {
    const gate = deferred();
    const at = AppTest.fromFunction((st) => {
      void st.spinner('Loading', async () => {
        await gate.promise;
        st.text('loaded');
      });
      openAfterScript(gate);
    });
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual(['loaded']);
    expect(at.get('spinner')).toHaveLength(0);
    expect(warnings(at)[0]).toContain("`st.spinner('Loading', …)` was still running");
    expect(warnings(at)[0]).toContain("`await st.spinner('Loading', …)`");
  });

  it('an error thrown by un-awaited work is shown on the page, not lost', async () => {
    const gate = deferred();
    const at = AppTest.fromFunction((st) => {
      void st.spinner('Loading', async () => {
        await gate.promise;
        throw new Error('load failed');
      });
      openAfterScript(gate);
    });
    await at.run();
    expect(at.exception[0]!.message).toBe('load failed');
    expect(warnings(at)).toHaveLength(1);
  });

  it('st.status(label, fn) that is not awaited turns complete and warns', async () => {
    const gate = deferred();
    const at = AppTest.fromFunction((st) => {
      void st.status('Working', async (status) => {
        await gate.promise;
        status.text('step 1');
      });
      openAfterScript(gate);
    });
    await at.run();
    expect(at.get('status')[0]!.proto).toMatchObject({ state: 'complete' });
    expect(at.text.map((t) => t.value)).toEqual(['step 1']);
    expect(warnings(at)[0]).toContain("`st.status('Working', fn)`");
  });

  it('container.with(async fn) that is not awaited lands in its container and warns', async () => {
    const gate = deferred();
    const at = AppTest.fromFunction((st) => {
      const [left] = st.columns(2);
      void left.with(async () => {
        await gate.promise;
        st.text('in the column');
      });
      openAfterScript(gate);
    });
    await at.run();
    expect(at.column[0]!.text.map((t) => t.value)).toEqual(['in the column']);
    expect(warnings(at)[0]).toContain('`container.with(fn)`');
    expect(warnings(at)[0]).toContain('`await container.with(async () => { … })`');
  });

  it('a rerun requested by an un-awaited call is honoured', async () => {
    let runs = 0;
    const gate = deferred();
    const at = AppTest.fromFunction((st) => {
      runs++;
      if (runs === 1) {
        void st.spinner('x', async () => {
          await gate.promise;
          st.rerun();
        });
        openAfterScript(gate);
      }
      st.text(`run ${runs}`);
    });
    await at.run();
    expect(runs).toBe(2);
    expect(at.text.map((t) => t.value)).toEqual(['run 2']);
  });
});
