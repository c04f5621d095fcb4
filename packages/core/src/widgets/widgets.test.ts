import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

describe('widgets return their values', () => {
  it('button is true for exactly one run', async () => {
    const at = AppTest.fromFunction((st) => st.text(String(st.button('Go'))));
    await at.run();
    expect(texts(at)).toEqual(['false']);
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['true']);
    await at.run();
    expect(texts(at)).toEqual(['false']);
  });

  it('checkbox and toggle', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(String(st.checkbox('C', { value: true })));
      st.text(String(st.toggle('T')));
    });
    await at.run();
    expect(texts(at)).toEqual(['true', 'false']);
    await at.checkbox[0]!.uncheck().run();
    await at.toggle[0]!.setValue(true).run();
    expect(texts(at)).toEqual(['false', 'true']);
  });

  it('textInput and textArea', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(st.textInput('Name', { placeholder: 'who?' }));
      st.text(String(st.textArea('Notes', { value: null })));
    });
    await at.run();
    expect(texts(at)).toEqual(['', 'null']);
    await at.textInput[0]!.input('Bob').run();
    await at.textArea[0]!.input('line1\nline2').run();
    expect(texts(at)).toEqual(['Bob', 'line1\nline2']);
  });

  it('numberInput with steps and bounds', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(String(st.numberInput('N', { minValue: 0, maxValue: 3, value: 2 })));
      st.text(String(st.numberInput('F')));
    });
    await at.run();
    expect(texts(at)).toEqual(['2', '0']);
    await at.numberInput[0]!.increment().run();
    expect(texts(at)).toEqual(['3', '0']);
    await at.numberInput[0]!.increment().run();
    expect(texts(at)).toEqual(['3', '0']);
    await at.numberInput[1]!.increment().run();
    expect(texts(at)).toEqual(['3', '0.01']);
    expect(at.numberInput[0]!.proto['isInt']).toBe(true);
    expect(at.numberInput[1]!.proto['step']).toBe(0.01);
  });

  it('slider: single, range, defaults', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(String(st.slider('A')));
      const [lo, hi] = st.slider('R', { minValue: 0, maxValue: 10, value: [2, 8] });
      st.text(`${lo}-${hi}`);
    });
    await at.run();
    expect(texts(at)).toEqual(['0', '2-8']);
    expect(at.slider[0]!.proto).toMatchObject({ min: 0, max: 100, step: 1, dataType: 'int' });
    await at.slider[1]!.setRange(3, 9).run();
    expect(texts(at)).toEqual(['0', '3-9']);
  });

  it('slider over dates', async () => {
    const start = new Date('2024-01-01T00:00:00Z');
    const at = AppTest.fromFunction((st) => {
      const d = st.slider('When', { minValue: start, maxValue: new Date('2024-12-31T00:00:00Z'), value: new Date('2024-06-01T00:00:00Z') });
      st.text(d.toISOString().slice(0, 10));
    });
    await at.run();
    expect(texts(at)).toEqual(['2024-06-01']);
    expect(at.slider[0]!.proto['dataType']).toBe('date');
    await at.slider[0]!.setValue(new Date('2024-07-04T00:00:00Z')).run();
    expect(texts(at)).toEqual(['2024-07-04']);
  });

  it('selectbox, radio and selectSlider return options, not indices', async () => {
    const cities = [{ name: 'Oslo' }, { name: 'Lima' }];
    const at = AppTest.fromFunction((st) => {
      st.text(st.selectbox('Origin', ['USA', 'Europe', 'Japan']));
      st.text(st.radio('City', cities, { formatFunc: (c) => c.name.toUpperCase() }).name);
      st.text(st.selectSlider('Size', ['S', 'M', 'L'], { value: 'M' }));
      st.text(String(st.selectbox('Maybe', ['x'], { index: null })));
    });
    await at.run();
    expect(texts(at)).toEqual(['USA', 'Oslo', 'M', 'null']);
    expect(at.radio[0]!.options).toEqual(['OSLO', 'LIMA']);
    await at.selectbox[0]!.select('Japan').run();
    await at.radio[0]!.select(cities[1]).run();
    await at.selectSlider[0]!.setValue('L').run();
    await at.selectbox[1]!.select('x').run();
    expect(texts(at)).toEqual(['Japan', 'Lima', 'L', 'x']);
    expect(at.selectbox[0]!.index).toBe(2);
  });

  it('multiselect select and unselect chain', async () => {
    const at = AppTest.fromFunction((st) => st.text(st.multiselect('Tags', ['a', 'b', 'c'], { default: ['b'] }).join(',')));
    await at.run();
    expect(texts(at)).toEqual(['b']);
    await at.multiselect[0]!.select('a').unselect('b').select('c').run();
    expect(texts(at)).toEqual(['a,c']);
  });

  it('multiselect respects maxSelections', async () => {
    const at = AppTest.fromFunction((st) => st.multiselect('Two', ['a', 'b', 'c'], { maxSelections: 2 }));
    await at.run();
    expect(() => at.multiselect[0]!.setValue(['a', 'b', 'c'])).toThrow(/cannot take the value/);
  });

  it('dateInput, timeInput and colorPicker', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(st.dateInput('Day', { value: '2024-05-06' }).toISOString().slice(0, 10));
      st.text(st.timeInput('At', { value: '08:30' }));
      st.text(st.colorPicker('Color', { value: '#0af' }));
      const range = st.dateInput('Trip', { value: ['2024-01-01', '2024-01-09'] });
      st.text(range.map((d) => d.toISOString().slice(0, 10)).join('..'));
    });
    await at.run();
    expect(texts(at)).toEqual(['2024-05-06', '08:30', '#00aaff', '2024-01-01..2024-01-09']);
    await at.dateInput[0]!.setValue(new Date('2025-02-03T00:00:00Z')).run();
    await at.timeInput[0]!.setValue('17:45').run();
    await at.colorPicker[0]!.setValue('#123456').run();
    expect(texts(at).slice(0, 3)).toEqual(['2025-02-03', '17:45', '#123456']);
  });

  it('chatInput is pinned to the bottom and true for one run', async () => {
    const at = AppTest.fromFunction((st) => {
      const prompt = st.chatInput('Ask me');
      st.text(String(prompt));
    });
    await at.run();
    expect(at.bottom.chatInput).toHaveLength(1);
    expect(at.chatInput[0]!.path).toEqual([3, 0]);
    await at.chatInput[0]!.setValue('hello').run();
    expect(texts(at)).toEqual(['hello']);
    await at.run();
    expect(texts(at)).toEqual(['null']);
  });

  it('chatInput accepts an options object and sits inline in containers', async () => {
    const at = AppTest.fromFunction((st) => {
      const box = st.container();
      box.chatInput({ placeholder: 'Inline', key: 'c' });
    });
    await at.run();
    expect(at.main.chatInput[0]!.proto['placeholder']).toBe('Inline');
  });

  it('widgets in the sidebar', async () => {
    const at = AppTest.fromFunction((st) => {
      const origin = st.sidebar.selectbox('Origin', ['USA', 'Japan']);
      st.text(origin);
    });
    await at.run();
    await at.sidebar.selectbox[0]!.select('Japan').run();
    expect(texts(at)).toEqual(['Japan']);
    expect(at.main.selectbox).toHaveLength(0);
  });
});

