import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import { multiselectDefinition } from './multiselect.js';
import { selectboxDefinition } from './selectbox.js';

describe('acceptNewOptions on selectbox and multiselect, as Streamlit 1.64 accept_new_options', () => {
  it('st.selectbox takes a typed value when the option is on, and the app sees the text', async () => {
    const seen: unknown[] = [];
    const at = AppTest.fromFunction((st) => {
      seen.push(st.selectbox('City', ['Paris', 'Lyon'], { acceptNewOptions: true, formatFunc: (c) => c.toUpperCase() }));
    });
    await at.run();
    expect(at.selectbox[0]!.proto).toMatchObject({ acceptNewOptions: true, options: ['PARIS', 'LYON'], value: 0 });
    await at.selectbox[0]!.select('Nantes').run();
    expect(seen.at(-1)).toBe('Nantes');
    expect(at.selectbox[0]!.value).toBe('Nantes');
    // formatFunc does not apply to the new entry: the page shows the text as typed.
    expect(at.selectbox[0]!.proto['value']).toBe('Nantes');
    await at.selectbox[0]!.select('Lyon').run();
    expect(seen.at(-1)).toBe('Lyon');
    expect(at.selectbox[0]!.proto['value']).toBe(1);
  });

  it('st.multiselect takes typed values next to options when the option is on', async () => {
    let value: unknown;
    const at = AppTest.fromFunction((st) => {
      value = st.multiselect('Tags', ['news', 'tech'], { acceptNewOptions: true, default: ['tech'] });
    });
    await at.run();
    await at.multiselect[0]!.select('x').run();
    expect(value).toEqual(['tech', 'x']);
    expect(at.multiselect[0]!.proto['value']).toEqual([1, 'x']);
    await at.multiselect[0]!.unselect('tech').run();
    expect(value).toEqual(['x']);
  });

  it('refuses a value that is not an option, with a clear error, when the option is off', async () => {
    const at = AppTest.fromFunction((st) => {
      st.selectbox('City', ['Paris', 'Lyon']);
      st.multiselect('Tags', ['news', 'tech']);
    });
    await at.run();
    expect(() => at.selectbox[0]!.select('Nantes')).toThrow(
      'selectbox "City" cannot take the value "Nantes": it is not among its options (acceptNewOptions lets users add one)',
    );
    expect(() => at.multiselect[0]!.select('x')).toThrow(/multiselect "Tags" cannot take the value \["x"\]: it is not among its options/);
  });

  it('a new entry must be a string, also when the options are numbers', async () => {
    let value: unknown;
    const at = AppTest.fromFunction((st) => {
      value = st.selectbox('Size', [1, 2, 3], { acceptNewOptions: true });
    });
    await at.run();
    expect(() => at.selectbox[0]!.select(42)).toThrow(/cannot take the value 42/);
    expect(() => at.selectbox[0]!.select({ size: 4 })).toThrow(/cannot take the value/);
    await at.selectbox[0]!.select('4').run();
    expect(value).toBe('4');
  });

  it('the server checks what a client sends: typed text needs the option, and must be a string', () => {
    const on = selectboxDefinition('selectbox', 'Size', [1, 2, 3], { acceptNewOptions: true });
    const off = selectboxDefinition('selectbox', 'Size', [1, 2, 3], {});
    expect(on.deserialize('2')).toBe(2); // the text of an option's label picks that option, as Streamlit
    expect(on.deserialize('4')).toBe('4');
    expect(on.deserialize(0)).toBe(1);
    expect(() => on.deserialize(true)).toThrow(expect.objectContaining({ code: 'InvalidWidgetValue' }));
    expect(() => on.deserialize(7)).toThrow(expect.objectContaining({ code: 'InvalidWidgetValue' }));
    expect(() => off.deserialize('4')).toThrow(/new options need acceptNewOptions/);
    const multi = multiselectDefinition('Tags', ['a', 'b'], { acceptNewOptions: true, maxSelections: 2 });
    expect(multi.deserialize([1, 'c'])).toEqual(['b', 'c']);
    expect(() => multi.deserialize(['a', 0])).toThrow(/selected twice/);
    expect(() => multi.deserialize([{ x: 1 }])).toThrow(expect.objectContaining({ code: 'InvalidWidgetValue' }));
    expect(() => multi.deserialize(['c', 'd', 'e'])).toThrow(/more than maxSelections/);
  });

  it('a typed value set through session state is kept', async () => {
    let value: unknown;
    const at = AppTest.fromFunction((st) => {
      value = st.selectbox('City', ['Paris'], { acceptNewOptions: true, key: 'city' });
    });
    at.sessionState.city = 'Brest';
    await at.run();
    expect(value).toBe('Brest');
    expect(at.selectbox[0]!.proto['value']).toBe('Brest');
  });
});
