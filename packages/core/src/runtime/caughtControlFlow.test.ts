import { describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import { fragment } from '../fragments/fragment.js';
import { Page } from '../pages/page.js';
import { AppTest } from '../testing/appTest.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

/**
 * In Streamlit, st.rerun/st.stop/st.switch_page raise exceptions that are not `Exception`s, so an app's own
 * `try: ... except Exception:` never swallows them. A JavaScript catch does: the run remembers the request.
 */
describe('control flow caught by the app', () => {
  it('st.rerun() inside try/catch still reruns; nothing after it in that run renders', async () => {
    let runs = 0;
    const at = AppTest.fromFunction((st) => {
      runs++;
      try {
        if (runs === 1) st.rerun();
      } catch {
        // the app's own catch-all
      }
      st.text(`run ${runs}`);
    });
    await at.run();
    expect(runs).toBe(2);
    expect(texts(at)).toEqual(['run 2']);
    expect(at.exception).toHaveLength(0);
  });

  it('st.rerun() caught as the last thing the script does is honoured when the script returns', async () => {
    let runs = 0;
    const at = AppTest.fromFunction(async (st) => {
      runs++;
      st.text(`run ${runs}`);
      try {
        if (runs === 1) st.rerun();
      } catch (e) {
        await Promise.resolve(e);
      }
    });
    await at.run();
    expect(runs).toBe(2);
    expect(texts(at)).toEqual(['run 2']);
  });

  it('st.stop() inside try/catch still stops: later st.* calls do not render', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text('before');
      try {
        st.stop();
      } catch {
        st.text('in catch');
      }
      st.text('after');
    });
    await at.run();
    expect(texts(at)).toEqual(['before']);
    expect(at.exception).toHaveLength(0);
  });

  it('st.stop() caught and followed by a thrown error ends as a stop, not an error', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text('before');
      try {
        st.stop();
      } catch {
        throw new Error('rethrown as something else');
      }
    });
    await at.run();
    expect(texts(at)).toEqual(['before']);
    expect(at.exception).toHaveLength(0);
  });

  it('st.switchPage() inside try/catch still switches the page', async () => {
    const home = (st: DeltaGenerator) => {
      st.text('home');
      try {
        if (st.button('Go')) st.switchPage('reports');
      } catch {
        // swallowed
      }
    };
    const reports = (st: DeltaGenerator) => st.text('reports');
    const at = AppTest.fromFunction(async (st) => {
      await st.navigation([Page(home), Page(reports)]).run();
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['reports']);
    expect(at.navigation?.currentUrlPath).toBe('reports');
  });

  it('a fragment that catches st.rerun({ scope: "fragment" }) still reruns alone', async () => {
    let fragmentRuns = 0;
    let fullRuns = 0;
    const frag = fragment((st) => {
      fragmentRuns++;
      const clicked = st.button('Again');
      try {
        if (clicked) st.rerun({ scope: 'fragment' });
      } catch {
        // swallowed inside the fragment
      }
    });
    const at = AppTest.fromFunction(async (st) => {
      fullRuns++;
      await frag(st);
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(fullRuns).toBe(1);
    expect(fragmentRuns).toBe(3); // full run, the click's fragment run, the requested fragment rerun
  });

  it('st.stop() caught inside a fragment during the full run ends the run when the fragment returns', async () => {
    const frag = fragment((st) => {
      st.text('in fragment');
      try {
        st.stop();
      } catch {
        // swallowed
      }
    });
    const at = AppTest.fromFunction(async (st) => {
      await frag(st);
      st.text('after the fragment');
    });
    await at.run();
    expect(texts(at)).toEqual(['in fragment']);
    expect(at.exception).toHaveLength(0);
  });

  it('st.rerun() caught inside a callback stays a no-op with its warning (no rerun loop)', async () => {
    let runs = 0;
    const at = AppTest.fromFunction((st) => {
      runs++;
      st.button('Go', {
        onClick: () => {
          try {
            st.rerun();
          } catch {
            // swallowed
          }
        },
      });
      st.text('page');
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(runs).toBe(2);
    expect(texts(at)).toEqual(['page']);
    expect(at.warning[0]!.value).toMatch(/within a callback is a no-op/);
  });

  it('a bad st.rerun() scope caught by the app is not remembered as a request', async () => {
    let runs = 0;
    const at = AppTest.fromFunction((st) => {
      runs++;
      try {
        st.rerun({ scope: 'fragment' });
      } catch (e) {
        st.text(e instanceof Error ? e.name : 'other');
      }
      st.text('after');
    });
    await at.run();
    expect(runs).toBe(1);
    expect(texts(at)).toEqual(['InvalidArgument', 'after']);
  });
});
