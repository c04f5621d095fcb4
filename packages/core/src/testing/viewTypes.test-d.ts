import { describe, expectTypeOf, it } from 'vitest';
import type { JsonObject, JsonValue } from '../protocol/elements.js';
import { AppTest } from './appTest.js';

const at = AppTest.fromFunction((st) => {
  st.text('hi');
});

describe('AppTest views typed per kind', () => {
  it('gives widgets setValue with their app value and only the conveniences of their kind', () => {
    expectTypeOf(at.slider[0]!.setValue(3)).toEqualTypeOf(at.slider[0]!);
    expectTypeOf(at.slider[0]!.setRange).toBeFunction();
    // @ts-expect-error: a slider is not clicked
    at.slider[0]!.click(); // eslint-disable-line @typescript-eslint/no-unsafe-call -- must not compile: the call is deliberately wrong
    // @ts-expect-error: a slider takes numbers or dates
    at.slider[0]!.setValue('three');
    expectTypeOf(at.button[0]!.click().run()).resolves.toMatchTypeOf<AppTest>();
    // @ts-expect-error: a button has no options
    void at.button[0]!.options;
    expectTypeOf(at.checkbox[0]!.value).toEqualTypeOf<boolean>();
    at.checkbox[0]!.check().uncheck();
    expectTypeOf(at.textInput[0]!.value).toEqualTypeOf<string | null>();
    at.textInput[0]!.input('Bob');
    // @ts-expect-error: a checkbox takes no text
    at.checkbox[0]!.input('x'); // eslint-disable-line @typescript-eslint/no-unsafe-call -- must not compile: the call is deliberately wrong
    at.multiselect[0]!.select('a').unselect('b');
    expectTypeOf(at.selectbox[0]!.options).toEqualTypeOf<string[]>();
    expectTypeOf(at.selectbox[0]!.index).toEqualTypeOf<number | null>();
    at.numberInput[0]!.increment().decrement();
    // @ts-expect-error: only number inputs step
    at.textArea[0]!.increment(); // eslint-disable-line @typescript-eslint/no-unsafe-call -- must not compile: the call is deliberately wrong
    expectTypeOf(at.get('toggle')[0]!).toHaveProperty('setValue').parameter(0).toEqualTypeOf<boolean>();
    expectTypeOf(at.sidebar.button[0]!.id).toEqualTypeOf<string>();
  });

  it('types display values by the element map', () => {
    expectTypeOf(at.text[0]!.value).toEqualTypeOf<string>();
    expectTypeOf(at.main.markdown[0]!.value).toEqualTypeOf<string>();
    expectTypeOf(at.metric[0]!.value).toEqualTypeOf<string>();
    expectTypeOf(at.lineChart[0]!.value).toEqualTypeOf<JsonObject>();
    expectTypeOf(at.dataframe[0]!.value).toEqualTypeOf<Record<string, JsonValue>[]>();
    expectTypeOf(at.progress[0]!.value).toEqualTypeOf<number>();
    expectTypeOf(at.divider[0]!.value).toEqualTypeOf<null>();
    expectTypeOf(at.exception[0]!.message).toEqualTypeOf<string>();
    expectTypeOf(at.get('title')[0]!.proto.body).toEqualTypeOf<string>();
    // @ts-expect-error: display elements have no setValue
    at.text[0]!.setValue('x'); // eslint-disable-line @typescript-eslint/no-unsafe-call -- must not compile: the call is deliberately wrong
  });

  it('keeps containers and unknown types', () => {
    expectTypeOf(at.expander[0]!.button[0]!.click).toBeFunction();
    expectTypeOf(at.columns[0]!.label).toEqualTypeOf<string | undefined>();
    expectTypeOf(at.get('sparkline')[0]!.value).toEqualTypeOf<unknown>();
  });
});
