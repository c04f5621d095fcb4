import { describe, expectTypeOf, it } from 'vitest';
import { defineApp, type App } from './app.js';
import { fragment } from './fragments/fragment.js';

interface State {
  count: number;
  names: string[];
}

describe('typed session state', () => {
  it('defineApp<State>() types st.sessionState', () => {
    const app = defineApp<State>(
      (st) => {
        expectTypeOf(st.sessionState.count).toEqualTypeOf<number>();
        expectTypeOf(st.sessionState.names).toEqualTypeOf<string[]>();
        // @ts-expect-error: not a key of State
        void st.sessionState.missing;
        // @ts-expect-error: wrong type
        st.sessionState.count = 'one';
      },
      { initialState: () => ({ count: 0, names: [] }) },
    );
    expectTypeOf(app).toEqualTypeOf<App<State>>();
  });

  it('initialState must fit the state type', () => {
    // @ts-expect-error: count must be a number
    defineApp<State>(() => undefined, { initialState: () => ({ count: 'zero' }) });
  });

  it('untyped apps use st.sessionState as a free record', () => {
    defineApp((st) => {
      st.sessionState.anything = 1;
      expectTypeOf(st.sessionState.anything).toBeAny();
    });
  });

  it('widgets return typed values', () => {
    defineApp((st) => {
      expectTypeOf(st.slider('n')).toEqualTypeOf<number>();
      expectTypeOf(st.slider('r', { value: [1, 2] as const })).toEqualTypeOf<[number, number]>();
      expectTypeOf(st.selectbox('o', ['a', 'b'] as const)).toEqualTypeOf<'a' | 'b'>();
      expectTypeOf(st.selectbox('o', [1, 2], { index: null })).toEqualTypeOf<number | null>();
      expectTypeOf(st.multiselect('m', [{ id: 1 }])).toEqualTypeOf<{ id: number }[]>();
      expectTypeOf(st.textInput('t')).toEqualTypeOf<string>();
      expectTypeOf(st.textInput('t', { value: null })).toEqualTypeOf<string | null>();
      expectTypeOf(st.button('b')).toEqualTypeOf<boolean>();
      expectTypeOf(st.chatInput('c')).toEqualTypeOf<string | null>();
      expectTypeOf(st.columns(2)).toEqualTypeOf<[typeof st, typeof st]>();
      expectTypeOf(st.columns([2, 1, 1])).toEqualTypeOf<[typeof st, typeof st, typeof st]>();
      const n: number = 3;
      expectTypeOf(st.columns(n)).toEqualTypeOf<(typeof st)[]>();
      const [chart, data] = st.tabs(['Chart', 'Data']);
      expectTypeOf(chart).toEqualTypeOf<typeof st>();
      expectTypeOf(data).toEqualTypeOf<typeof st>();
    });
  });

  it('fragments keep their argument and result types', () => {
    const f = fragment((st, n: number) => {
      st.text(String(n));
      return n * 2;
    });
    defineApp(async (st) => {
      expectTypeOf(await f(st, 2)).toEqualTypeOf<number>();
      // @ts-expect-error: n is a number
      await f(st, 'two');
    });
  });
});
