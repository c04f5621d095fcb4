import { DateDay, Float16, Float32, Int16, makeBuilder, Table, tableFromArrays, TimestampMillisecond, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { DataTable } from './dataTable.js';
import { toDataTable } from './toDataTable.js';

/** Every column's permutation, both directions. */
const orders = (table: DataTable) => table.columns.flatMap((_, c) => [Array.from(table.sortIndex(c, 'asc')), Array.from(table.sortIndex(c, 'desc'))]);

function build(type: Parameters<typeof makeBuilder>[0]['type'], values: unknown[]) {
  const b = makeBuilder({ type, nullValues: [null] });
  for (const v of values) b.append(v);
  return b.finish().toVector();
}

describe('Arrow sort keys, read from the buffers', () => {
  it('sort as the same data given as plain columns: numbers, strings (dictionary and not), ties stable, nulls last', () => {
    const delay = [5, -3, null, 5, 0, -3, 12, null, 5, 7];
    const time = [0.5, 2.25, 1.5, null, 0.5, -1, 3, 2.25, null, 0.125];
    const origin = ['SFO', 'JFK', null, 'ATL', 'SFO', 'JFK', 'ATL', 'BOS', null, 'SFO'];
    const plain = toDataTable({ delay, time, time32: time, origin, name: origin }, 'dataframe');
    const arrow = new Table({
      delay: build(new Int16(), delay),
      time: vectorFromArray(time),
      time32: build(new Float32(), time),
      origin: vectorFromArray(origin), // Dictionary<Int32, Utf8>
      name: build(new Utf8(), origin), // not dictionary-encoded
    });
    expect(orders(toDataTable(arrow, 'dataframe'))).toEqual(orders(plain));
  });

  it('reads every batch, with its own dictionary and validity bits at an offset', () => {
    const a = tableFromArrays({ n: Float64Array.from([3, 1, 2]), s: ['b', 'c', 'b'] });
    const b = tableFromArrays({ n: Float64Array.from([1, 0, 3]), s: ['a', 'b', 'd'] });
    const sliced = new Table({ n: vectorFromArray([9, null, 4, 2]), s: vectorFromArray(['z', null, 'a', 'c']) }).slice(1);
    const arrow = a.concat(b).concat(sliced);
    const plain = toDataTable({ n: [3, 1, 2, 1, 0, 3, null, 4, 2], s: ['b', 'c', 'b', 'a', 'b', 'd', null, 'a', 'c'] }, 'dataframe');
    expect(orders(toDataTable(arrow, 'dataframe'))).toEqual(orders(plain));
  });

  it('orders dates, timestamps and half floats as their values', () => {
    const days = [new Date(Date.UTC(2024, 1, 3)), null, new Date(Date.UTC(2023, 5, 1)), new Date(Date.UTC(2024, 1, 3))];
    const arrow = new Table({
      day: build(new DateDay(), days),
      ts: build(new TimestampMillisecond(), [3000, 1000, null, 2000]),
      half: build(new Float16(), [0.5, -2, null, 0.25]),
    });
    const table = toDataTable(arrow, 'dataframe');
    expect(Array.from(table.sortIndex(0, 'asc'))).toEqual([2, 0, 3, 1]);
    expect(Array.from(table.sortIndex(0, 'desc'))).toEqual([0, 3, 2, 1]);
    expect(Array.from(table.sortIndex(1, 'asc'))).toEqual([1, 3, 0, 2]);
    expect(Array.from(table.sortIndex(2, 'asc'))).toEqual([1, 3, 0, 2]);
    expect(Array.from(table.sortIndex(2, 'desc'))).toEqual([0, 3, 1, 2]);
  });
});
