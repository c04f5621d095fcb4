import {
  tableFromArrays,
  tableToIPC,
  vectorFromArray,
  makeBuilder,
  TimestampMillisecond,
  DateDay,
  Int64,
  TimeMillisecond,
  Table,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { recordOrigin } from './sourceOrigin.js';
import { toDataTable } from './toDataTable.js';

const when = new Date(Date.UTC(2024, 0, 5, 13, 45));

describe('toDataTable: every data form', () => {
  const expected = [
    [1, 'x', true],
    [2, null, false],
  ];
  it('reads arrays of row objects, objects of columns, arrays of arrays with columns', () => {
    const forms = [
      toDataTable(
        [
          { n: 1, s: 'x', b: true },
          { n: 2, s: null, b: false },
        ],
        'dataframe',
      ),
      toDataTable({ n: [1, 2], s: ['x', null], b: [true, false] }, 'dataframe'),
      toDataTable(
        [
          [1, 'x', true],
          [2, undefined, false],
        ],
        'dataframe',
        { columns: ['n', 's', 'b'] },
      ),
    ];
    for (const table of forms) {
      expect(table.schema()).toEqual([
        { name: 'n', type: 'number' },
        { name: 's', type: 'string' },
        { name: 'b', type: 'boolean' },
      ]);
      expect(table.window(0, 2)).toEqual(expected);
    }
    expect(
      toDataTable([[1, 2]], 'dataframe')
        .schema()
        .map((c) => c.name),
    ).toEqual(['0', '1']);
    expect(toDataTable([5, 6], 'dataframe').records()).toEqual([{ value: 5 }, { value: 6 }]);
    expect(toDataTable({ x: new Float64Array([1.5, 2]) }, 'dataframe').window(0, 2)).toEqual([[1.5], [2]]);
  });

  it('shows types as they are: big integers exact, dates, nulls, lists, nested objects, mixed', () => {
    const table = toDataTable(
      [
        { big: 2n ** 70n, when, list: [1, 2], obj: { a: { b: 1 } }, mixed: 1, nan: NaN },
        { big: null, when: null, list: null, obj: null, mixed: 'one', nan: 2 },
      ],
      'dataframe',
    );
    expect(table.schema().map((c) => c.type)).toEqual(['bigint', 'date', 'list', 'object', 'object', 'number']);
    expect(table.window(0, 2)).toEqual([
      ['1180591620717411303424', '2024-01-05T13:45:00.000Z', [1, 2], { a: { b: 1 } }, 1, null],
      [null, null, null, null, 'one', 2],
    ]);
  });

  it('reads an Apache Arrow table in place, with zoned timestamps, days, times, int64 and dictionaries', () => {
    const build = (type: Parameters<typeof makeBuilder>[0]['type'], values: unknown[]) => {
      const b = makeBuilder({ type, nullValues: [null] });
      for (const v of values) b.append(v);
      return b.finish().toVector();
    };
    const arrow = new Table({
      ts: build(new TimestampMillisecond('America/New_York'), [when.getTime(), null]),
      naive: build(new TimestampMillisecond(), [when.getTime(), null]),
      day: build(new DateDay(), [when, null]),
      time: build(new TimeMillisecond(), [3_723_500, null]),
      id: build(new Int64(), [2n ** 60n, null]),
      name: vectorFromArray(['a', null]),
      score: vectorFromArray([1.5, null]),
      tags: vectorFromArray([[1, 2], [3]]),
      point: vectorFromArray([
        { x: 1, y: 2 },
        { x: 3, y: 4 },
      ]),
    });
    const table = toDataTable(arrow, 'dataframe');
    expect(table.schema()).toEqual([
      { name: 'ts', type: 'date', timezone: 'America/New_York' },
      { name: 'naive', type: 'date' },
      { name: 'day', type: 'date' },
      { name: 'time', type: 'time' },
      { name: 'id', type: 'bigint' },
      { name: 'name', type: 'string' },
      { name: 'score', type: 'number' },
      { name: 'tags', type: 'list' },
      { name: 'point', type: 'object' },
    ]);
    expect(table.window(0, 2)).toEqual([
      [
        '2024-01-05T08:45:00.000-05:00',
        '2024-01-05T13:45:00.000',
        '2024-01-05',
        '01:02:03.500',
        '1152921504606846976',
        'a',
        1.5,
        [1, 2],
        { x: 1, y: 2 },
      ],
      [null, null, null, null, null, null, null, [3], { x: 3, y: 4 }],
    ]);
    expect(toDataTable(arrow, 'dataframe')).toBe(table);
  });

  it('reads Arrow IPC bytes, file and stream formats', () => {
    const arrow = tableFromArrays({ a: Int32Array.from([3, 1, 2]), s: ['c', 'a', 'b'] });
    for (const format of ['file', 'stream'] as const) {
      const table = toDataTable(tableToIPC(arrow, format), 'dataframe');
      expect(table.records()).toEqual([
        { a: 3, s: 'c' },
        { a: 1, s: 'a' },
        { a: 2, s: 'b' },
      ]);
      expect(Array.from(table.sortIndex(1, 'asc'))).toEqual([1, 2, 0]);
    }
  });

  it('refuses other data with a clear error', () => {
    expect(() => toDataTable(42, 'dataframe')).toThrow(/st\.dataframe\(\) takes .*Arrow table \(got number\)/);
    expect(() => toDataTable(new Map(), 'table')).toThrow(/got Map/);
  });
});

describe('sharing', () => {
  it('a source shown again reuses its table while its cells are unchanged', () => {
    const rows = [{ a: 1 }, { a: 2 }];
    const first = toDataTable(rows, 'dataframe');
    expect(toDataTable(rows, 'dataframe')).toBe(first);
    rows[1]!.a = 3;
    const changed = toDataTable(rows, 'dataframe');
    expect(changed).not.toBe(first);
    expect(changed.window(1, 2)).toEqual([[3]]);
  });

  it('an object of column arrays is checked column by column: any changed cell, type or length makes a new table', () => {
    const columns = {
      n: new Int16Array([1, 2, 3]),
      f: new Float64Array([0.5, NaN, 2]),
      d: [new Date(0), null, new Date(86_400_000)],
      s: ['x', null, 'z'],
      b: [true, false, null],
    };
    const first = toDataTable(columns, 'dataframe');
    expect(first.columns.map((c) => c.type)).toEqual(['number', 'number', 'date', 'string', 'boolean']);
    expect(first.window(1, 2)).toEqual([[2, null, null, null, false]]);
    expect(toDataTable(columns, 'dataframe')).toBe(first);
    const changes: ((c: typeof columns) => void)[] = [
      (c) => (c.n[2] = 4),
      (c) => (c.f[1] = 1),
      (c) => (c.d[1] = new Date(5)),
      (c) => ((c.d as unknown[])[0] = 'not a date'),
      (c) => (c.s[2] = 'zz'),
      (c) => ((c.s as unknown[])[0] = 7),
      (c) => (c.b[2] = true),
      (c) => ((c.b as unknown[])[0] = 'yes'),
    ];
    for (const change of changes) {
      const copy = { n: columns.n.slice(), f: columns.f.slice(), d: [...columns.d], s: [...columns.s], b: [...columns.b] };
      expect(toDataTable(copy, 'dataframe').window(0, 3)).toEqual(first.window(0, 3));
      const table = toDataTable(copy, 'dataframe');
      change(copy);
      const rebuilt = toDataTable(copy, 'dataframe');
      expect(rebuilt).not.toBe(table);
      expect(rebuilt.window(0, 3)).not.toEqual(first.window(0, 3));
    }
  });

  it('typed columns of different lengths pad with nulls, and a grown column is a new table', () => {
    const columns: { a: Float32Array; b: Uint8Array } = { a: new Float32Array([1.5, 2.5]), b: new Uint8Array([7]) };
    const first = toDataTable(columns, 'dataframe');
    expect(first.window(0, 2)).toEqual([
      [1.5, 7],
      [2.5, null],
    ]);
    expect(toDataTable(columns, 'dataframe')).toBe(first);
    columns.b = new Uint8Array([7, 8]);
    const grown = toDataTable(columns, 'dataframe');
    expect(grown).not.toBe(first);
    expect(grown.window(1, 2)).toEqual([[2.5, 8]]);
  });

  it('copies made by cacheData share the table of the cached value, unless the copy was changed', () => {
    const cached = Array.from({ length: 1000 }, (_, i) => ({ i, s: `row ${i}` }));
    const copyA = recordOrigin(structuredClone(cached), cached);
    const copyB = recordOrigin(structuredClone(cached), cached);
    const a = toDataTable(copyA, 'dataframe');
    expect(toDataTable(copyB, 'dataframe')).toBe(a);
    const copyC = recordOrigin(structuredClone(cached), cached);
    copyC[5]!.s = 'changed';
    const c = toDataTable(copyC, 'dataframe');
    expect(c).not.toBe(a);
    expect(c.window(5, 6)).toEqual([[5, 'changed']]);
  });

  it('sort permutations are kept with the table: stable, nulls last', () => {
    const table = toDataTable({ n: [3, null, 1, 3, 2], s: ['b', 'a', null, 'a', 'c'] }, 'dataframe');
    expect(Array.from(table.sortIndex(0, 'asc'))).toEqual([2, 4, 0, 3, 1]);
    expect(Array.from(table.sortIndex(0, 'desc'))).toEqual([0, 3, 4, 2, 1]);
    expect(Array.from(table.sortIndex(1, 'asc'))).toEqual([1, 3, 0, 4, 2]);
    expect(table.sortIndex(1, 'asc')).toBe(table.sortIndex(1, 'asc'));
  });
});
