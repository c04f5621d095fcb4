import { afterEach, describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import { AppTest } from '../testing/appTest.js';
import { cacheData } from './cacheData.js';
import { cacheResource } from './cacheResource.js';

afterEach(async () => {
  await cacheData.clear();
  await cacheResource.clear();
});

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);
const warnings = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('warning').map((e) => String(e.value));

describe('a cached function writing through a DeltaGenerator it captured', () => {
  it('shows a warning naming the function and the fix where it wrote; its value and output still arrive on the miss', async () => {
    let outer: DeltaGenerator | undefined;
    const rowsOf = cacheData(async function loadRows(n: number) {
      await Promise.resolve();
      outer!.text(`loaded ${n}`);
      outer!.text('again');
      return [n];
    });
    const at = AppTest.fromFunction(async (st) => {
      outer = st;
      const rows = await rowsOf(3);
      st.text(`rows ${rows.length}`);
    });
    await at.run();
    expect(warnings(at)).toHaveLength(1);
    expect(warnings(at)[0]).toMatch(/^loadRows\(\) is cached and wrote to the page through a DeltaGenerator it did not get as an argument/);
    expect(warnings(at)[0]).toMatch(/cacheData\(async \(st, \.\.\.args\) =>/);
    expect(texts(at)).toEqual(['loaded 3', 'again', 'rows 1']);
  });

  it('warns for cacheResource too, and for a container captured from the script', async () => {
    let box: DeltaGenerator | undefined;
    const getConnection = cacheResource(async function connect() {
      await Promise.resolve();
      box!.caption('connecting');
      return { open: true };
    });
    const at = AppTest.fromFunction(async (st) => {
      box = st.container();
      await getConnection();
    });
    await at.run();
    expect(at.container[0]!.warning[0]!.value).toMatch(/^connect\(\) is cached/);
  });

  it('writes through its st argument are recorded and replayed, with no warning', async () => {
    const summarize = cacheData(async (st: DeltaGenerator, year: number) => {
      await Promise.resolve();
      st.text(`year ${year}`);
      return year;
    });
    const at = AppTest.fromFunction(async (st) => {
      await summarize(st, 2015);
    });
    await at.run();
    await at.run();
    expect(texts(at)).toEqual(['year 2015']);
    expect(warnings(at)).toEqual([]);
  });

  it('another session writing while a computation is in flight gets no warning', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = cacheData(async () => {
      await gate;
      return 1;
    });
    const waiting = AppTest.fromFunction(async (st) => st.text(String(await slow())));
    const pending = waiting.run();
    await Promise.resolve();
    const other = AppTest.fromFunction((st) => st.text('other session'));
    await other.run();
    expect(warnings(other)).toEqual([]);
    release();
    await pending;
    expect(texts(waiting)).toEqual(['1']);
    expect(warnings(waiting)).toEqual([]);
  });
});
