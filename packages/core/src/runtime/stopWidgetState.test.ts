import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

/**
 * After st.stop(), as Streamlit 1.64: the server does not clean up widget state after a run that stopped
 * early (ScriptRunner._on_script_finished with premature_stop), while the browser removes the elements the
 * run did not reach. So a widget the stopped run skipped keeps its value for the next run that renders it,
 * and loses it when the next completed run does not render it either.
 */
describe('widget state after st.stop()', () => {
  const app = AppTest.fromFunction.bind(AppTest, (st) => {
    const mode = st.radio('Mode', ['all', 'stop', 'hide']);
    if (mode === 'stop') st.stop();
    if (mode !== 'hide') st.slider('Amount', { key: 'amount', value: 1, maxValue: 10 });
    st.text('end');
  });

  it('a widget the stopped run never reached keeps its state but leaves the page', async () => {
    const at = app();
    await at.run();
    await at.slider[0]!.setValue(7).run();
    await at.radio[0]!.setValue('stop').run();
    expect(at.slider).toHaveLength(0);
    expect(at.text).toHaveLength(0);
    expect(at.sessionState.amount).toBe(7);
    await at.radio[0]!.setValue('all').run();
    expect(at.slider[0]!.value).toBe(7);
  });

  it('when the next completed run does not render it either, its state is dropped and it comes back with its default', async () => {
    const at = app();
    await at.run();
    await at.slider[0]!.setValue(7).run();
    await at.radio[0]!.setValue('stop').run();
    await at.radio[0]!.setValue('hide').run();
    expect('amount' in at.sessionState).toBe(false);
    await at.radio[0]!.setValue('all').run();
    expect(at.slider[0]!.value).toBe(1);
  });
});
