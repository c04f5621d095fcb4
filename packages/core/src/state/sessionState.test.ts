import { describe, expect, it } from 'vitest';
import { defineApp } from '../app.js';
import { AppTest } from '../testing/appTest.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

describe('session state', () => {
  it('persists user values across reruns', async () => {
    const at = AppTest.fromFunction<{ runs?: number }>((st) => {
      st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
      st.text(`runs ${st.sessionState.runs}`);
    });
    await at.run();
    await at.run();
    await at.run();
    expect(texts(at)).toEqual(['runs 3']);
    expect(at.sessionState.runs).toBe(3);
  });

  it('supports in, delete, Object.keys and get with a fallback', async () => {
    const at = AppTest.fromFunction((st) => {
      st.sessionState.a ??= 1;
      st.sessionState['b'] = 2;
      if ('b' in st.sessionState) delete st.sessionState.b;
      st.text(Object.keys(st.sessionState).join(','));
      st.text(String(st.sessionState.get('missing', 'fallback')));
      st.text(String('b' in st.sessionState));
    });
    await at.run();
    expect(texts(at)).toEqual(['a', 'fallback', 'false']);
  });

  it('reads a missing key as undefined so ??= initialises it', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(String(st.sessionState.nothing));
      st.sessionState.count ??= 10;
      st.text(String(st.sessionState.count));
    });
    await at.run();
    expect(texts(at)).toEqual(['undefined', '10']);
  });

  it('exposes keyed widgets under their key, not unkeyed ones', async () => {
    const at = AppTest.fromFunction((st) => {
      st.textInput('Name', { key: 'name', value: 'Ada' });
      st.slider('Unkeyed');
      st.text(Object.keys(st.sessionState).join(','));
    });
    await at.run();
    await at.run();
    expect(texts(at)).toEqual(['name']);
    expect(at.sessionState.name).toBe('Ada');
  });

  it('is writable from the test before the first run and between runs', async () => {
    const at = AppTest.fromFunction((st) => st.text(`x=${st.sessionState.x}`));
    at.sessionState.x = 5;
    await at.run();
    expect(texts(at)).toEqual(['x=5']);
    at.sessionState.x = 6;
    await at.run();
    expect(texts(at)).toEqual(['x=6']);
  });

  it('clear() removes every key', async () => {
    const at = AppTest.fromFunction((st) => {
      st.sessionState.a ??= 1;
      if (st.button('Reset')) st.sessionState.clear();
      st.text(String(Object.keys(st.sessionState).length));
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['0']);
  });

  it('starts typed apps from initialState', async () => {
    interface State {
      count: number;
      names: string[];
    }
    const app = defineApp<State>(
      (st) => {
        if (st.button('Add')) {
          st.sessionState.count += 1;
          st.sessionState.names.push(`n${st.sessionState.count}`);
        }
        st.text(`${st.sessionState.count}:${st.sessionState.names.join('|')}`);
      },
      { initialState: () => ({ count: 0, names: [] }) },
    );
    const at = AppTest.fromFunction(app);
    await at.run();
    await at.button[0]!.click().run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['2:n1|n2']);
  });

  it('keeps sessions apart', async () => {
    const app = defineApp<{ n?: number }>((st) => {
      if (st.button('Inc')) st.sessionState.n = (st.sessionState.n ?? 0) + 1;
      st.text(String(st.sessionState.n ?? 0));
    });
    const a = AppTest.fromFunction(app);
    const b = AppTest.fromFunction(app);
    await a.run();
    await b.run();
    await a.button[0]!.click().run();
    await b.run();
    expect(texts(a)).toEqual(['1']);
    expect(texts(b)).toEqual(['0']);
  });
});

