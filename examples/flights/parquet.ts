/**
 * The flights explorer's big dataset: `flights-3m.parquet` from the
 * `vega-datasets` package (3,000,000 US flights of 2001: date, delay,
 * distance, origin, destination), read with `hyparquet` (ZSTD pages through
 * `hyparquet-compressors`) column by column into typed arrays, then into an
 * Apache Arrow table with the same schema as `flights-200k.arrow` (delay and
 * distance as Int16, time of day in hours as Float32), so the rest of the
 * app filters, charts and pages both alike.
 */
import { readFile } from 'node:fs/promises';
import { tableFromArrays, type Table } from 'apache-arrow';
import { parquetMetadata, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { cacheData } from '@lit-ui/core';

/** Milliseconds in an hour. */
const HOUR_MS = 3_600_000;

/** Typed columns being filled from the file's column chunks. */
interface Columns {
  readonly delay: Int16Array;
  readonly distance: Int16Array;
  readonly time: Float32Array;
}

/** Copies one column chunk (hyparquet's INT64 as bigint, timestamps as Date) into the typed columns. */
function copyChunk(columns: Columns, name: string, data: ArrayLike<unknown>, rowStart: number): void {
  if (name === 'date') {
    // Hours since midnight of the flight's local departure time (timestamps without zone: read as UTC).
    for (let i = 0; i < data.length; i++) columns.time[rowStart + i] = ((data[i] as Date).getTime() % (24 * HOUR_MS)) / HOUR_MS;
  } else if (name === 'delay' || name === 'distance') {
    const target = columns[name];
    for (let i = 0; i < data.length; i++) target[rowStart + i] = Number(data[i]);
  }
}

/**
 * Every flight of `flights-3m.parquet` as one Arrow table (`delay`,
 * `distance`, `time`), read once per process and shared by every session
 * through `cacheData` (about 24 MB of columns; the read takes a few seconds).
 *
 * @throws Error when the file is not a Parquet file hyparquet can read.
 */
export const loadFlights3m = cacheData(async (): Promise<Table> => {
  const bytes = await readFile(new URL('../data/flights-3m.parquet', import.meta.resolve('vega-datasets')));
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = Number(parquetMetadata(file).num_rows);
  const columns: Columns = { delay: new Int16Array(rows), distance: new Int16Array(rows), time: new Float32Array(rows) };
  await parquetRead({
    file,
    compressors,
    columns: ['date', 'delay', 'distance'],
    onChunk: ({ columnName, columnData, rowStart }) => copyChunk(columns, columnName, columnData, rowStart),
  });
  return tableFromArrays({ ...columns });
});