describe('widget ids', () => {
  it('two identical unkeyed widgets raise DuplicateWidgetID naming the fix', async () => {
    const at = AppTest.fromFunction((st) => {
      st.button('Same');
      st.button('Same');
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('DuplicateWidgetID');
    expect(at.exception[0]!.message).toMatch(/key/);
  });

  it('two widgets with one key raise DuplicateWidgetID', async () => {
    const at = AppTest.fromFunction((st) => {
      st.slider('A', { key: 'k' });
      st.textInput('B', { key: 'k' });
    });
    await at.run();
    expect(at.exception[0]!.message).toMatch(/same key "k"/);
  });

  it('keys tell identical widgets apart', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(String(st.button('Same', { key: 'one' })));
      st.text(String(st.button('Same', { key: 'two' })));
    });
    await at.run();
    await at.button[1]!.click().run();
    expect(texts(at)).toEqual(['false', 'true']);
  });

  it('ids of keyed widgets are $$ID-<hash>-<key>, unkeyed end in -None', async () => {
    const at = AppTest.fromFunction((st) => {
      st.checkbox('a', { key: 'mine' });
      st.checkbox('b');
    });
    await at.run();
    expect(at.checkbox[0]!.id).toMatch(/^\$\$ID-[0-9a-f]+-mine$/);
    expect(at.checkbox[1]!.id).toMatch(/^\$\$ID-[0-9a-f]+-None$/);
    expect(at.checkbox[0]!.key).toBe('mine');
  });
});

