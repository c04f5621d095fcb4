/**
 * Fast paths for data given as an object of column arrays (the usual shape
 * of big data in JavaScript: typed arrays, or one array per column). A
 * column is read in one tight loop over its array instead of cell by cell
 * through a generic reader, so building a million-row table and checking,
 * on the next run, that its source is unchanged take milliseconds.
 */
import { BooleanColumn, Float64Column, JsonColumn, type TableColumn } from './tableColumn.js';

/** Typed arrays of numbers (not of bigints, not DataView). */
type NumberArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/** True for a typed array of numbers (a column of type `number`, NaN as null). */
export function isNumberArray(array: ArrayLike<unknown>): array is NumberArray {
  return ArrayBuffer.isView(array) && !(array instanceof DataView) && !(array instanceof BigInt64Array) && !(array instanceof BigUint64Array);
}

/** A `number` column over a copy of a typed array of numbers, padded with nulls (NaN) to `rowCount`. */
export function numberColumn(name: string, array: NumberArray, rowCount: number): Float64Column {
  const values = new Float64Array(rowCount).fill(NaN);
  values.set(array.length > rowCount ? array.subarray(0, rowCount) : array);
  return new Float64Column(name, 'number', values);
}

/** Equal stored and source numbers, NaN (null) equal to NaN. */
const same = (stored: number, value: number): boolean => stored === value || (stored !== stored && value !== value);

/** A Float64Column against its source array: numbers (or dates) in place, null/undefined as NaN; any other cell is a change. */
function floatMatches(column: Float64Column, array: ArrayLike<unknown>, rowCount: number): boolean {
  const stored = column.values;
  if (isNumberArray(array)) {
    if (column.type !== 'number') return false;
    for (let r = 0; r < rowCount; r++) if (!same(stored[r]!, r < array.length ? array[r]! : NaN)) return false;
    return true;
  }
  const dates = column.type === 'date';
  for (let r = 0; r < rowCount; r++) {
    const cell = array[r];
    let value: number;
    if (cell === null || cell === undefined) value = NaN;
    else if (dates && cell instanceof Date) value = cell.getTime();
    else if (!dates && typeof cell === 'number') value = cell;
    else return false;
    if (!same(stored[r]!, value)) return false;
  }
  return true;
}

/**
 * Whether `column` still holds exactly the cells of its source `array`
 * (`rowCount` rows; cells past the array's end are null), checked in one
 * loop; undefined when this column kind has no fast path (the caller
 * checks cell by cell). A `false` may also mean the column's type would
 * change: the caller rebuilds the table either way.
 */
export function columnArrayMatches(column: TableColumn, array: ArrayLike<unknown>, rowCount: number): boolean | undefined {
  if (column.length !== rowCount) return false;
  if (column instanceof Float64Column) return floatMatches(column, array, rowCount);
  if (isNumberArray(array)) return false;
  if (column instanceof BooleanColumn) {
    const stored = column.values;
    for (let r = 0; r < rowCount; r++) {
      const cell = array[r];
      const value = cell === true ? 1 : cell === false ? 0 : cell === null || cell === undefined ? 2 : -1;
      if (value < 0 || stored[r] !== value) return false;
    }
    return true;
  }
  if (column instanceof JsonColumn && column.type === 'string') {
    const stored = column.values;
    for (let r = 0; r < rowCount; r++) {
      const cell = array[r];
      if (typeof cell === 'string' ? stored[r] !== cell : !(cell === null || cell === undefined) || stored[r] !== null) return false;
    }
    return true;
  }
  return undefined;
}
