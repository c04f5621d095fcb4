import { describe, expect, it } from 'vitest';
import type { VegaLiteState } from './chartSelection.js';
import { prepareSelections } from './chartSelection.js';
import { AppTest } from '../testing/appTest.js';

const cars = [
  { name: 'a', hp: 90, mpg: 30, origin: 'Japan' },
  { name: 'b', hp: 150, mpg: 18, origin: 'USA' },
  { name: 'c', hp: 110, mpg: 25, origin: 'Europe' },
];

const spec = {
  mark: 'point',
  params: [
    { name: 'pick', select: { type: 'point', fields: ['origin'] } },
    { name: 'brush', select: 'interval' },
  ],
  encoding: { x: { field: 'hp', type: 'quantitative' }, y: { field: 'mpg', type: 'quantitative' } },
};

describe('st.vegaLiteChart selections (onSelect)', () => {
  it('returns each selection parameter (points as field objects, intervals as [min, max]); the state is in session state under its key', async () => {
    const seen: VegaLiteState[] = [];
    const at = AppTest.fromFunction((st) => {
      const state = st.vegaLiteChart(cars, spec, { onSelect: 'rerun', key: 'chart' });
      seen.push(state);
      const picked = (state.selection['pick'] as { origin: string }[]).map((p) => p.origin);
      st.dataframe(picked.length ? cars.filter((c) => picked.includes(c.origin)) : cars);
    });
    await at.run();
    expect(seen.at(-1)).toEqual({ selection: { pick: [], brush: {} } });
    const chart = at.vegaLiteChart[0]!;
    expect(chart.proto.selectionParams).toEqual([
      { name: 'pick', type: 'point' },
      { name: 'brush', type: 'interval' },
    ]);
    await chart.select({ pick: [{ origin: 'Japan' }], brush: { hp: [80, 120], mpg: [20, 35] } }).run();
    expect(seen.at(-1)).toEqual({ selection: { pick: [{ origin: 'Japan' }], brush: { hp: [80, 120], mpg: [20, 35] } } });
    expect(at.dataframe[0]!.rowCount).toBe(1);
    expect((at.sessionState['chart'] as VegaLiteState).selection['pick']).toEqual([{ origin: 'Japan' }]);
    expect(at.vegaLiteChart[0]!.selection['brush']).toEqual({ hp: [80, 120], mpg: [20, 35] });
  });

  it('selectionMode picks parameters; the callback runs before the rerun', async () => {
    const calls: unknown[] = [];
    const at = AppTest.fromFunction((st) => {
      st.vegaLiteChart(cars, spec, {
        onSelect: () => calls.push((st.sessionState['c'] as VegaLiteState).selection),
        selectionMode: 'brush',
        key: 'c',
      });
    });
    await at.run();
    expect(at.vegaLiteChart[0]!.proto.selectionParams).toEqual([{ name: 'brush', type: 'interval' }]);
    await at.vegaLiteChart[0]!.select({ brush: { hp: [100, 200] } }).run();
    expect(calls).toEqual([{ brush: { hp: [100, 200] } }]);
  });

  it('refuses selections of unknown parameters or of the wrong shape — the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      st.vegaLiteChart(cars, spec, { onSelect: 'rerun' });
      st.button('ok');
    });
    await at.run();
    const chart = at.vegaLiteChart[0]!;
    expect(() => chart.select({ other: [] })).toThrow(/'other' is not a selection parameter of this chart \(pick, brush\)/);
    expect(() => chart.select({ pick: { origin: 'USA' } })).toThrow(/point selection 'pick' must be a list of objects/);
    expect(() => chart.select({ pick: [{ origin: { nested: 1 } }] })).toThrow(/point selection 'pick'/);
    expect(() => chart.select({ brush: { hp: [1, 2, 3] } })).toThrow(/interval selection 'brush' must map fields to \[min, max\]/);
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(0);
  });

  it('a chart without onSelect is not a widget; onSelect without a selection parameter, or an unknown selectionMode, is an error', async () => {
    const at = AppTest.fromFunction((st) => {
      st.vegaLiteChart(cars, { mark: 'point' });
      st.vegaLiteChart(cars, { mark: 'bar' }, { onSelect: 'rerun' });
    });
    await at.run();
    expect(at.vegaLiteChart[0]!.id).toBeUndefined();
    expect(() => at.vegaLiteChart[0]!.select({})).toThrow(/does not select/);
    expect(at.exception[0]!.message).toMatch(/onSelect needs at least one selection parameter/);
    const bad = AppTest.fromFunction((st) => void st.vegaLiteChart(cars, spec, { onSelect: 'rerun', selectionMode: ['nope'] }));
    await bad.run();
    expect(bad.exception[0]!.message).toMatch(/selectionMode names 'nope', which is not a selection parameter of the spec \(pick, brush\)/);
  });

  it('a point selection that projects nothing reports the fields its view encodes; layered views are searched', () => {
    const { spec: prepared, params } = prepareSelections({
      layer: [
        { mark: 'line', encoding: { x: { field: 'hp' }, y: { field: 'mpg' } } },
        { mark: 'point', params: [{ name: 'p', select: 'point' }], encoding: { x: { field: 'hp' }, color: { field: 'origin' } } },
      ],
    });
    expect(params).toEqual([{ name: 'p', type: 'point' }]);
    const layer = prepared['layer'] as { params?: { select: unknown }[] }[];
    expect(layer[1]!.params![0]!.select).toEqual({ type: 'point', fields: ['hp', 'origin'] });
  });

  it('the same chart with other data is another widget (its selection starts empty), unless keyed', async () => {
    let data = cars;
    const at = AppTest.fromFunction((st) => {
      st.vegaLiteChart(data, spec, { onSelect: 'rerun' });
      st.vegaLiteChart(data, spec, { onSelect: 'rerun', key: 'kept' });
    });
    await at.run();
    await at.vegaLiteChart[0]!.select({ pick: [{ origin: 'USA' }] }).run();
    await at.vegaLiteChart[1]!.select({ pick: [{ origin: 'USA' }] }).run();
    data = cars.slice(0, 2);
    await at.run();
    expect(at.vegaLiteChart[0]!.selection['pick']).toEqual([]);
    expect(at.vegaLiteChart[1]!.selection['pick']).toEqual([{ origin: 'USA' }]);
  });
});
