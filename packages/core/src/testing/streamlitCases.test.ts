import { describe, expect, it } from 'vitest';
import { AppTest } from './appTest.js';
import { createFakeScheduler } from './fakeScheduler.js';

/** Cases ported from Streamlit's own AppTest suite (lib/tests/streamlit/testing, runtime/state). */
describe('ported Streamlit cases', () => {
  it('linked sliders update each other through callbacks (test_updates)', async () => {
    const at = AppTest.fromFunction((st) => {
      const toF = () => (st.sessionState.fahrenheit = (st.sessionState.celsius * 9) / 5 + 32);
      const toC = () => (st.sessionState.celsius = ((st.sessionState.fahrenheit - 32) * 5) / 9);
      st.slider('Celsius', { minValue: -100.0, maxValue: 100.0, key: 'celsius', onChange: toF, step: 0.5 });
      st.slider('Fahrenheit', { minValue: -148.0, maxValue: 212.0, key: 'fahrenheit', onChange: toC, step: 0.5 });
      st.markdown(`Celsius \`${st.sessionState.celsius}\``);
      st.markdown(`Fahrenheit \`${st.sessionState.fahrenheit}\``);
    });
    await at.run();
    expect(at.slider.map((s) => s.value)).toEqual([-100, -148]);
    await at.slider[0]!.setValue(0).run();
    expect(at.slider.map((s) => s.value)).toEqual([0, 32]);
    expect(at.markdown.map((m) => m.value)).toEqual(['Celsius `0`', 'Fahrenheit `32`']);
    await at.slider[1]!.setValue(212).run();
    expect(at.slider.map((s) => s.value)).toEqual([100, 212]);
    await at.slider[0]!.setValue(0).run();
    expect(at.slider.map((s) => s.value)).toEqual([0, 32]);
  });

  it('a widget removed and added again comes back with its default (test_widget_added_removed)', async () => {
    const at = AppTest.fromFunction((st) => {
      const cb = st.radio('radio emulating a checkbox', ['off', 'on'], { key: 'cb' });
      if (cb === 'on') st.radio('radio', ['a', 'b', 'c'], { key: 'conditional' });
    });
    await at.run();
    expect(at.radio).toHaveLength(1);
    await at.radio[0]!.setValue('on').run();
    expect(at.radio[1]!.value).toBe('a');
    await at.radio[1]!.setValue('c').run();
    expect(at.radio[1]!.value).toBe('c');
    await at.radio[0]!.setValue('off').run();
    expect(at.radio).toHaveLength(1);
    await at.radio[0]!.setValue('on').run();
    expect(at.radio[1]!.value).toBe('a');
  });

  it('querying through a block returns only its elements (test_query_narrowing)', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text('1');
      const e = st.expander('open');
      e.text('2');
      e.text('3');
      st.text('4');
    });
    await at.run();
    expect(at.text).toHaveLength(4);
    expect(at.expander[0]!.text).toHaveLength(2);
  });

  it('a click followed by st.rerun() finishes instead of recurring (test_trigger_recursion)', async () => {
    let runs = 0;
    const clock = createFakeScheduler();
    const at = AppTest.fromFunction(
      async (st) => {
        runs++;
        if (st.button('Submit')) {
          await clock.sleep(20);
          st.rerun();
        }
      },
      { runtime: { scheduler: clock } },
    );
    await at.run();
    const clicked = at.button[0]!.click().run();
    await clock.advance(20);
    await clicked;
    expect(runs).toBe(3);
  });

  it('a widget creates its key in session state; a value set first wins (SessionStateTest)', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(`before ${'c' in st.sessionState}`);
      st.checkbox('checkbox', { value: true, key: 'c' });
      st.text(`after ${st.sessionState.c}`);
      st.sessionState.d ??= true;
      st.text(`d ${st.checkbox('other', { key: 'd' })}`);
    });
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual(['before false', 'after true', 'd true']);
  });

  it('a callback that sets state and calls st.rerun() warns and keeps the state (test_callbacks_with_rerun)', async () => {
    const at = AppTest.fromFunction((st) => {
      st.checkbox('cb', {
        onChange: () => {
          st.sessionState.message = 'ran callback';
          st.rerun();
        },
      });
    });
    await at.run();
    await at.checkbox[0]!.check().run();
    expect(at.sessionState.message).toBe('ran callback');
    expect(at.warning[0]!.value).toMatch(/no-op/);
  });
});