describe('callbacks', () => {
  it('onChange runs before the script with the new value in state', async () => {
    const log: string[] = [];
    const at = AppTest.fromFunction((st) => {
      log.push(`script sees ${st.sessionState.n}`);
      st.numberInput('N', { key: 'n', onChange: () => log.push(`callback sees ${st.sessionState.n}`) });
    });
    await at.run();
    log.length = 0;
    await at.numberInput[0]!.setValue(5).run();
    expect(log).toEqual(['callback sees 5', 'script sees 5']);
  });

  it('onClick runs once per click, and not on other reruns', async () => {
    let clicks = 0;
    const at = AppTest.fromFunction((st) => {
      st.button('Inc', { onClick: () => void clicks++ });
    });
    await at.run();
    await at.button[0]!.click().run();
    await at.run();
    await at.button[0]!.click().run();
    expect(clicks).toBe(2);
  });

  it('callbacks run in the order their widgets were rendered', async () => {
    const order: string[] = [];
    const at = AppTest.fromFunction((st) => {
      st.textInput('A', { onChange: () => order.push('A') });
      st.textInput('B', { onChange: () => order.push('B') });
    });
    await at.run();
    await at.textInput[1]!.input('b').run();
    order.length = 0;
    at.textInput[1]!.input('bb');
    at.textInput[0]!.input('a');
    await at.run();
    expect(order).toEqual(['A', 'B']);
  });

  it('a callback may set other widgets through their keys', async () => {
    const at = AppTest.fromFunction((st) => {
      st.textInput('Name', { key: 'name' });
      st.button('Clear', { onClick: () => void (st.sessionState.name = '') });
      st.text(`[${st.sessionState.name}]`);
    });
    await at.run();
    await at.textInput[0]!.input('Ada').run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['[]']);
    expect(at.textInput[0]!.value).toBe('');
  });

  it('output written in a callback appears at the top of the page', async () => {
    const at = AppTest.fromFunction((st) => {
      st.title('Page');
      st.button('Hi', { onClick: () => st.text('from callback') });
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(at.main.get('text')[0]!.path).toEqual([0, 0]);
    expect(at.title[0]!.path).toEqual([0, 1]);
  });

  it('an exception in a callback is shown, the script still runs, the value stays', async () => {
    const at = AppTest.fromFunction((st) => {
      const v = st.textInput('V', {
        onChange: () => {
          throw new Error('callback broke');
        },
      });
      st.text(`script ran with ${v}`);
    });
    await at.run();
    await at.textInput[0]!.input('kept').run();
    expect(at.exception[0]!.message).toBe('callback broke');
    expect(texts(at)).toEqual(['script ran with kept']);
    expect(at.textInput[0]!.value).toBe('kept');
  });

  it('st.rerun() in a callback is a no-op with a warning', async () => {
    const at = AppTest.fromFunction((st) => {
      st.button('B', { onClick: () => st.rerun() });
      st.text('done');
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(at.warning[0]!.value).toMatch(/no-op/);
    expect(texts(at)).toEqual(['done']);
  });
});

describe('integer or float (JavaScript has one number type)', () => {
  it('bounds 0 and 1 without a step make a float slider (0.0–1.0 to a Streamlit user)', async () => {
    const at = AppTest.fromFunction((st) => {
      st.slider('Fraction', { minValue: 0, maxValue: 1 });
      st.slider('Count', { minValue: 0, maxValue: 10 });
      st.numberInput('Share', { minValue: 0, maxValue: 1 });
      st.slider('Step', { minValue: 0, maxValue: 1, step: 1 });
    });
    await at.run();
    expect(at.slider.map((s) => s.proto['dataType'])).toEqual(['float', 'int', 'int']);
    expect(at.slider[0]!.proto['step']).toBe(0.01);
    expect(at.numberInput[0]!.proto['isInt']).toBe(false);
  });
});
