import { describe, expect, it } from 'vitest';
import type { DataframeState } from './dataframeSelection.js';
import { AppTest } from '../testing/appTest.js';

const rows = Array.from({ length: 500 }, (_, i) => ({ id: i, name: `row ${i}`, score: i % 7 }));

describe('st.dataframe selections (onSelect)', () => {
  it('returns the selected rows, columns and cells; the selection is in session state under its key', async () => {
    const seen: DataframeState[] = [];
    const at = AppTest.fromFunction((st) => {
      const state = st.dataframe(rows, { onSelect: 'rerun', selectionMode: ['multi-row', 'multi-column', 'single-cell'], key: 'picked' });
      seen.push(state);
      st.text(`${state.selection.rows.length} rows`);
    });
    await at.run();
    expect(seen.at(-1)).toEqual({ selection: { rows: [], columns: [], cells: [] } });
    const df = at.dataframe[0]!;
    expect(df.proto['selectionMode']).toEqual(['multi-row', 'multi-column', 'single-cell']);
    await df
      .selectRows([3, 499])
      .selectColumns(['name'])
      .selectCells([[7, 'score']])
      .run();
    expect(seen.at(-1)).toEqual({ selection: { rows: [3, 499], columns: ['name'], cells: [[7, 'score']] } });
    expect(at.text[0]!.value).toBe('2 rows');
    expect((at.sessionState['picked'] as DataframeState).selection.rows).toEqual([3, 499]);
    expect(at.dataframe[0]!.selection.rows).toEqual([3, 499]);
  });

  it('calls the onSelect callback before the rerun', async () => {
    const calls: number[][] = [];
    const at = AppTest.fromFunction((st) => {
      st.dataframe(rows, { onSelect: () => calls.push([...(st.sessionState['t'] as DataframeState).selection.rows]), key: 't' });
    });
    await at.run();
    await at.dataframe[0]!.selectRows([1]).run();
    expect(calls).toEqual([[1]]);
  });

  it('refuses rows that do not exist, columns not shown, and more than one in single modes — the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      st.dataframe(rows, { onSelect: 'rerun', selectionMode: 'single-row', columnOrder: ['id', 'name'] });
      st.button('ok');
    });
    await at.run();
    const df = at.dataframe[0]!;
    expect(() => df.selectRows([500])).toThrow(/row 500 does not exist \(the table has 500 rows\)/);
    expect(() => df.selectRows([1, 2])).toThrow(/only one row can be selected/);
    expect(() => df.selectColumns(['id'])).toThrow(/column selection is not enabled/);
    expect(() => df.selectCells([[0, 'score']])).toThrow(/column "score" is not shown/);
    // A client sending a bad selection gets an InvalidWidgetValue error; nothing else changes.
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(0);
  });

  it('a dataframe without onSelect is not a widget; bad selection modes are errors', async () => {
    const at = AppTest.fromFunction((st) => {
      st.dataframe(rows);
      st.dataframe(rows, { onSelect: 'rerun', selectionMode: ['single-row', 'multi-row'] });
    });
    await at.run();
    expect(at.dataframe[0]!.id).toBeUndefined();
    expect(() => at.dataframe[0]!.selectRows([1])).toThrow(/does not select/);
    expect(at.exception[0]!.message).toMatch(/cannot hold both single-row and multi-row/);
  });
});
