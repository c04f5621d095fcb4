import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

describe('forms', () => {
  it('holds widget changes until the submit button, then applies them in one run', async () => {
    let runs = 0;
    const at = AppTest.fromFunction((st) => {
      runs++;
      const f = st.form('signup');
      const name = f.textInput('Name');
      const age = f.numberInput('Age', { value: 20 });
      const sent = f.formSubmitButton('Save');
      st.text(`${name}/${age}/${sent}`);
    });
    await at.run();
    at.textInput[0]!.input('Ada');
    at.numberInput[0]!.setValue(36);
    await at.run();
    expect(texts(at)).toEqual(['/20/false']);
    expect(at.textInput[0]!.value).toBe('Ada');
    const before = runs;
    await at.formSubmitButton[0]!.click().run();
    expect(runs).toBe(before + 1);
    expect(texts(at)).toEqual(['Ada/36/true']);
    await at.run();
    expect(texts(at)).toEqual(['Ada/36/false']);
  });

  it('clearOnSubmit resets the widgets to their defaults after the submit run', async () => {
    const at = AppTest.fromFunction((st) => {
      const f = st.form('f', { clearOnSubmit: true });
      const v = f.textInput('Item', { key: 'item' });
      if (f.formSubmitButton('Add')) {
        st.sessionState.items = [...((st.sessionState.items as string[] | undefined) ?? []), v];
      }
      st.text(((st.sessionState.items as string[] | undefined) ?? []).join(','));
    });
    await at.run();
    await at.textInput[0]!.input('milk').run();
    expect(texts(at)).toEqual(['']); // the form holds the change until its submit button
    await at.formSubmitButton[0]!.click().run();
    expect(texts(at)).toEqual(['milk']);
    expect(at.textInput[0]!.value).toBe('');
    expect(at.textInput[0]!.proto['value']).toBe('');
    expect(at.sessionState.item).toBe('');
    at.textInput[0]!.input('eggs');
    await at.formSubmitButton[0]!.click().run();
    expect(texts(at)).toEqual(['milk,eggs']);
  });

  it('only the submit button may have a callback; it runs with the submitted values', async () => {
    const seen: unknown[] = [];
    const at = AppTest.fromFunction((st) => {
      const f = st.form('f');
      f.slider('S', { key: 's' });
      f.formSubmitButton('Go', { onClick: () => seen.push(st.sessionState.s) });
    });
    await at.run();
    at.slider[0]!.setValue(9);
    await at.formSubmitButton[0]!.click().run();
    expect(seen).toEqual([9]);
  });

  it('onChange on a widget in a form is an InvalidFormCallback error', async () => {
    const at = AppTest.fromFunction((st) => {
      const f = st.form('f');
      f.checkbox('C', { onChange: () => undefined });
      f.formSubmitButton();
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('InvalidFormCallback');
  });

  it('a form without a submit button shows MissingSubmitButton inside the form', async () => {
    const at = AppTest.fromFunction((st) => {
      const f = st.form('lonely');
      f.textInput('X');
      st.text('after');
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('MissingSubmitButton');
    expect(at.form[0]!.exception).toHaveLength(1);
    expect(texts(at)).toEqual(['after']);
  });

  it('a submit button outside a form is an error', async () => {
    const at = AppTest.fromFunction((st) => st.formSubmitButton('Nope'));
    await at.run();
    expect(at.exception[0]!.code).toBe('SubmitButtonOutsideForm');
  });

  it('nested forms are an error', async () => {
    const at = AppTest.fromFunction((st) => {
      const outer = st.form('outer');
      outer.form('inner');
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('NestedForm');
    expect(at.exception[0]!.message).toMatch(/cannot be nested/);
  });

  it('st.button inside a form is an error naming formSubmitButton', async () => {
    const at = AppTest.fromFunction((st) => {
      const f = st.form('f');
      f.button('B');
    });
    await at.run();
    expect(at.exception[0]!.message).toMatch(/formSubmitButton/);
  });

  it('two forms with one key are an error', async () => {
    const at = AppTest.fromFunction((st) => {
      st.form('same').formSubmitButton();
      st.form('same').formSubmitButton();
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('DuplicateFormKey');
  });

  it('identical submit buttons in two forms do not clash', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(String(st.form('a').formSubmitButton('Submit')));
      st.text(String(st.form('b').formSubmitButton('Submit')));
    });
    await at.run();
    await at.formSubmitButton[1]!.click().run();
    expect(texts(at)).toEqual(['false', 'true']);
  });

  it('works with container.with() and bare st calls', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const f = st.form('f');
      const name = await f.with(async () => {
        const n = st.textInput('Name');
        st.formSubmitButton('Send');
        return n;
      });
      st.text(name);
    });
    await at.run();
    at.textInput[0]!.input('x');
    await at.formSubmitButton[0]!.click().run();
    expect(texts(at)).toEqual(['x']);
    expect(at.form[0]!.textInput).toHaveLength(1);
  });

  it('a form key cannot be set through session state once the form exists', async () => {
    const at = AppTest.fromFunction((st) => {
      st.form('myform').formSubmitButton();
      st.sessionState.myform = 1;
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('StateSetAfterWidget');
  });
});
