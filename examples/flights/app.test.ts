import { cacheData } from '@lit-ui/core';
import { AppTest } from '@lit-ui/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import app from './app.js';

async function start() {
  const at = AppTest.fromFunction(app, { timeout: 20_000 });
  await at.run();
  return at;
}

describe('flights example', () => {
  beforeEach(() => cacheData.clear());

  it('pages 200,000 flights: the last rows and a server sort', async () => {
    const at = await start();
    expect(at.exception).toHaveLength(0);
    const table = at.dataframe[0]!;
    expect(table.rowCount).toBe(200_000);
    expect(table.columns).toEqual(['delay', 'distance', 'time']);
    expect(await table.rows(199_998, 200_000)).toHaveLength(2);
    await table.sort('delay', 'desc');
    const [worst, next] = await table.rows(0, 2);
    expect(worst!['delay']).toBeGreaterThanOrEqual(next!['delay'] as number);
    expect(worst!['delay']).toBeGreaterThan(500);
  }, 30_000);

  it('reads 3,000,000 flights from Parquet: the last rows and a server sort, in the same table', async () => {
    // Reading the Parquet file takes seconds (longer on a loaded machine): a longer run timeout than the other cases.
    const at = AppTest.fromFunction(app, { timeout: 150_000 });
    await at.run();
    await at.sidebar.segmentedControl[0]!.setValue('3M · Parquet').run();
    expect(at.exception).toHaveLength(0);
    const table = at.dataframe[0]!;
    expect(table.rowCount).toBe(3_000_000);
    expect(table.columns).toEqual(['delay', 'distance', 'time']);
    const [last] = await table.rows(2_999_999, 3_000_000);
    expect(last!['distance']).toBe(373);
    expect(last!['time']).toBe(0);
    await table.sort('distance', 'desc');
    const [longest] = await table.rows(0, 1);
    expect(longest!['distance']).toBeGreaterThan(4_000);
    expect(at.metric[0]!.value).toBe('3,000,000');
  }, 180_000);

  it('a click on a delay bar filters the table to that bucket; the chart keeps every bar', async () => {
    const at = await start();
    const chart = at.vegaLiteChart[0]!;
    const bars = (chart.spec['data'] as { values: { 'Delay (min)': number; Flights: number }[] }).values;
    const bar = bars.find((b) => b['Delay (min)'] === 30)!;
    await chart.select({ bars: [{ 'Delay (min)': 30 }] }).run();
    expect(at.exception).toHaveLength(0);
    expect(at.dataframe[0]!.rowCount).toBe(bar.Flights);
    expect((await at.dataframe[0]!.rows(0, 50)).every((r) => (r['delay'] as number) >= 30 && (r['delay'] as number) < 45)).toBe(true);
    expect((at.vegaLiteChart[0]!.spec['data'] as { values: unknown[] }).values).toHaveLength(bars.length);
    await at.vegaLiteChart[0]!.select({ bars: [] }).run();
    expect(at.dataframe[0]!.rowCount).toBe(200_000);
  }, 30_000);

  it("maps a state's airports, on real coordinates", async () => {
    const at = await start();
    const california = at.map[0]!.value;
    expect(california.length).toBeGreaterThan(100);
    expect(california.every((a) => a.lat > 32 && a.lat < 42.1 && a.lon < -114 && a.lon > -124.5)).toBe(true);
    await at.selectbox
      .find((s) => s.label === 'State')!
      .setValue('NY')
      .run();
    const newYork = at.map[0]!.value;
    expect(newYork.length).toBeGreaterThan(50);
    expect(newYork.every((a) => a.lat > 40 && a.lat < 45.1 && a.lon < -71.8 && a.lon > -80)).toBe(true);
    expect(at.caption.map((c) => c.value)).toContain(`${newYork.length} airports in NY; each circle is 3 km across.`);
  }, 30_000);

  it('filters with the sidebar, and annotates selected flights in an editable table', async () => {
    const at = await start();
    await at.sidebar.slider[1]!.setValue(120).run();
    const shown = at.dataframe[0]!.rowCount;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(200_000);
    expect((await at.dataframe[0]!.rows(0, 50)).every((r) => (r['delay'] as number) >= 120)).toBe(true);
    expect(at.info.map((i) => i.value)).toContain('Select flights in the table (the check boxes at the left) to annotate them.');
    await at.dataframe[0]!.selectRows([0, 2]).run();
    const editor = at.dataEditor[0]!;
    expect(editor.rowCount).toBe(2);
    await editor.editCell(1, 'note', 'storm').editCell(1, 'flagged', true).run();
    expect(at.caption.map((c) => c.value)).toContain('2 selected, 1 flagged.');
    expect(() => at.dataEditor[0]!.editCell(0, 'delay', 5)).toThrow(/column 'delay' is disabled/);
    expect(() => at.dataEditor[0]!.editCell(0, 'note', 'x'.repeat(121))).toThrow(/longer than 120 characters/);
  }, 30_000);
});