describe('widget values and session state (Streamlit precedence)', () => {
  it('a value set in session state before the widget becomes its value', async () => {
    const at = AppTest.fromFunction((st) => {
      if (!('name' in st.sessionState)) st.sessionState.name = 'Grace';
      st.text(st.textInput('Name', { key: 'name' }));
    });
    await at.run();
    expect(texts(at)).toEqual(['Grace']);
    expect(at.textInput[0]!.value).toBe('Grace');
    expect(at.warning).toHaveLength(0);
  });

  it('warns when the widget also got a non-default default', async () => {
    const at = AppTest.fromFunction((st) => {
      if (!('age' in st.sessionState)) st.sessionState.age = 30;
      st.text(String(st.numberInput('Age', { key: 'age', value: 18 })));
    });
    await at.run();
    expect(texts(at)).toEqual(['30']);
    expect(at.warning[0]!.value).toMatch(/created with a default value but also had its value set via the Session State API/);
  });

  it('the widget value wins over its default on later runs', async () => {
    const at = AppTest.fromFunction((st) => st.text(st.textInput('Name', { key: 'n', value: 'a' })));
    await at.run();
    await at.textInput[0]!.input('b').run();
    await at.run();
    expect(texts(at)).toEqual(['b']);
    expect(at.sessionState.n).toBe('b');
  });

  it('setting a widget key after the widget is created raises StateSetAfterWidget', async () => {
    const at = AppTest.fromFunction((st) => {
      st.slider('S', { key: 's' });
      st.sessionState.s = 5;
    });
    await at.run();
    expect(at.exception[0]!.message).toMatch(/cannot be modified after the widget with key "s"/);
    expect(at.exception[0]!.code).toBe('StateSetAfterWidget');
  });

  it('the app can change a widget through its key before it is created (next run)', async () => {
    const at = AppTest.fromFunction((st) => {
      if (st.button('Reset')) st.sessionState.v = 0;
      st.text(String(st.slider('V', { key: 'v', value: 10 })));
    });
    await at.run();
    await at.slider[0]!.setValue(50).run();
    expect(texts(at)).toEqual(['50']);
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['0']);
    expect(at.slider[0]!.value).toBe(0);
  });

  it('setting a button value through session state is not allowed', async () => {
    const at = AppTest.fromFunction((st) => {
      st.sessionState.go = true;
      st.button('Go', { key: 'go' });
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('StateAssignmentNotAllowed');
    expect(at.exception[0]!.message).toMatch(/st.button values cannot be set using st.sessionState/);
  });

  it('an invalid value set through session state is a clear error', async () => {
    const at = AppTest.fromFunction((st) => {
      st.sessionState.pick = 'Mars';
      st.selectbox('Planet', ['Earth', 'Venus'], { key: 'pick' });
    });
    await at.run();
    expect(at.exception[0]!.message).toMatch(/not a valid value for selectbox "Planet"/);
  });

  it('drops the state of widgets not rendered in a completed run', async () => {
    const at = AppTest.fromFunction((st) => {
      const show = st.checkbox('Show');
      if (show) st.text(st.textInput('Secret', { key: 'secret' }));
      st.text(`has=${'secret' in st.sessionState}`);
    });
    await at.run();
    await at.checkbox[0]!.check().run();
    await at.textInput[0]!.input('xyz').run();
    expect(texts(at)).toEqual(['xyz', 'has=true']);
    // As Streamlit: dropped at the end of the run that did not render it.
    await at.checkbox[0]!.uncheck().run();
    expect(texts(at)).toEqual(['has=true']);
    await at.run();
    expect(texts(at)).toEqual(['has=false']);
    await at.checkbox[0]!.check().run();
    expect(texts(at)).toEqual(['', 'has=true']);
  });

  it('keeps state of widgets rendered again', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(st.textInput('A', { key: 'a' }));
      st.checkbox('Other');
    });
    await at.run();
    await at.textInput[0]!.input('kept').run();
    await at.checkbox[0]!.check().run();
    expect(texts(at)).toEqual(['kept']);
  });

  it('persist: true keeps a hidden keyed widget value (better than Streamlit #6074)', async () => {
    const at = AppTest.fromFunction((st) => {
      const tab = st.radio('Tab', ['one', 'two']);
      if (tab === 'one') st.text(st.textInput('Draft', { key: 'draft', persist: true }));
      st.text(`draft=${st.sessionState.draft}`);
    });
    await at.run();
    await at.textInput[0]!.input('hello').run();
    await at.radio[0]!.setValue('two').run();
    expect(texts(at)).toEqual(['draft=hello']);
    await at.radio[0]!.setValue('one').run();
    expect(texts(at)).toEqual(['hello', 'draft=hello']);
  });

  it('persistWidgetState keeps every keyed widget app-wide', async () => {
    const app = defineApp(
      (st) => {
        if (st.checkbox('Show')) st.text(String(st.numberInput('N', { key: 'n' })));
      },
      { persistWidgetState: true },
    );
    const at = AppTest.fromFunction(app);
    await at.run();
    await at.checkbox[0]!.check().run();
    await at.numberInput[0]!.setValue(7).run();
    await at.checkbox[0]!.uncheck().run();
    await at.checkbox[0]!.check().run();
    expect(texts(at)).toEqual(['7']);
  });

  it('without persist, the widget comes back with its default', async () => {
    const at = AppTest.fromFunction((st) => {
      if (st.checkbox('Show')) st.text(String(st.numberInput('N', { key: 'n', value: 1 })));
    });
    await at.run();
    await at.checkbox[0]!.check().run();
    await at.numberInput[0]!.setValue(7).run();
    await at.checkbox[0]!.uncheck().run();
    await at.checkbox[0]!.check().run();
    expect(texts(at)).toEqual(['1']);
  });

  it('a keyed widget keeps its state when its label changes', async () => {
    const at = AppTest.fromFunction((st) => {
      const n = (st.sessionState.renames ?? 0) as number;
      if (st.button('Rename')) st.sessionState.renames = n + 1;
      st.text(st.textInput(`Label ${st.sessionState.renames ?? 0}`, { key: 'k' }));
    });
    await at.run();
    await at.textInput[0]!.input('typed').run();
    await at.button[0]!.click().run();
    expect(at.textInput[0]!.label).toBe('Label 1');
    expect(texts(at)).toEqual(['typed']);
  });

  it('an unkeyed widget whose label changes is a new widget', async () => {
    const at = AppTest.fromFunction((st) => {
      if (st.button('Rename')) st.sessionState.renamed = true;
      st.text(st.textInput(st.sessionState.renamed ? 'B' : 'A'));
    });
    await at.run();
    await at.textInput[0]!.input('typed').run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['']);
  });
});
