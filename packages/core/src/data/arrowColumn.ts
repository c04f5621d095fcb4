import { toJsonValue } from '../elements/jsonValue.js';
import type { JsonValue } from '../protocol/elements.js';
import { arrowDictionaryKeys, arrowNumberKeys, type ArrowDataLike } from './arrowSortKeys.js';
import { rankKeys, type ColumnType, type TableColumn } from './tableColumn.js';
import { isoDay, isoInstant, isoTimeOfDay } from './timeFormat.js';

/** The part of an Apache Arrow `DataType` read here (`apache-arrow`'s `Type` ids). */
export interface ArrowTypeLike {
  readonly typeId: number;
  readonly unit?: number;
  readonly bitWidth?: number;
  /** Of a `Float`: 0 half, 1 single, 2 double. */
  readonly precision?: number;
  readonly timezone?: string | null;
  /** Value type of a `Dictionary`. */
  readonly dictionary?: ArrowTypeLike;
  toString(): string;
}

/** The part of an Apache Arrow `Vector` read here. */
export interface ArrowVectorLike {
  readonly length: number;
  readonly nullCount: number;
  readonly type: ArrowTypeLike;
  get(index: number): unknown;
  isValid(index: number): boolean;
  toArray(): ArrayLike<unknown>;
  /** The vector's batches, read in place for sorting when present. */
  readonly data?: readonly ArrowDataLike[];
}

// apache-arrow's `Type` enum (stable across versions since 0.x).
const NULL = 1;
const INT = 2;
const FLOAT = 3;
const UTF8 = 5;
const BOOL = 6;
const DATE = 8;
const TIME = 9;
const TIMESTAMP = 10;
const LIST = 12;
const STRUCT = 13;
const FIXED_SIZE_LIST = 16;
const MAP = 17;
const LARGE_UTF8 = 20;
const LARGE_LIST = 21;
const DICTIONARY = -1;

/** How each Arrow type shows: the column type and the wire form of one value. */
function typeOf(type: ArrowTypeLike): { type: ColumnType; wire: (value: unknown) => JsonValue } {
  switch (type.typeId) {
    case INT:
      return type.bitWidth === 64 ? { type: 'bigint', wire: (v) => String(v) } : { type: 'number', wire: (v) => v as number };
    case FLOAT:
      return { type: 'number', wire: (v) => (Number.isFinite(v) ? (v as number) : null) };
    case UTF8:
    case LARGE_UTF8:
      return { type: 'string', wire: (v) => v as string };
    case BOOL:
      return { type: 'boolean', wire: (v) => v as boolean };
    case DATE:
      // Arrow hands both Date32<DAY> and Date64<MILLISECOND> out as epoch ms: calendar days.
      return { type: 'date', wire: (v) => isoDay(v as number) };
    case TIMESTAMP: {
      const zone = type.timezone ?? undefined;
      return { type: 'date', wire: (v) => isoInstant(v as number, zone) };
    }
    case TIME: {
      const perSecond = [1, 1e3, 1e6, 1e9][type.unit ?? 1]!;
      return { type: 'time', wire: (v) => isoTimeOfDay(Number(v) / perSecond) };
    }
    case LIST:
    case LARGE_LIST:
    case FIXED_SIZE_LIST:
      return { type: 'list', wire: (v) => toJsonValue(v) };
    case STRUCT:
    case MAP:
      return { type: 'object', wire: (v) => toJsonValue(v) };
    case DICTIONARY:
      return type.dictionary ? typeOf(type.dictionary) : { type: 'string', wire: (v) => toJsonValue(v) };
    case NULL:
      return { type: 'string', wire: () => null };
    default:
      // Decimal, binary, intervals, durations, unions: their text.
      return { type: 'string', wire: (v) => (typeof v === 'object' ? toJsonValue(v) : primitiveText(v)) };
  }
}

/**
 * A column of an Apache Arrow table, read in place: the Arrow vector is held
 * by reference (no copy), cells are converted to wire form only when a
 * window asks for them.
 */
export class ArrowColumn implements TableColumn {
  readonly type: ColumnType;
  readonly timezone?: string;
  private readonly toWire: (value: unknown) => JsonValue;
  private keys: Float64Array | undefined;

  constructor(
    readonly name: string,
    readonly vector: ArrowVectorLike,
  ) {
    const shown = typeOf(vector.type);
    this.type = shown.type;
    this.toWire = shown.wire;
    const zone = vector.type.typeId === TIMESTAMP ? vector.type.timezone : undefined;
    if (zone) this.timezone = zone;
  }

  get length(): number {
    return this.vector.length;
  }

  isNull(i: number): boolean {
    return this.vector.nullCount > 0 && !this.vector.isValid(i);
  }

  wire(i: number): JsonValue {
    const value = this.vector.get(i);
    return value === null || value === undefined ? null : this.toWire(value);
  }

  /**
   * Keys read straight from the number buffers are not kept (a copy of the
   * column, rebuilt in milliseconds when the other direction is asked for);
   * others (ranks of strings, cells read one by one) are.
   */
  sortKeys(): Float64Array {
    if (this.keys) return this.keys;
    const { vector } = this;
    const id = vector.type.typeId;
    const half = id === FLOAT && vector.type.precision === 0;
    // Straight from the buffers where the storage is one number per row (not half floats, not packed booleans).
    const stored = id === INT || id === FLOAT || id === DATE || id === TIMESTAMP || id === TIME;
    const direct = vector.data && stored && !half ? arrowNumberKeys(vector.data, vector.length) : undefined;
    if (direct) return direct;
    this.keys = this.computeKeys();
    return this.keys;
  }

  private computeKeys(): Float64Array {
    const { vector } = this;
    const id = vector.type.typeId;
    const numeric = id === INT || id === FLOAT || id === DATE || id === TIMESTAMP || id === TIME || id === BOOL;
    const half = id === FLOAT && vector.type.precision === 0;
    if (vector.data && id === DICTIONARY) {
      const ranked = arrowDictionaryKeys(vector.data, vector.length, this.toWire);
      if (ranked) return ranked;
    }
    if (!numeric) return rankKeys(vector.length, (i) => this.wire(i));
    const keys = new Float64Array(vector.length);
    // Half floats' arrays hold their bits, not their values: those are read through `get`.
    const raw = (id === INT && vector.type.bitWidth !== 64) || (id === FLOAT && !half) ? vector.toArray() : undefined;
    for (let i = 0; i < keys.length; i++) {
      if (vector.nullCount > 0 && !vector.isValid(i)) keys[i] = NaN;
      else keys[i] = Number(raw ? raw[i] : vector.get(i));
    }
    return keys;
  }
}

/** The text of a value that is not an object (as `String` gives it; functions give ''). */
function primitiveText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'symbol') return v.toString();
  return v === undefined ? 'undefined' : '';
}
