import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

interface Task {
  name: string;
  hours: number;
  done: boolean;
  size: string;
}
const tasks: Task[] = [
  { name: 'write', hours: 2, done: false, size: 'S' },
  { name: 'test', hours: 5, done: true, size: 'M' },
  { name: 'ship', hours: 1, done: false, size: 'S' },
];

function editorApp(seen: unknown[]) {
  return AppTest.fromFunction((st) => {
    const edited = st.dataEditor(tasks, {
      key: 'editor',
      numRows: 'dynamic',
      disabled: ['name'],
      columnConfig: {
        hours: st.columnConfig.NumberColumn('Hours', { minValue: 0, maxValue: 40 }),
        size: st.columnConfig.SelectboxColumn('Size', { options: ['S', 'M', 'L'], required: true }),
      },
    });
    seen.push(edited);
  });
}

describe('st.dataEditor', () => {
  it('returns the data with edits, added and deleted rows, in the shape it was given; the state is Streamlit’s', async () => {
    const seen: unknown[] = [];
    const at = editorApp(seen);
    await at.run();
    expect(seen.at(-1)).toEqual(tasks);
    expect((seen.at(-1) as Task[])[0]).toBe(tasks[0]); // unedited rows are the same objects
    await at.dataEditor[0]!.editCell(1, 'hours', 8)
      .editCell(1, 'size', 'L')
      .addRow({ name: 'party', hours: 3, done: false, size: 'M' })
      .deleteRows([0])
      .run();
    expect(seen.at(-1)).toEqual([
      { name: 'test', hours: 8, done: true, size: 'L' },
      { name: 'ship', hours: 1, done: false, size: 'S' },
      { name: 'party', hours: 3, done: false, size: 'M' },
    ]);
    expect(at.sessionState['editor']).toEqual({
      editedRows: { '1': { hours: 8, size: 'L' } },
      addedRows: [{ name: 'party', hours: 3, done: false, size: 'M' }],
      deletedRows: [0],
    });
    expect(tasks[1]!.hours).toBe(5); // the app's data is never changed
  });

  it('keeps an object of columns an object of columns', async () => {
    const seen: unknown[] = [];
    const at = AppTest.fromFunction((st) => void seen.push(st.dataEditor({ a: [1, 2], b: ['x', 'y'] })));
    await at.run();
    await at.dataEditor[0]!.editCell(0, 'a', 10).run();
    expect(seen.at(-1)).toEqual({ a: [10, 2], b: ['x', 'y'] });
  });

  it('refuses edits of the wrong type, out of bounds, outside the options, in disabled columns, or rows in a fixed editor', async () => {
    const seen: unknown[] = [];
    const at = editorApp(seen);
    await at.run();
    const editor = at.dataEditor[0]!;
    expect(() => editor.editCell(0, 'hours', 'lots')).toThrow(/row 0, column 'hours': expected a number, got "lots"/);
    expect(() => editor.editCell(0, 'hours', 41)).toThrow(/41 is above the maximum 40/);
    expect(() => editor.editCell(0, 'size', 'XL')).toThrow(/"XL" is not one of the options/);
    expect(() => editor.editCell(0, 'name', 'x')).toThrow(/column 'name' is disabled/);
    expect(() => editor.editCell(7, 'hours', 1)).toThrow(/row 7 does not exist/);
    expect(() => editor.addRow({ name: 'no size' })).toThrow(/added row 0, column 'size': a value is required/);
    const fixed = AppTest.fromFunction((st) => void st.dataEditor(tasks));
    await fixed.run();
    expect(() => fixed.dataEditor[0]!.deleteRows([0])).toThrow(/numRows: 'dynamic'/);
    // Nothing was staged: the next run sees the data unchanged.
    await at.run();
    expect(seen.at(-1)).toEqual(tasks);
  });
});
