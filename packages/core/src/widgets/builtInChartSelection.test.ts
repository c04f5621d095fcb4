import { describe, expect, it } from 'vitest';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { createTestRuntime } from '../runtime/runtime.js';
import { AppTest } from '../testing/appTest.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import type { VegaLiteState } from './chartSelection.js';

const cars = [
  { name: 'a', hp: 90, mpg: 30, origin: 'Japan' },
  { name: 'b', hp: 150, mpg: 18, origin: 'USA' },
  { name: 'c', hp: 110, mpg: 25, origin: 'Europe' },
];

type Spec = { params?: { name: string; select: Record<string, unknown> }[] };

describe('selections on the built-in charts (onSelect)', () => {
  it('a scatter chart reports points (its encoded fields) and an x/y interval; the state is in session state under its key', async () => {
    const seen: VegaLiteState[] = [];
    const at = AppTest.fromFunction((st) => {
      const state = st.scatterChart(cars, { x: 'hp', y: 'mpg', color: 'origin', onSelect: 'rerun', key: 'cars' });
      seen.push(state);
      const picked = (state.selection['point'] as { origin: string }[]).map((p) => p.origin);
      st.text(`picked: ${picked.join(', ') || 'none'}`);
    });
    await at.run();
    expect(seen.at(-1)).toEqual({ selection: { point: [], interval: {} } });
    const chart = at.scatterChart[0]!;
    expect(chart.id).toBeTypeOf('string');
    expect(chart.proto.selectionParams).toEqual([
      { name: 'point', type: 'point' },
      { name: 'interval', type: 'interval' },
    ]);
    expect((chart.spec as Spec).params).toEqual([
      { name: 'point', select: { type: 'point', fields: ['hp', 'mpg', 'origin'] } },
      { name: 'interval', select: { type: 'interval', encodings: ['x', 'y'] } },
    ]);
    await chart.select({ point: [{ hp: 90, mpg: 30, origin: 'Japan' }], interval: { hp: [80, 120], mpg: [20, 35] } }).run();
    expect(at.text[0]!.value).toBe('picked: Japan');
    expect(seen.at(-1)!.selection['interval']).toEqual({ hp: [80, 120], mpg: [20, 35] });
    expect((at.sessionState['cars'] as VegaLiteState).selection['point']).toEqual([{ hp: 90, mpg: 30, origin: 'Japan' }]);
    expect(at.scatterChart[0]!.selection['point']).toEqual([{ hp: 90, mpg: 30, origin: 'Japan' }]);
  });

  it('a line chart selects an x interval (several y columns melted), its callback runs before the rerun', async () => {
    const calls: unknown[] = [];
    const at = AppTest.fromFunction((st) => {
      const state = st.lineChart(cars, { x: 'hp', y: ['mpg', 'hp'], key: 'line', onSelect: () => calls.push(st.sessionState['line']) });
      st.text(JSON.stringify(state.selection));
    });
    await at.run();
    expect((at.lineChart[0]!.spec as Spec).params).toEqual([{ name: 'interval', select: { type: 'interval', encodings: ['x'] } }]);
    await at.lineChart[0]!.select({ selection: { interval: { hp: [100, 160] } } }).run();
    expect(calls).toEqual([{ selection: { interval: { hp: [100, 160] } } }]);
    expect(at.text[0]!.value).toBe('{"interval":{"hp":[100,160]}}');
  });

  it('an area chart selects intervals; a bar chart points by default, a horizontal one intervals across its y axis', async () => {
    const at = AppTest.fromFunction((st) => {
      st.areaChart(cars, { x: 'hp', y: 'mpg', onSelect: 'rerun' });
      st.barChart(cars, { x: 'name', y: 'mpg', onSelect: 'rerun' });
      st.barChart(cars, { x: 'name', y: 'hp', horizontal: true, onSelect: 'rerun', selectionMode: ['interval', 'point'] });
    });
    await at.run();
    expect(at.areaChart[0]!.proto.selectionParams).toEqual([{ name: 'interval', type: 'interval' }]);
    expect((at.barChart[0]!.spec as Spec).params).toEqual([{ name: 'point', select: { type: 'point', fields: ['name', 'mpg'] } }]);
    expect((at.barChart[1]!.spec as Spec).params?.[0]).toEqual({ name: 'interval', select: { type: 'interval', encodings: ['y'] } });
    await at.barChart[0]!.select({ point: [{ name: 'b', mpg: 18 }] }).run();
    expect(at.barChart[0]!.selection).toEqual({ point: [{ name: 'b', mpg: 18 }] });
    expect(at.areaChart[0]!.selection).toEqual({ interval: {} });
  });

  it("without onSelect (or with 'ignore') a built-in chart is no widget and returns nothing", async () => {
    const returned: unknown[] = [];
    const at = AppTest.fromFunction((st) => {
      returned.push(st.lineChart(cars, { x: 'hp', y: 'mpg' }), st.barChart(cars, { x: 'name', y: 'mpg', onSelect: 'ignore', key: 'k' }));
    });
    await at.run();
    expect(returned).toEqual([undefined, undefined]);
    expect(at.lineChart[0]!.id).toBeUndefined();
    expect((at.lineChart[0]!.spec as Spec).params).toBeUndefined();
    expect(() => at.barChart[0]!.select({ point: [] })).toThrow(/does not select/);
  });

  it('refuses a bad selectionMode, and selections of the wrong shape — the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      st.scatterChart(cars, { x: 'hp', y: 'mpg', onSelect: 'rerun' });
      const mode = st.selectbox('Mode', ['point', 'lasso', 'none']);
      st.lineChart(cars, { x: 'hp', y: 'mpg', onSelect: 'rerun', selectionMode: mode === 'none' ? [] : (mode as 'point') });
    });
    await at.run();
    expect(at.exception[0]!.value).toMatch(/st\.lineChart: selectionMode 'point' is not available on lines and areas/);
    expect(at.exception[0]!.proto.code).toBe('InvalidArgument');
    await at.selectbox[0]!.select('lasso').run();
    expect(at.exception[0]!.value).toMatch(/selectionMode 'lasso' is not one of 'point', 'interval'/);
    await at.selectbox[0]!.select('none').run();
    expect(at.exception[0]!.value).toMatch(/selectionMode lists no mode/);
    expect(() => at.scatterChart[0]!.select({ interval: [1, 2] })).toThrow(/interval selection 'interval' must map fields to \[min, max\]/);
    expect(() => at.scatterChart[0]!.select({ brush: {} })).toThrow(/'brush' is not a selection parameter of this chart \(point, interval\)/);
    expect(at.scatterChart[0]!.selection).toEqual({ point: [], interval: {} });
  });

  it('a rerun caused by a selection does not resend the chart and its series', async () => {
    const series = Array.from({ length: 5000 }, (_, i) => ({ t: i, v: Math.sin(i / 50) }));
    const runtime = createTestRuntime((st) => {
      const state = st.lineChart(series, { x: 't', y: 'v', onSelect: 'rerun', key: 'line' });
      st.text(`range: ${JSON.stringify(state.selection['interval'])}`);
    });
    const received: ForwardMsg[] = [];
    const conn = connectInMemory(runtime, { onMessage: (msg) => received.push(msg) });
    const session = runtime.session(conn.sessionId!)!;
    await session.runner.idle();
    const charts = () => received.filter((m) => m.type === 'delta' && 'element' in m && m.element.type === 'lineChart');
    const texts = () => received.filter((m) => m.type === 'delta' && 'element' in m && m.element.type === 'text');
    expect(charts()).toHaveLength(1);
    const chart = charts()[0]!;
    if (chart.type !== 'delta' || !('element' in chart) || typeof chart.element['id'] !== 'string') throw new Error('the chart is no widget');
    conn.send({ type: 'rerunScript', widgets: [{ id: chart.element['id'], value: { interval: { t: [100, 200] } } }] });
    await session.runner.idle();
    expect(texts().at(-1)).toMatchObject({ element: { body: 'range: {"t":[100,200]}' } });
    expect(charts()).toHaveLength(1);
    await runtime.close();
  });
});
