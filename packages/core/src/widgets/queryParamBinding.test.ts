import { describe, expect, it } from 'vitest';
import { Page, type AnyState, type DeltaGenerator } from '../index.js';
import { AppTest } from '../testing/appTest.js';

type St = DeltaGenerator<AnyState>;
const COLORS = ['Red', 'Green', 'Blue'];

describe("bind: 'query-params' (as Streamlit's bind)", () => {
  it('a single-value widget starts from the URL, writes each change, and leaves the URL at its default', async () => {
    const at = AppTest.fromFunction((st) => {
      const color = st.selectbox('Color', COLORS, { key: 'color', bind: 'query-params' });
      st.markdown(`color ${color}`);
    });
    at.queryParams.color = 'Blue';
    await at.run();
    expect(at.selectbox[0]!.value).toBe('Blue');
    expect(at.markdown[0]!.value).toBe('color Blue');
    await at.selectbox[0]!.select('Green').run();
    expect(at.queryParams.color).toBe('Green');
    await at.selectbox[0]!.select('Red').run();
    expect('color' in at.queryParams).toBe(false);
  });

  it('a URL change moves the widget (back/forward, an edited link), and the widget view agrees with at.queryParams', async () => {
    const at = AppTest.fromFunction((st) => {
      st.slider('Price', { minValue: 0, maxValue: 100, value: 50, key: 'price', bind: 'query-params' });
      st.checkbox('Only new', { key: 'fresh', bind: 'query-params' });
      st.numberInput('Count', { minValue: 0, key: 'count', bind: 'query-params' });
    });
    await at.run();
    expect(Object.keys(at.queryParams)).toEqual([]);
    await at.slider[0]!.setValue(70).run();
    await at.checkbox[0]!.check().run();
    expect(at.queryParams).toMatchObject({ price: '70', fresh: 'true' });
    at.queryParams.price = '20';
    at.queryParams.count = '3';
    await at.run();
    expect(at.slider[0]!.value).toBe(20);
    expect(at.numberInput[0]!.value).toBe(3);
    expect(at.checkbox[0]!.value).toBe(true);
    expect(at.queryParams).toMatchObject({ price: '20', count: '3', fresh: 'true' });
  });

  it('multi-valued widgets repeat the key, and a cleared one keeps ?key= when its default is not empty', async () => {
    const at = AppTest.fromFunction((st) => {
      st.multiselect('Tags', ['a', 'b', 'c'], { default: ['a'], key: 'tags', bind: 'query-params' });
      st.pills('Sizes', ['S', 'M', 'L'], { selectionMode: 'multi', key: 'sizes', bind: 'query-params' });
      st.segmentedControl('View', ['Grid', 'List'], { key: 'view', bind: 'query-params' });
    });
    at.queryParams.sizes = ['M', 'L'] as unknown as string;
    at.queryParams.view = 'List';
    await at.run();
    expect(at.pills[0]!.value).toEqual(['M', 'L']);
    expect(at.segmentedControl[0]!.value).toBe('List');
    await at.multiselect[0]!.select('c').run();
    expect(at.multiselect[0]!.value).toEqual(['a', 'c']);
    expect(at.queryParams.tags).toBe('c'); // the last of ?tags=a&tags=c
    await at.multiselect[0]!.setValue([]).run();
    expect(at.queryParams.tags).toBe('');
    await at.run();
    expect(at.multiselect[0]!.value).toEqual([]);
  });

  it('st.queryParams.getAll reads the repeated values the widget writes', async () => {
    const seen: string[][] = [];
    const at = AppTest.fromFunction((st) => {
      st.multiselect('Tags', ['a', 'b', 'c'], { key: 'tags', bind: 'query-params' });
      seen.push(st.queryParams.getAll('tags'));
    });
    await at.run();
    await at.multiselect[0]!.setValue(['b', 'c']).run();
    await at.run();
    expect(seen.at(-1)).toEqual(['b', 'c']);
  });

  it('dates travel as ISO text: a date range repeats the key, a date slider reads ISO days', async () => {
    const at = AppTest.fromFunction((st) => {
      const range = st.dateInput('Stay', { value: [new Date('2024-05-01'), new Date('2024-05-03')], key: 'stay', bind: 'query-params' });
      const day = st.slider('Day', {
        minValue: new Date('2024-01-01'),
        maxValue: new Date('2024-12-31'),
        value: new Date('2024-06-01'),
        key: 'day',
        bind: 'query-params',
      });
      st.markdown(`${JSON.stringify(range)} ${day.toISOString()}`);
    });
    at.queryParams.stay = ['2024-07-10', '2024-07-12'] as unknown as string;
    at.queryParams.day = '2024-08-15';
    await at.run();
    expect(at.markdown[0]!.value).toBe('["2024-07-10T00:00:00.000Z","2024-07-12T00:00:00.000Z"] 2024-08-15T00:00:00.000Z');
    await at.slider[0]!.setValue(new Date('2024-09-01')).run();
    expect(at.queryParams.day).toBe('2024-09-01');
  });

  it('a range slider writes ?k=low&k=high and reads it back', async () => {
    const seen: unknown[] = [];
    const at = AppTest.fromFunction((st) => {
      seen.push(st.slider('Price', { minValue: 0, maxValue: 100, value: [10, 90], key: 'price', bind: 'query-params' }));
    });
    await at.run();
    await at.slider[0]!.setValue([20, 60]).run();
    expect(at.queryParams.price).toBe('60');
    at.queryParams.price = ['30', '40'] as unknown as string;
    await at.run();
    expect(seen.at(-1)).toEqual([30, 40]);
    expect(at.slider[0]!.value).toEqual([30, 40]);
  });

  it('a URL value that does not fit the widget is ignored and removed; the run goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      st.selectbox('Color', COLORS, { index: 1, key: 'color', bind: 'query-params' });
      st.slider('Price', { minValue: 0, maxValue: 100, key: 'price', bind: 'query-params' });
      st.multiselect('Tags', ['a', 'b'], { key: 'tags', bind: 'query-params' });
      st.markdown('end');
    });
    at.queryParams.color = 'Purple';
    at.queryParams.price = '500';
    at.queryParams.tags = ['a', 'nope'] as unknown as string;
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.markdown[0]!.value).toBe('end');
    expect(at.selectbox[0]!.value).toBe('Green');
    expect(at.slider[0]!.value).toBe(0);
    expect(at.multiselect[0]!.value).toEqual([]);
    expect({ ...at.queryParams }).toEqual({});
    // A bad value while the widget already has one: the widget keeps it and the URL is corrected.
    await at.slider[0]!.setValue(40).run();
    at.queryParams.price = 'abc';
    await at.run();
    expect(at.slider[0]!.value).toBe(40);
    expect(at.queryParams.price).toBe('40');
  });

  it('bind without a key, with another value, or on a widget whose value is not kept (an uploader) is InvalidBind', async () => {
    for (const app of [
      (st: St) => st.textInput('Name', { bind: 'query-params' }),
      (st: St) => st.textInput('Name', { key: 'name', bind: 'url' as 'query-params' }),
      // Its TypeScript options have no bind; a JavaScript app can still pass one.
      (st: St) => st.fileUploader('File', { key: 'file', ...({ bind: 'query-params' } as object) }),
    ]) {
      const at = AppTest.fromFunction(app);
      await at.run();
      expect(at.exception[0]?.code).toBe('InvalidBind');
    }
    const at = AppTest.fromFunction((st) => st.textInput('Name', { bind: 'query-params' }));
    await at.run();
    expect(at.exception[0]!.message).toMatch(/needs a key/);
  });

  it('a value set in st.sessionState before the widget wins over the URL, and the URL follows it', async () => {
    const at = AppTest.fromFunction((st) => {
      if (st.button('Reset')) st.sessionState.color = 'Red';
      st.selectbox('Color', COLORS, { index: 1, key: 'color', bind: 'query-params' });
    });
    at.queryParams.color = 'Blue';
    await at.run();
    await at.button[0]!.click().run();
    expect(at.selectbox[0]!.value).toBe('Red');
    expect(at.queryParams.color).toBe('Red');
  });

  it('st.queryParams set before the widget moves it; after it, QueryParamSetAfterWidget', async () => {
    const at = AppTest.fromFunction((st) => {
      if (st.button('Blue')) st.queryParams.color = 'Blue';
      if (st.button('Clear')) st.queryParams.clear();
      st.selectbox('Color', COLORS, { key: 'color', bind: 'query-params' });
      if (st.button('Late')) st.queryParams.color = 'Green';
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(at.selectbox[0]!.value).toBe('Blue');
    await at.button[1]!.click().run();
    expect(at.selectbox[0]!.value).toBe('Red');
    expect('color' in at.queryParams).toBe(false);
    await at.button[2]!.click().run();
    expect(at.exception[0]!.code).toBe('QueryParamSetAfterWidget');
  });

  it('a widget in a form writes its param when the form is submitted', async () => {
    const at = AppTest.fromFunction((st) => {
      const form = st.form('filters');
      form.textInput('Query', { key: 'q', bind: 'query-params' });
      form.formSubmitButton('Search');
    });
    await at.run();
    await at.textInput[0]!.input('cars').run();
    expect('q' in at.queryParams).toBe(false);
    await at.formSubmitButton[0]!.click().run();
    expect(at.queryParams.q).toBe('cars');
  });

  it('a clearOnSubmit form takes its bound params out of the URL with the values it clears', async () => {
    const seen: unknown[] = [];
    const at = AppTest.fromFunction((st) => {
      const form = st.form('note', { clearOnSubmit: true });
      form.textInput('Note', { key: 'note', bind: 'query-params' });
      if (form.formSubmitButton('Send')) seen.push(st.sessionState.note);
    });
    await at.run();
    await at.textInput[0]!.input('hello').run();
    await at.formSubmitButton[0]!.click().run();
    expect(seen).toEqual(['hello']);
    expect(at.textInput[0]!.value).toBe('');
    expect('note' in at.queryParams).toBe(false);
  });

  it('a bound widget not rendered keeps its value and its param leaves the URL; it comes back with the widget (unless persist: false)', async () => {
    for (const persist of [undefined, false]) {
      const at = AppTest.fromFunction((st) => {
        const show = st.checkbox('Show', { value: true });
        if (show) st.radio('Size', ['S', 'M', 'L'], { key: 'size', bind: 'query-params', ...(persist === false ? { persist } : {}) });
      });
      await at.run();
      await at.radio[0]!.setValue('L').run();
      await at.checkbox[0]!.uncheck().run();
      expect('size' in at.queryParams).toBe(false);
      await at.checkbox[0]!.check().run();
      expect(at.radio[0]!.value).toBe(persist === false ? 'S' : 'L');
      expect(at.queryParams.size).toBe(persist === false ? undefined : 'L');
    }
  });

  it('the state survives a page switch away and back; back to a URL with another value follows the URL', async () => {
    const home = Page((st: St) => st.title('Home'), { title: 'Home', default: true });
    const cars = Page((st: St) => void st.selectbox('Car', ['a', 'b', 'c', 'd'], { key: 'car', bind: 'query-params' }), {
      title: 'Cars',
      urlPath: 'cars',
    });
    const at = AppTest.fromFunction((st) => void st.navigation([home, cars]).run());
    at.switchPage('cars');
    await at.run();
    await at.selectbox[0]!.select('c').run();
    expect(at.queryParams.car).toBe('c');
    // A page link: the new page starts without query params.
    at.switchPage('');
    delete at.queryParams.car;
    await at.run();
    expect(at.title[0]!.value).toBe('Home');
    at.switchPage('cars');
    await at.run();
    expect(at.selectbox[0]!.value).toBe('c');
    expect(at.queryParams.car).toBe('c');
    // Back to an older URL of the page.
    at.switchPage('');
    delete at.queryParams.car;
    await at.run();
    at.switchPage('cars');
    at.queryParams.car = 'b';
    await at.run();
    expect(at.selectbox[0]!.value).toBe('b');
  });
});
