import { tableFromIPC } from 'apache-arrow';
import { ArrowColumn, type ArrowVectorLike } from './arrowColumn.js';
import { DataTable } from './dataTable.js';

/** The part of an Apache Arrow `Table` read here: any `apache-arrow` version's tables fit. */
export interface ArrowTableLike {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string }[] };
  getChildAt(index: number): ArrowVectorLike | null;
}

/** True for an Apache Arrow `Table` (of any `apache-arrow` copy: checked by shape, not `instanceof`). */
export function isArrowTable(value: unknown): value is ArrowTableLike {
  const t = value as Partial<ArrowTableLike> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    typeof t.numRows === 'number' &&
    typeof t.getChildAt === 'function' &&
    Array.isArray(t.schema?.fields) &&
    'batches' in t
  );
}

/** True for bytes that start like an Arrow IPC file (`ARROW1`) or stream (continuation marker). */
export function isArrowIpc(value: unknown): value is Uint8Array | ArrayBuffer {
  const bytes = value instanceof ArrayBuffer ? new Uint8Array(value, 0, Math.min(8, value.byteLength)) : value;
  if (!(bytes instanceof Uint8Array) || bytes.length < 6) return false;
  const file = bytes[0] === 0x41 && bytes[1] === 0x52 && bytes[2] === 0x52 && bytes[3] === 0x4f && bytes[4] === 0x57 && bytes[5] === 0x31;
  const stream = bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff;
  return file || stream;
}

/** A {@link DataTable} over an Arrow table's vectors, held by reference (no copy). */
export function tableFromArrow(table: ArrowTableLike): DataTable {
  const columns = table.schema.fields.map((field, i) => {
    const vector = table.getChildAt(i);
    if (!vector) throw new RangeError(`Arrow column ${i} ('${field.name}') is missing.`);
    return new ArrowColumn(field.name, vector);
  });
  return new DataTable(columns);
}

/** Decodes Arrow IPC bytes (file or stream format) with `apache-arrow`. */
export function decodeArrowIpc(bytes: Uint8Array | ArrayBuffer): ArrowTableLike {
  return tableFromIPC(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes) as unknown as ArrowTableLike;
}
