import { describe, expect, it } from 'vitest';
import { cacheData } from '../caching/cacheData.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { createTestRuntime } from '../runtime/runtime.js';
import { AppTest } from '../testing/appTest.js';
import { connectInMemory } from '../transport/memoryConnection.js';

/** `expect.stringMatching`, typed as what it is to the compiler: an asymmetric matcher of unknown shape. */
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

const numbers = (n: number) => Array.from({ length: n }, (_, i) => ({ n: i, label: `row ${i}`, even: i % 2 === 0 }));

describe('dataframe windows through dataRequest → dataWindow', () => {
  it('sends the first window with the element and any other window on request (the acceptance case)', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ n: i }));
    const at = AppTest.fromFunction((st) => st.dataframe(rows));
    await at.run();
    const df = at.dataframe[0]!;
    expect(df.rowCount).toBe(2500);
    expect(df.columns).toEqual(['n']);
    expect((df.proto['rows'] as unknown[]).length).toBe(100);
    expect((await df.rows(1200, 1203)).map((r) => r['n'])).toEqual([1200, 1201, 1202]);
    expect((await df.rows(2498, 2600)).map((r) => r['n'])).toEqual([2498, 2499]);
  });

  it('sorts on the server for any row count; rows() then reads the sorted view', async () => {
    const at = AppTest.fromFunction((st) => st.dataframe(numbers(5000), { columnOrder: ['label', 'n'] }));
    await at.run();
    await at.dataframe[0]!.sort('n', 'desc');
    expect((await at.dataframe[0]!.rows(0, 3)).map((r) => r['n'])).toEqual([4999, 4998, 4997]);
    await at.dataframe[0]!.sort('label', 'asc');
    expect((await at.dataframe[0]!.rows(0, 3)).map((r) => r['label'])).toEqual(['row 0', 'row 1', 'row 10']);
    expect(Object.keys((await at.dataframe[0]!.rows(0, 1))[0]!)).toEqual(['label', 'n']);
  });

  it('searches, and exports the whole view as CSV', async () => {
    const at = AppTest.fromFunction((st) => st.dataframe({ city: ['Paris', 'Lyon', 'Nice, "FR"'], pop: [2102650, 522250, null] }));
    await at.run();
    const df = at.dataframe[0]!;
    expect(await df.csv()).toBe('city,pop\r\nParis,2102650\r\nLyon,522250\r\n"Nice, ""FR""",\r\n');
    await df.search('ly');
    expect(await df.viewRowCount()).toBe(1);
    expect(await df.rows(0, 5)).toEqual([{ city: 'Lyon', pop: 522250 }]);
  });

  it('answers bad requests with a clear error, and the session goes on', async () => {
    let clicks = 0;
    const at = AppTest.fromFunction((st) => {
      if (st.button('More')) clicks++;
      st.dataframe(numbers(10));
    });
    await at.run();
    const df = at.dataframe[0]!;
    await expect(df.rows(11, 12)).rejects.toMatchObject({ code: 'InvalidDataRequest', message: matching(/table has 10 rows/) });
    await expect(df.rows(5, 3)).rejects.toMatchObject({ code: 'InvalidDataRequest' });
    await expect(df.rows(0, 6000)).rejects.toThrow(/At most 5000 rows/);
    await expect(df.sort('nope')).rejects.toThrow(/no column 'nope'/);
    await at.button[0]!.click().run();
    expect(clicks).toBe(1);
    expect(await df.rows(0, 1)).toEqual([{ n: 0, label: 'row 0', even: true }]);
  });

  it('a table no longer shown is freed, and a request for it is an UnknownDataId error', async () => {
    const at = AppTest.fromFunction((st) => {
      if (st.checkbox('Show', { value: true })) st.dataframe(numbers(500));
    });
    await at.run();
    const old = at.dataframe[0]!;
    await at.checkbox[0]!.uncheck().run();
    expect(at.dataframe).toHaveLength(0);
    await expect(old.rows(0, 1)).rejects.toMatchObject({ code: 'UnknownDataId' });
    await at.checkbox[0]!.check().run();
    expect((await at.dataframe[0]!.rows(499, 500))[0]).toMatchObject({ n: 499 });
  });

  it('unchanged data keeps its data id across reruns (nothing resent); changed data gets a new one', async () => {
    const at = AppTest.fromFunction((st) => {
      const size = st.slider('Rows', { minValue: 1, maxValue: 300, value: 200 });
      st.button('Rerun');
      st.dataframe(numbers(size)); // a new array every run
    });
    await at.run();
    const first = at.dataframe[0]!.dataId;
    await at.button[0]!.click().run();
    expect(at.dataframe[0]!.dataId).toBe(first);
    await at.slider[0]!.setValue(250).run();
    expect(at.dataframe[0]!.dataId).not.toBe(first);
    expect(at.dataframe[0]!.rowCount).toBe(250);
  });

  it('a request for another session’s table is refused', async () => {
    const runtime = createTestRuntime((st) => st.dataframe(numbers(50)));
    const received: ForwardMsg[][] = [[], []];
    const connect = (i: number) => connectInMemory(runtime, { onMessage: (msg) => received[i]!.push(msg) });
    const a = connect(0);
    const b = connect(1);
    await runtime.session(a.sessionId!)!.runner.idle();
    await runtime.session(b.sessionId!)!.runner.idle();
    const delta = received[0]!.find((m) => m.type === 'delta' && 'element' in m && m.element.type === 'dataframe');
    if (delta?.type !== 'delta' || !('element' in delta) || delta.element.type !== 'dataframe') throw new Error('no dataframe delta');
    const dataId = delta.element.dataId;
    if (typeof dataId !== 'string') throw new Error('the dataframe has no data id');
    // Session b shows equal data, but in its own table: a's data id does not reach a's table from b.
    const cseq = b.send({ type: 'dataRequest', dataId, start: 0, end: 1 });
    expect(received[1]!.find((m) => m.type === 'error' && m.cseq === cseq)).toMatchObject({ code: 'UnknownDataId' });
    a.send({ type: 'dataRequest', dataId, start: 0, end: 1 });
    expect(received[0]!.find((m) => m.type === 'dataWindow')).toMatchObject({ rows: [[0, 'row 0', true]] });
    await runtime.close();
  });

  it('frees every table when the session ends', async () => {
    const runtime = createTestRuntime((st) => st.dataframe(numbers(50)));
    const conn = connectInMemory(runtime, { onMessage: () => undefined });
    const session = runtime.session(conn.sessionId!)!;
    await session.runner.idle();
    expect(session.data.size).toBe(1);
    session.close();
    expect(session.data.size).toBe(0);
  });

  it('cached data shown in many sessions is one table (held by reference, not copied per session)', async () => {
    const load = cacheData(() => numbers(20_000));
    const runtime = createTestRuntime(async (st) => st.dataframe(await load()));
    const sessions = [];
    for (let i = 0; i < 5; i++) {
      const conn = connectInMemory(runtime, { onMessage: () => undefined });
      const session = runtime.session(conn.sessionId!)!;
      await session.runner.idle();
      sessions.push(session);
    }
    const tables = new Set(sessions.map((s) => s.data.get(dataIdOf(s))!.table));
    expect(tables.size).toBe(1);
    await runtime.close();
  });
});

/** The dataId of the first element of the main column, from the session's compact mirror (which keeps a table's proto). */
function dataIdOf(session: { tree: readonly { nodeAt(index: number): unknown }[] }): string {
  return (session.tree[0]!.nodeAt(0) as { proto: { dataId: string } }).proto.dataId;
}
