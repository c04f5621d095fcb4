import { AppTest } from '@lit-ui/core/testing';
import { describe, expect, it } from 'vitest';
import app, { type FormsState } from './app.js';

async function start() {
  const at = AppTest.fromFunction(app);
  await at.run();
  return at;
}

describe('forms example', () => {
  it('starts with an empty garage and two forms', async () => {
    const at = await start();
    expect(at.exception).toHaveLength(0);
    expect(at.form).toHaveLength(2);
    expect(at.info[0]?.value).toMatch(/No car yet/);
    expect(at.formSubmitButton.map((b) => b.label)).toEqual(['Add car', 'Search']);
  });

  it('holds changes until the form is submitted', async () => {
    const at = await start();
    at.textInput[0]!.input('volvo 145e');
    await at.run();
    expect(at.sessionState.garage).toEqual([]);
    expect(at.sessionState.car_name).toBe('');
  });

  it('submits every field at once, runs onClick first, then clears the form', async () => {
    const at = await start();
    at.textInput[0]!.input('volvo 145e');
    at.numberInput[0]!.setValue(27.5);
    at.selectbox[0]!.select('Europe');
    await at.formSubmitButton[0]!.click().run();

    expect(at.sessionState.garage).toHaveLength(1);
    expect((at.sessionState as FormsState).garage[0]).toMatchObject({ name: 'volvo 145e', mpg: 27.5, origin: 'Europe' });
    expect(at.table[0]?.value).toEqual([expect.objectContaining({ name: 'volvo 145e', mpg: 27.5, origin: 'Europe' })]);
    expect(at.success[0]?.value).toMatch(/volvo 145e/);
    // clearOnSubmit: the fields are back to their defaults.
    expect(at.textInput[0]!.value).toBe('');
    expect(at.numberInput[0]!.value).toBe(25);
    expect(at.selectbox[0]!.value).toBe('USA');
  });

  it('refuses a car without a name', async () => {
    const at = await start();
    await at.formSubmitButton[0]!.click().run();
    expect(at.error[0]?.value).toBe('Give the car a name.');
    expect(at.sessionState.garage).toEqual([]);
  });

  it('the second form keeps its values after a submit', async () => {
    const at = await start();
    at.textInput[0]!.input('fiat');
    await at.formSubmitButton[0]!.click().run();
    at.textInput[0]!.input('saab');
    await at.formSubmitButton[0]!.click().run();
    expect((at.sessionState as FormsState).garage.map((c) => c.name)).toEqual(['fiat', 'saab']);

    at.textInput[1]!.input('fi');
    await at.formSubmitButton[1]!.click().run();
    expect(at.markdown.map((m) => m.value)).toContain('Found 1 car(s) for “fi” with at least 5 mpg.');
    expect(at.dataframe[0]?.value).toEqual([expect.objectContaining({ name: 'fiat' })]);
    expect(at.textInput[1]!.value).toBe('fi');
  });
});
