import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import { columnConfig } from './columnConfig.js';

const rows = [
  { id: 1, name: 'ada', score: 0.5, url: 'https://example.com/ada', history: [1, 3, 2] },
  { id: 2, name: 'bob', score: 0.9, url: 'https://example.com/bob', history: [2, 2, 5] },
];

describe('st.columnConfig', () => {
  it('every column type of Streamlit builds its wire configuration with the common options', () => {
    const types = Object.keys(columnConfig);
    expect(types).toEqual([
      'Column',
      'TextColumn',
      'NumberColumn',
      'CheckboxColumn',
      'SelectboxColumn',
      'DatetimeColumn',
      'DateColumn',
      'TimeColumn',
      'ListColumn',
      'LinkColumn',
      'ImageColumn',
      'LineChartColumn',
      'AreaChartColumn',
      'BarChartColumn',
      'ProgressColumn',
      'JsonColumn',
    ]);
    expect(
      columnConfig.NumberColumn('Price', { format: 'dollar', minValue: 0, width: 'small', help: 'USD', pinned: true, required: true, default: 1 }),
    ).toEqual({
      kind: 'number',
      label: 'Price',
      format: 'dollar',
      minValue: 0,
      width: 'small',
      help: 'USD',
      pinned: true,
      required: true,
      default: 1,
    });
    expect(columnConfig.SelectboxColumn('Size', { options: ['S', 'M'] })).toEqual({ kind: 'selectbox', label: 'Size', options: ['S', 'M'] });
    expect(columnConfig.LinkColumn(null, { displayText: 'https://example.com/(.*)' })).toEqual({
      kind: 'link',
      displayText: 'https://example.com/(.*)',
    });
    expect(() => columnConfig.NumberColumn('x', { minValue: 5, maxValue: 1 })).toThrow(/minValue \(5\) is above maxValue \(1\)/);
    expect(() => columnConfig.NumberColumn('x', { step: 0 })).toThrow(/step must be positive/);
    expect(() => columnConfig.NumberColumn('x', { format: '%,.2f' })).toThrow(/NumberColumn: '%,\.2f' is not a printf format of one number/);
    expect(() => columnConfig.ProgressColumn('x', { format: '%d of %d' })).toThrow(/ProgressColumn: '%d of %d' is not a printf format/);
    expect(columnConfig.NumberColumn('x', { format: 'accounting' })).toMatchObject({ kind: 'number', format: 'accounting' });
  });

  it('st.dataframe hides null columns, pins columns first, and sends the configuration by column name', async () => {
    const at = AppTest.fromFunction((st) => {
      st.dataframe(rows, {
        columnConfig: {
          id: null,
          name: st.columnConfig.TextColumn('Name', { pinned: true }),
          score: st.columnConfig.ProgressColumn('Score', { minValue: 0, maxValue: 1 }),
          url: 'Profile',
          history: st.columnConfig.LineChartColumn('History', { yMin: 0 }),
        },
      });
    });
    await at.run();
    const df = at.dataframe[0]!;
    expect(df.columns).toEqual(['name', 'score', 'url', 'history']);
    expect(df.proto['columnConfig']).toEqual({
      name: { kind: 'text', label: 'Name', pinned: true },
      score: { kind: 'progress', label: 'Score', minValue: 0, maxValue: 1 },
      url: { kind: 'column', label: 'Profile' },
      history: { kind: 'lineChart', label: 'History', yMin: 0 },
    });
    expect(await df.rows(0, 1)).toEqual([{ name: 'ada', score: 0.5, url: 'https://example.com/ada', history: [1, 3, 2] }]);
  });

  it('a value that is not a column configuration is a clear error', async () => {
    const at = AppTest.fromFunction((st) => st.dataframe(rows, { columnConfig: { id: 42 as never } }));
    await at.run();
    expect(at.exception[0]!.message).toMatch(/columnConfig values are st\.columnConfig\.\* results/);
  });
});
