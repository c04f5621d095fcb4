import { invalidArgument } from '../errors.js';
import { DataTable } from './dataTable.js';
import { decodeArrowIpc, isArrowIpc, isArrowTable, tableFromArrow } from './fromArrow.js';
import { jsSource, tableFromJs, tableMatchesJs } from './fromJs.js';
import { originOf } from './sourceOrigin.js';

/** Options of {@link toDataTable}. */
export interface ToDataTableOptions {
  /** Names of the columns of an array of arrays (as pandas' `DataFrame(data, columns=...)`). */
  readonly columns?: readonly string[];
}

interface Built {
  readonly table: DataTable;
  readonly columnsKey: string;
}

/** Tables built from source objects, so a source shown again (another session, another run) shares one table. */
const built = new WeakMap<object, Built>();

/**
 * The {@link DataTable} of any data `st.dataframe`, `st.table` and the charts
 * accept: an array of row objects, an object of columns, an array of arrays
 * (named by `columns`), an array of values, an Apache Arrow `Table` or Arrow
 * IPC bytes (`Uint8Array`/`ArrayBuffer`, file or stream format), or a
 * `DataTable`.
 *
 * Tables are shared, not copied, wherever that is safe: an Arrow table (or
 * IPC buffer) maps to one `DataTable` over its vectors for as long as it
 * lives; a plain source object shown again (a `cacheResource` value, the
 * same array in another session) reuses its table after a check that its
 * cells are unchanged; a `cacheData` copy reuses the table of the cached
 * value it was cloned from, after the same check. So a big cached table is
 * held once, however many sessions show it.
 *
 * @throws LitUiError `InvalidArgument` for data of another shape.
 */
export function toDataTable(data: unknown, command: string, options: ToDataTableOptions = {}): DataTable {
  if (data instanceof DataTable) return data;
  const columnsKey = options.columns ? JSON.stringify(options.columns) : '';
  if (isArrowTable(data)) return remember(data, columnsKey, () => tableFromArrow(data));
  if (isArrowIpc(data)) return remember(data, columnsKey, () => tableFromArrow(decodeArrowIpc(data)));
  const source = jsSource(data, options.columns);
  if (!source) {
    throw invalidArgument(
      `st.${command}() takes an array of row objects, an object of column arrays, an array of arrays or values, ` +
        `or an Apache Arrow table (got ${describe(data)}).`,
    );
  }
  const object = data as object;
  const mine = built.get(object);
  if (mine && mine.columnsKey === columnsKey && tableMatchesJs(mine.table, source)) return mine.table;
  const origin = originOf(object);
  if (origin) {
    const originSource = jsSource(origin, options.columns);
    if (originSource) {
      const shared = remember(origin, columnsKey, () => tableFromJs(originSource));
      if (tableMatchesJs(shared, source)) {
        built.set(object, { table: shared, columnsKey });
        return shared;
      }
    }
  }
  const table = tableFromJs(source);
  built.set(object, { table, columnsKey });
  return table;
}

function remember(source: object, columnsKey: string, build: () => DataTable): DataTable {
  const known = built.get(source);
  if (known && known.columnsKey === columnsKey) return known.table;
  const table = build();
  built.set(source, { table, columnsKey });
  return table;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return value.constructor?.name ?? 'object';
}
