import { afterEach, describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import { createFakeScheduler } from '../testing/fakeScheduler.js';
import { argumentNames } from './argumentNames.js';
import { cacheData } from './cacheData.js';
import { cacheResource } from './cacheResource.js';
import { setCacheScheduler } from './cacheScheduler.js';

afterEach(async () => {
  await cacheData.clear();
  await cacheResource.clear();
  setCacheScheduler(undefined);
});

describe('cacheData', () => {
  it('computes once per distinct arguments', async () => {
    let calls = 0;
    const square = cacheData((n: number) => {
      calls++;
      return n * n;
    });
    expect(await square(3)).toBe(9);
    expect(await square(3)).toBe(9);
    expect(await square(4)).toBe(16);
    expect(calls).toBe(2);
  });

  it('hands each caller a copy, unless copy: false', async () => {
    const load = cacheData(() => ({ rows: [1, 2] }));
    const a = await load();
    a.rows.push(3);
    expect((await load()).rows).toEqual([1, 2]);
    const shared = cacheData(() => ({ rows: [1] }), { copy: false });
    const b = await shared();
    b.rows.push(2);
    expect(await shared()).toBe(b);
  });

  it('keys ignore object key order and handle Date, Map, Set, typed arrays and Buffers', async () => {
    let calls = 0;
    const f = cacheData((_label: string, value: unknown) => {
      calls++;
      return typeof value;
    });
    await f('a', { x: 1, y: 2 });
    await f('b', { y: 2, x: 1 });
    expect(calls).toBe(1);
    await f('a', new Date(0));
    await f('a', new Date(0));
    await f('a', new Map([['k', 1]]));
    await f('a', new Map([['k', 1]]));
    await f('a', new Set([1, 2]));
    await f('a', new Set([2, 1]));
    await f('a', new Uint8Array([1, 2]));
    await f('a', new Uint8Array([1, 2]));
    // Node's Buffer is a Uint8Array subclass; core's tests compile without Node's types, so a subclass stands in.
    class NodeBuffer extends Uint8Array {}
    await f('a', new NodeBuffer([104, 105]));
    expect(calls).toBe(6);
  });

  it('tells 1 from "1"', async () => {
    let calls = 0;
    const f = cacheData((v: unknown) => ++calls && v);
    await f(1);
    await f('1');
    expect(calls).toBe(2);
  });

  it('skips arguments named with a leading underscore, and excludeArgs', async () => {
    let calls = 0;
    const query = cacheData((sql: string, _connection: object) => {
      calls++;
      return sql.length;
    });
    await query('select 1', { id: 1 });
    await query('select 1', { id: 2 });
    expect(calls).toBe(1);
    const other = cacheData(
      (sql: string, conn: object) => {
        calls++;
        return [sql, conn];
      },
      { excludeArgs: ['conn'] },
    );
    await other('q', { a: 1 });
    await other('q', { a: 2 });
    expect(calls).toBe(2);
    expect(
      argumentNames(function f(a: number, { b }: { b: number }, ...rest: number[]) {
        return a + b + rest.length;
      }),
    ).toEqual(['a', '', 'rest']);
  });

  it('names the argument it cannot hash, and hashFuncs fixes it', async () => {
    class Conn {
      constructor(readonly url: string) {}
    }
    const bad = cacheData((conn: Conn) => conn.url);
    await expect(bad(new Conn('db://1'))).rejects.toThrow(/argument 1 \(conn\).*instance of Conn.*hashFuncs/);
    const good = cacheData((conn: Conn) => conn.url, { hashFuncs: new Map([[Conn, (c: Conn) => c.url]]) });
    expect(await good(new Conn('db://1'))).toBe('db://1');
  });

  it('expires entries after the ttl, on the clock of setCacheScheduler', async () => {
    const clock = createFakeScheduler();
    setCacheScheduler(clock);
    let calls = 0;
    const f = cacheData(() => ++calls, { ttl: '10s' });
    await f();
    await clock.advance(9_999);
    await f();
    expect(calls).toBe(1);
    await clock.advance(1);
    await f();
    expect(calls).toBe(2);
  });

  it('evicts the least recently used beyond maxEntries', async () => {
    const computed: number[] = [];
    const f = cacheData(
      (n: number) => {
        computed.push(n);
        return n;
      },
      { maxEntries: 2 },
    );
    await f(1);
    await f(2);
    await f(1);
    await f(3);
    await f(1);
    await f(2);
    expect(computed).toEqual([1, 2, 3, 2]);
  });

  it('shares one computation between concurrent callers', async () => {
    let calls = 0;
    let finish!: () => void;
    const computing = new Promise<void>((resolve) => (finish = resolve));
    const slow = cacheData(async (n: number) => {
      calls++;
      await computing;
      return n;
    });
    const all = Promise.all([slow(1), slow(1), slow(1)]);
    finish();
    expect(await all).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });

  it('does not cache thrown errors', async () => {
    let calls = 0;
    const flaky = cacheData(() => {
      calls++;
      if (calls === 1) throw new Error('first fails');
      return 'ok';
    });
    await expect(flaky()).rejects.toThrow('first fails');
    expect(await flaky()).toBe('ok');
    expect(calls).toBe(2);
  });

  it('clear() per function, per arguments, and globally', async () => {
    let calls = 0;
    const f = cacheData((n: number) => n + ++calls * 0);
    await f(1);
    await f(2);
    await f.clear(1);
    await f(1);
    await f(2);
    expect(calls).toBe(3);
    await f.clear();
    await f(2);
    expect(calls).toBe(4);
    await cacheData.clear();
    await f(2);
    expect(calls).toBe(5);
  });

  it('a wrapper re-created at the same place (by every rerun) keeps its cache', async () => {
    let calls = 0;
    const make = () =>
      cacheData(function loader() {
        calls++;
        return 1;
      });
    for (let i = 0; i < 3; i++) await make()();
    expect(calls).toBe(1);
  });

  it('closures of one factory called from different places never share entries (definition site)', async () => {
    const load = (url: string) => ({ url });
    const make = (url: string) => cacheData(async () => load(url));
    const a = make('https://a.example/data.json');
    const b = make('https://b.example/data.json');
    expect(await a()).toEqual({ url: 'https://a.example/data.json' });
    expect(await b()).toEqual({ url: 'https://b.example/data.json' });
  });

  it('two functions with identical source text defined in two places never share entries', async () => {
    let calls = 0;
    const first = cacheData(() => ++calls);
    const second = cacheData(() => ++calls);
    expect(await first()).toBe(1);
    expect(await second()).toBe(2);
    expect(await first()).toBe(1);
    const firstResource = cacheResource(() => ({ calls: ++calls }));
    const secondResource = cacheResource(() => ({ calls: ++calls }));
    expect(await firstResource()).not.toBe(await secondResource());
  });

  it('a cached function defined inside the script keeps its cache across reruns', async () => {
    let computed = 0;
    const at = AppTest.fromFunction(async (st) => {
      const load = cacheData(async (n: number) => {
        computed++;
        return n * 2;
      });
      st.text(String(await load(st.slider('n', { minValue: 1, maxValue: 5, value: 1 }))));
    });
    await at.run();
    await at.run();
    await at.slider[0]!.setValue(2).run();
    await at.slider[0]!.setValue(1).run();
    expect(at.text[0]!.value).toBe('2');
    expect(computed).toBe(2);
  });

  it('refuses values it cannot copy, pointing to copy: false or cacheResource', async () => {
    const f = cacheData(() => ({ fn: () => 1 }));
    await expect(f()).rejects.toThrow(/copy: false|cacheResource/);
  });

  it('replays st.* calls made inside the cached function on a hit', async () => {
    let computed = 0;
    const load = cacheData((st: import('../dg/deltaGenerator.js').DeltaGenerator, year: number) => {
      computed++;
      st.info(`Loaded ${year}`);
      const [a] = st.columns(2);
      a.text('in column');
      return year * 2;
    });
    const at = AppTest.fromFunction(async (st) => {
      const v = await load(st, 2024);
      st.text(`value ${v}`);
    });
    await at.run();
    await at.run();
    expect(computed).toBe(1);
    expect(at.info[0]!.value).toBe('Loaded 2024');
    expect(at.text.map((t) => t.value)).toEqual(['in column', 'value 4048']);
  });
});

describe('cacheResource', () => {
  it('returns the same instance to every caller and session', async () => {
    let made = 0;
    const pool = cacheResource(() => ({ id: ++made }));
    const seen: unknown[] = [];
    const app = async (st: import('../dg/deltaGenerator.js').DeltaGenerator) => {
      seen.push(await pool());
      st.text('x');
    };
    await AppTest.fromFunction(app).run();
    await AppTest.fromFunction(app).run();
    expect(seen[0]).toBe(seen[1]);
    expect(made).toBe(1);
  });

  it('validate() rejects a stale instance', async () => {
    let made = 0;
    const conn = cacheResource(() => ({ id: ++made, open: true }), { validate: (c) => c.open });
    const first = await conn();
    first.open = false;
    const second = await conn();
    expect(second.id).toBe(2);
  });

  it('cacheResource.clear() drops every resource', async () => {
    let made = 0;
    const r = cacheResource(() => ++made);
    await r();
    await cacheResource.clear();
    await r();
    expect(made).toBe(2);
  });
});
