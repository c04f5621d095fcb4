import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

describe('charts and tables take the dataframe’s data forms', () => {
  it('a line chart of an Arrow table, a bar chart of arrays with columns, a table of typed columns', async () => {
    const arrow = tableFromArrays({ year: Int32Array.from([2000, 2001, 2002]), sales: Float64Array.from([1.5, 2, 4]) });
    const at = AppTest.fromFunction((st) => {
      st.lineChart(arrow, { x: 'year', y: 'sales' });
      st.barChart(
        [
          ['a', 3],
          ['b', 5],
        ],
        { x: 'label', y: 'count', columns: ['label', 'count'] },
      );
      st.table({ n: Int16Array.from([3, 1]) });
    });
    await at.run();
    expect(at.exception).toHaveLength(0);
    const values = (at.lineChart[0]!.value as { data: { values: unknown[] } }).data.values;
    expect(values).toEqual([
      { year: 2000, sales: 1.5 },
      { year: 2001, sales: 2 },
      { year: 2002, sales: 4 },
    ]);
    expect(at.table[0]!.value).toEqual([{ n: 3 }, { n: 1 }]);
  });
});
