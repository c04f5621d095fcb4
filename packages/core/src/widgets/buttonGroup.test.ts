import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

describe('st.pills and st.segmentedControl', () => {
  it('single mode: null until chosen, the chosen option after, null again when unselected', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(JSON.stringify(st.pills('Size', ['S', 'M', 'L'])));
      st.text(JSON.stringify(st.segmentedControl('View', ['Map', 'Table'], { default: 'Table' })));
    });
    await at.run();
    expect(texts(at)).toEqual(['null', '"Table"']);
    expect(at.pills[0]!.proto).toMatchObject({ type: 'pills', label: 'Size', options: ['S', 'M', 'L'], selectionMode: 'single', value: [] });
    expect(at.segmentedControl[0]!.proto.value).toEqual([1]);
    await at.pills[0]!.select('M').run();
    await at.segmentedControl[0]!.select('Map').run();
    expect(texts(at)).toEqual(['"M"', '"Map"']);
    expect(at.pills[0]!.value).toBe('M');
    await at.pills[0]!.unselect('M').run();
    expect(texts(at)).toEqual(['null', '"Map"']);
  });

  it('multi mode: a list in option order, select adds and unselect removes', async () => {
    const at = AppTest.fromFunction((st) => {
      const tags = st.pills('Tags', ['news', 'sport', 'tech'], { selectionMode: 'multi', default: ['tech'] });
      st.text(tags.join(','));
    });
    await at.run();
    expect(texts(at)).toEqual(['tech']);
    await at.pills[0]!.select('news').run();
    expect(texts(at)).toEqual(['news,tech']);
    expect(at.pills[0]!.proto.value).toEqual([0, 2]);
    await at.pills[0]!.unselect('tech').run();
    expect(texts(at)).toEqual(['news']);
    await at.pills[0]!.setValue([]).run();
    expect(texts(at)).toEqual(['']);
  });

  it('formatFunc gives the labels (markdown icons kept) while the app sees the options', async () => {
    const at = AppTest.fromFunction((st) => {
      const picked = st.pills('Rating', [1, 2, 3], { formatFunc: (n) => `:material/star: ${n}`, default: 2 });
      st.text(String(typeof picked));
    });
    await at.run();
    expect(at.pills[0]!.options).toEqual([':material/star: 1', ':material/star: 2', ':material/star: 3']);
    expect(at.pills[0]!.value).toBe(2);
    expect(texts(at)).toEqual(['number']);
  });

  it('keeps its value in session state under its key and runs onChange first', async () => {
    const calls: unknown[] = [];
    const at = AppTest.fromFunction((st) => {
      st.segmentedControl('Mode', ['a', 'b'], { key: 'mode', onChange: () => calls.push(st.sessionState['mode']) });
    });
    at.sessionState['mode'] = 'b';
    await at.run();
    expect(at.segmentedControl[0]!.value).toBe('b');
    await at.segmentedControl[0]!.select('a').run();
    expect(calls).toEqual(['a']);
    expect(at.sessionState['mode']).toBe('a');
  });

  it('bad arguments raise clear errors and the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      try {
        st.pills('A', ['x', 'y'], { default: ['x', 'y'] });
      } catch (e) {
        st.text((e as Error).message);
      }
      try {
        st.pills('B', ['x'], { default: 'z' });
      } catch (e) {
        st.text((e as Error).message);
      }
      // A JavaScript caller may pass anything.
      st.segmentedControl('C', ['x'], { selectionMode: 'many' as 'multi' });
    });
    await at.run();
    expect(texts(at)).toEqual([
      `st.pills "A": with selectionMode 'single' the default must be one option, got 2.`,
      'st.pills "B": the default value "z" is not among the options.',
    ]);
    expect(at.exception[0]!.message).toBe(`st.segmentedControl "C": selectionMode must be 'single' or 'multi', got "many".`);
    expect(at.exception[0]!.code).toBe('InvalidArgument');
  });

  it('refuses a client value that does not fit and keeps the old one', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(String(st.pills('P', ['x', 'y'], { default: 'x' })));
    });
    await at.run();
    expect(() => at.pills[0]!.setValue('nope')).toThrow(/cannot take the value/);
    expect(() => at.pills[0]!.setValue(['x', 'y'])).toThrow(/cannot take the value/);
    await at.run();
    expect(texts(at)).toEqual(['x']);
  });
});
