import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import { QueryParams } from './queryParams.js';

/** Ported from Streamlit's lib/tests/streamlit/runtime/state/query_params_test.py (embed keys aside). */
describe('st.queryParams (Streamlit cases)', () => {
  const make = () => {
    let changes = 0;
    const params = new QueryParams(() => changes++);
    params.load('foo=bar&two=x&two=y');
    return { params, proxy: params.proxy(), changes: () => changes };
  };

  it('a repeated key reads as its last value; getAll gives every value (test__getitem__returns_last_element_of_list)', () => {
    const { proxy } = make();
    expect(proxy.two).toBe('y');
    expect(proxy.getAll('two')).toEqual(['x', 'y']);
    expect(proxy.getAll('foo')).toEqual(['bar']);
    expect(proxy.getAll('nonexistent')).toEqual([]);
    expect(proxy.toDict()).toEqual({ foo: 'bar', two: 'y' });
  });

  it('numbers become text, arrays and Sets repeat the key, the empty string stays (test__setitem__*)', () => {
    const { params, proxy } = make();
    proxy.baz = 1 as unknown as string;
    proxy.corge = 1.23 as unknown as string;
    proxy.test = '';
    expect(proxy.baz).toBe('1');
    expect(proxy.corge).toBe('1.23');
    expect(params.toString()).toBe('foo=bar&two=x&two=y&baz=1&corge=1.23&test=');
    proxy.list = [1, 2, 3] as unknown as string;
    proxy.set = new Set(['a', 'b']) as unknown as string;
    expect(proxy.list).toBe('3');
    expect(proxy.getAll('set')).toEqual(['a', 'b']);
  });

  it('assigning an object is an error that changes nothing (test__setitem__raises_StreamlitException_with_dictionary_value)', () => {
    const { params, proxy, changes } = make();
    expect(() => (proxy.foo = { test: 'test' } as unknown as string)).toThrow(/st\.queryParams\.foo cannot be set to an object/);
    expect(() => (proxy.when = new Date(0) as unknown as string)).toThrow(/a Date/);
    expect(() => (proxy.list = ['a', { b: 1 }] as unknown as string)).toThrow(/an object/);
    expect(() => (proxy.gone = null as unknown as string)).toThrow(/delete st\.queryParams\.gone/);
    expect(() => (proxy.foo = {} as unknown as string)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    expect(params.toString()).toBe('foo=bar&two=x&two=y');
    expect(changes()).toBe(0);
  });

  it('fromDict replaces every param in one change, keeping the old ones on an error (test_from_dict_*)', () => {
    const { params, proxy, changes } = make();
    proxy.fromDict({ hello: ['world', 'janice', 'amy'], snow: 'flake' });
    expect(proxy.toDict()).toEqual({ hello: 'amy', snow: 'flake' });
    expect(proxy.getAll('hello')).toEqual(['world', 'janice', 'amy']);
    expect(changes()).toBe(1);
    expect(() => proxy.fromDict({ a: 'b', a_dict: { test: 'test' } } as unknown as Record<string, string>)).toThrow(/a_dict/);
    expect(() => proxy.fromDict([['a', 'b']] as unknown as Record<string, string>)).toThrow(/record of names to values/);
    expect(params.toString()).toBe('hello=world&hello=janice&hello=amy&snow=flake');
    expect(changes()).toBe(1);
  });
});

describe('st.queryParams in a run', () => {
  it('reads the last value of a key repeated in the URL, and every value through getAll', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(`tag=${st.queryParams.tag} all=${st.queryParams.getAll('tag').join('|')}`);
    });
    at.queryParams.tag = ['a', 'b'] as unknown as string;
    await at.run();
    expect(at.text[0]!.value).toBe('tag=b all=a|b');
    expect(at.queryParams.tag).toBe('b');
  });

  it('an object assigned in the script is an InvalidArgument exception; the URL keeps its params and the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      st.queryParams.page = '2';
      if (st.checkbox('Break')) st.queryParams.filter = { year: 2020 } as unknown as string;
      st.text('end');
    });
    await at.run();
    await at.checkbox[0]!.check().run();
    expect(at.exception[0]!.code).toBe('InvalidArgument');
    expect(at.exception[0]!.message).toMatch(/st\.queryParams\.filter cannot be set to an object.*JSON\.stringify/);
    expect(at.queryParams.page).toBe('2');
    expect(at.queryParams.filter).toBeUndefined();
    await at.checkbox[0]!.uncheck().run();
    expect(at.exception).toHaveLength(0);
    expect(at.text[0]!.value).toBe('end');
  });
});
