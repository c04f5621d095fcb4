import { describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import { AppTest } from '../testing/appTest.js';
import { fragment } from './fragment.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

/** As Streamlit 1.64 (streamlit#15598): a fragment may write widgets into containers created outside it. */
describe('a fragment writing into containers created outside it', () => {
  it('may put a widget in the sidebar during the full run; the widget reruns only the fragment', async () => {
    let full = 0;
    let inner = 0;
    const frag = fragment((st) => {
      inner++;
      const n = st.sidebar.slider('Points', { value: 3, key: 'points' });
      st.text(`points ${n}`);
    });
    const at = AppTest.fromFunction(async (st) => {
      full++;
      st.sidebar.caption('before');
      await frag(st);
      st.sidebar.caption('after');
    });
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.sidebar.slider).toHaveLength(1);
    await at.sidebar.slider[0]!.setValue(7).run();
    expect(full).toBe(1);
    expect(inner).toBe(2);
    expect(texts(at)).toEqual(['points 7']);
    expect(at.sidebar.slider).toHaveLength(1);
    expect(at.sidebar.caption.map((c) => c.value)).toEqual(['before', 'after']);
    expect(at.sessionState.points).toBe(7);
  });

  it('writes into a container the script created; fragment reruns replace what it wrote there, never append', async () => {
    const frag = fragment((st, box: DeltaGenerator) => {
      const go = box.button('Refresh');
      box.text(`refreshed ${String(go)}`);
    });
    const at = AppTest.fromFunction(async (st) => {
      const box = st.container();
      box.text('script text');
      await frag(st, box);
      box.text('script text after');
    });
    await at.run();
    expect(at.container[0]!.text.map((t) => t.value)).toEqual(['script text', 'refreshed false', 'script text after']);
    await at.button[0]!.click().run();
    expect(at.container[0]!.text.map((t) => t.value)).toEqual(['script text', 'refreshed true', 'script text after']);
    await at.button[0]!.click().run();
    expect(at.container[0]!.button).toHaveLength(1);
    expect(at.exception).toHaveLength(0);
  });

  it('a widget the fragment stops writing outside is removed, and its state dropped, by the next fragment run', async () => {
    const frag = fragment((st) => {
      if (st.checkbox('Show', { value: true })) st.sidebar.textInput('Note', { key: 'note' });
    });
    const at = AppTest.fromFunction(async (st) => {
      await frag(st);
      st.sidebar.textInput('Always', { key: 'always' });
    });
    await at.run();
    await at.sidebar.textInput[0]!.input('hello').run();
    expect(at.sessionState.note).toBe('hello');
    await at.checkbox[0]!.uncheck().run();
    expect(at.sidebar.textInput.map((t) => t.label)).toEqual(['Always']);
    expect('note' in at.sessionState).toBe(false);
    await at.checkbox[0]!.check().run();
    expect(at.exception).toHaveLength(0);
    expect(at.sidebar.textInput.map((t) => [t.label, t.value])).toEqual([
      ['Note', ''],
      ['Always', ''],
    ]);
  });
});
