import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@lit-ui/core/protocol';
import { categorySlotsOf, withStableColors } from './categoryColors.js';
import { chartSummary } from './chartSummary.js';

const PALETTE = ['#c0', '#c1', '#c2', '#c3'];

function byOrigin(origins: string[]): JsonObject {
  return {
    mark: 'point',
    data: { values: origins.map((o, i) => ({ hp: i, mpg: i * 2, origin: o })) },
    encoding: { x: { field: 'hp', type: 'quantitative' }, y: { field: 'mpg', type: 'quantitative' }, color: { field: 'origin', type: 'nominal' } },
  };
}

const rangeOf = (spec: JsonObject) => ((spec['encoding'] as JsonObject)['color'] as JsonObject)['scale'];

describe('chart text alternative and stable category colours', () => {
  it('summarises what a chart shows, or uses its own description', () => {
    expect(chartSummary(byOrigin(['USA', 'Japan', 'USA']))).toBe('Scatter chart of mpg by hp, colored by origin (USA, Japan), 3 data points.');
    expect(chartSummary({ mark: { type: 'bar' }, title: 'Sales', encoding: { y: { field: 'n', title: 'Units' } } })).toBe(
      'Bar chart: Sales of Units.',
    );
    expect(chartSummary({ description: ' Weekly sales by region ', mark: 'line' })).toBe('Weekly sales by region');
    expect(chartSummary({ layer: [] })).toBe('Chart.');
  });

  it('keeps each category’s colour when a filter removes the others, per app', () => {
    const owner = {};
    const slots = categorySlotsOf(owner);
    expect(categorySlotsOf(owner)).toBe(slots);
    expect(rangeOf(withStableColors(byOrigin(['USA', 'Europe', 'Japan']), slots, PALETTE))).toEqual({
      domain: ['Europe', 'Japan', 'USA'],
      range: ['#c0', '#c1', '#c2'],
    });
    expect(rangeOf(withStableColors(byOrigin(['USA', 'Japan']), slots, PALETTE))).toEqual({ domain: ['Japan', 'USA'], range: ['#c1', '#c2'] });
    // A new category takes the lowest free slot; the old ones keep theirs.
    expect(rangeOf(withStableColors(byOrigin(['Mars', 'USA']), slots, PALETTE))).toEqual({ domain: ['Mars', 'USA'], range: ['#c3', '#c2'] });
    expect(categorySlotsOf({})).not.toBe(slots);
  });

  it('leaves specs with their own colour scale, or without a nominal colour field, unchanged', () => {
    const own = byOrigin(['USA']);
    ((own['encoding'] as JsonObject)['color'] as JsonObject)['scale'] = { scheme: 'tableau10' };
    expect(withStableColors(own, new Map(), PALETTE)).toBe(own);
    const quantitative = { ...byOrigin(['USA']), encoding: { color: { field: 'hp', type: 'quantitative' } } };
    expect(withStableColors(quantitative, new Map(), PALETTE)).toBe(quantitative);
  });
});
