import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import { cacheData } from '../caching/cacheData.js';
import { LitUiError } from '../errors.js';
import { setCacheDataStore } from './cacheDataStore.js';
import type { CacheStore } from './cacheStore.js';
import { createMemoryCacheStore } from './memoryCacheStore.js';
import { assertStorable, findUnstorable } from './storable.js';

afterEach(() => setCacheDataStore(undefined));

describe('findUnstorable', () => {
  it('accepts what structured clone copies whole, cycles included', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    const values: unknown[] = [
      null,
      undefined,
      1,
      'x',
      10n,
      true,
      new Date(0),
      /a/g,
      new Map([['k', [1, { x: new Set([2]) }]]]),
      new Uint8Array(3),
      new Float64Array(2),
      new ArrayBuffer(4),
      new DataView(new ArrayBuffer(2)),
      new TypeError('boom'),
      Object.create(null),
      cyclic,
    ];
    for (const value of values) expect(findUnstorable(value)).toBeUndefined();
  });

  it('names the path to a function, a symbol or a class instance', () => {
    class Socket {
      write(): void {}
    }
    expect(findUnstorable({ rows: [{ ok: 1 }, { open: () => 0 }] })).toEqual({ path: '.rows[1].open', what: 'a function' });
    expect(findUnstorable([Symbol('s')])).toEqual({ path: '[0]', what: 'a symbol' });
    expect(findUnstorable({ conn: new Socket() })).toEqual({ path: '.conn', what: 'an instance of Socket' });
    expect(findUnstorable(new Map([['db', new Socket()]]))).toEqual({ path: '.get("db")', what: 'an instance of Socket' });
    expect(findUnstorable(new Set([1, () => 2]))).toEqual({ path: '.<item 1>', what: 'a function' });
    class Rows extends Map {}
    expect(findUnstorable(new Rows())?.what).toBe('an instance of Rows');
  });

  it('assertStorable throws UnserializableValue with the label, the path and the hint', () => {
    expect(() => assertStorable({ f: () => 1 }, 'st.sessionState.x', 'Keep data.')).toThrowError(
      new LitUiError(
        'UnserializableValue',
        'st.sessionState.x.f is a function, which cannot be stored outside this process (only data that structuredClone copies whole). Keep data.',
      ),
    );
  });
});

/** A memory store that says it is shared between processes, as Redis is. */
function sharedLike(): CacheStore {
  return { ...createMemoryCacheStore(), inProcess: false };
}

describe('cacheData with a store shared between processes', () => {
  it('refuses a result it cannot store with UnserializableValue naming the function', async () => {
    setCacheDataStore(sharedLike());
    const connect = cacheData(async function openPool() {
      return { query: () => 1 };
    });
    await expect(connect()).rejects.toThrow(/The value openPool\(\.\.\.\) returned\.query is a function/);
    let calls = 0;
    const rows = cacheData(async () => {
      calls++;
      return [{ a: 1 }];
    });
    expect(await rows()).toEqual([{ a: 1 }]);
    expect(await rows()).toEqual([{ a: 1 }]);
    expect(calls).toBe(1);
  });

  it('cacheData.clear() and fn.clear() reach the store and resolve once done', async () => {
    const store = sharedLike();
    setCacheDataStore(store);
    let calls = 0;
    const f = cacheData(async (n: number) => ++calls + n);
    await f(1);
    await f.clear(1);
    await f(1);
    await cacheData.clear();
    await f(1);
    expect(calls).toBe(3);
  });
});
