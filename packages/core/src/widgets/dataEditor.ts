import type { DataTable } from '../data/dataTable.js';
import type { DataframeFields, DataframeOptions } from '../elements/data.js';
import { cellProblem } from '../protocol/cellEdits.js';
import type { ColumnConfigWire, DataColumn, EditingState, ElementProtoOf, JsonValue } from '../protocol/elements.js';
import { widget } from '../protocol/elementSpec.js';
import { invalidValue, type WidgetDefinition } from './widgetDefinition.js';

/** `st.dataEditor` in the element map: a server-paged table whose value is the editing state. */
export const dataEditorElements = {
  /** `st.dataEditor`: an editable, virtualized table whose value is the edits, as Streamlit's `st.data_editor`. */
  dataEditor: widget<
    DataframeFields & {
      /** The edits so far, as Streamlit's editing state. */
      value: EditingState;
      /** `'dynamic'`: users add and delete rows. */
      numRows: 'fixed' | 'dynamic';
      /** Columns users cannot edit (all when true). */
      disabledColumns?: true | string[];
    },
    EditingState
  >().with(),
};

/** Options of `st.dataEditor`, as Streamlit's `st.data_editor`. */
export interface DataEditorOptions extends DataframeOptions {
  /** `'fixed'` (default): cells only; `'dynamic'`: users also add and delete rows. */
  readonly numRows?: 'fixed' | 'dynamic';
  /** `true` disables editing of every column; a list of names disables those. */
  readonly disabled?: boolean | readonly string[];
  /** Widget key: the editing state's name in `st.sessionState`. */
  readonly key?: string;
  /** Called before the next run when the user edited. */
  readonly onChange?: () => unknown;
}

const EMPTY: EditingState = { editedRows: {}, addedRows: [], deletedRows: [] };

function isObject(value: JsonValue | undefined): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `st.dataEditor`: a widget whose value is Streamlit's editing state
 * (`{ editedRows, addedRows, deletedRows }`). Every edit the client sends is
 * checked on the server against the column's type and configuration
 * ({@link cellProblem}), disabled columns, and `numRows`; a bad one is an
 * `InvalidWidgetValue` error naming the row, the column and the problem.
 */
export function dataEditorDefinition(
  base: Omit<ElementProtoOf<'dataframe'>, 'type'>,
  options: DataEditorOptions,
): WidgetDefinition<EditingState, 'dataEditor'> {
  const label = '';
  const columns = new Map<string, DataColumn>(base.columns.map((c) => [c.name, c]));
  const config = (name: string): ColumnConfigWire | undefined => base.columnConfig?.[name];
  const disabled = (name: string) =>
    options.disabled === true || (Array.isArray(options.disabled) && options.disabled.includes(name)) || config(name)?.disabled === true;
  const dynamic = options.numRows === 'dynamic';
  const fail = (problem: string) => invalidValue('dataEditor', label, problem);
  const checkRow = (cells: JsonValue | undefined, where: string, editing: boolean): Record<string, JsonValue> => {
    if (!isObject(cells)) throw fail(`${where}: expected an object of cells`);
    for (const [name, value] of Object.entries(cells)) {
      const column = columns.get(name);
      if (!column) throw fail(`${where}: there is no column '${name}'`);
      if (editing && disabled(name)) throw fail(`${where}: column '${name}' is disabled`);
      const problem = cellProblem(value, column, config(name));
      if (problem) throw fail(`${where}, column '${name}': ${problem}`);
    }
    return cells;
  };
  const deserialize = (wire: JsonValue): EditingState => {
    if (!isObject(wire)) throw fail('expected { editedRows, addedRows, deletedRows }');
    const edited = wire['editedRows'] ?? {};
    if (!isObject(edited)) throw fail('editedRows must be an object');
    const editedRows: Record<string, Record<string, JsonValue>> = {};
    for (const [key, cells] of Object.entries(edited)) {
      const row = Number(key);
      if (!Number.isInteger(row) || row < 0 || row >= base.rowCount) throw fail(`row ${key} does not exist (the table has ${base.rowCount} rows)`);
      editedRows[String(row)] = checkRow(cells, `row ${row}`, true);
    }
    const added = wire['addedRows'] ?? [];
    const deleted = wire['deletedRows'] ?? [];
    if (!Array.isArray(added) || !Array.isArray(deleted)) throw fail('addedRows and deletedRows must be arrays');
    if (!dynamic && (added.length > 0 || deleted.length > 0)) throw fail("rows can be added or deleted only with numRows: 'dynamic'");
    const addedRows = added.map((cells, i) => {
      const row = checkRow(cells, `added row ${i}`, false);
      for (const [name, column] of columns) {
        if (config(name)?.required && (row[name] === undefined || row[name] === null))
          throw fail(`added row ${i}, column '${column.name}': a value is required`);
      }
      return row;
    });
    const deletedRows = [...new Set(deleted)].map((r) => {
      if (typeof r !== 'number' || !Number.isInteger(r) || r < 0 || r >= base.rowCount) throw fail(`deleted row ${JSON.stringify(r)} does not exist`);
      return r;
    });
    return { editedRows, addedRows, deletedRows };
  };
  return {
    type: 'dataEditor',
    label,
    options: options.key !== undefined ? { key: options.key } : {},
    identity: { dataId: base.dataId, numRows: options.numRows ?? 'fixed', disabled: options.disabled ?? false },
    defaultValue: EMPTY,
    customDefault: false,
    deserialize,
    serialize: (value) => {
      try {
        return deserialize(value as unknown as JsonValue) as unknown as JsonValue;
      } catch {
        return undefined;
      }
    },
    proto: (widget) => ({
      ...base,
      ...widget,
      type: 'dataEditor',
      value: widget.value as unknown as EditingState,
      numRows: options.numRows ?? 'fixed',
      ...(options.disabled === true
        ? { disabledColumns: true as const }
        : Array.isArray(options.disabled)
          ? { disabledColumns: [...(options.disabled as readonly string[])] }
          : {}),
    }),
    ...(options.onChange ? { callback: options.onChange } : {}),
  };
}

/** A wire value as the app gets it back: dates of date columns as `Date`s, big integers as `bigint`s. */
function toApp(value: JsonValue | undefined, column: DataColumn | undefined): unknown {
  if (value === null || value === undefined || !column) return value ?? null;
  if (column.type === 'date' && typeof value === 'string' && value.includes('T')) return new Date(value);
  if (column.type === 'bigint' && typeof value === 'string') return BigInt(value);
  return value;
}

/**
 * The data with the edits applied, in the shape it was given (as
 * Streamlit's `data_editor` returns the edited DataFrame): an array of row
 * objects stays one (unedited rows are the same objects), an object of
 * columns stays one, anything else (arrays of arrays, Arrow tables) comes
 * back as an array of row objects.
 */
export function applyEdits(data: unknown, table: DataTable, state: EditingState): unknown {
  const byName = new Map<string, DataColumn>(table.schema().map((c) => [c.name, c]));
  const deleted = new Set(state.deletedRows);
  const edit = (row: Record<string, unknown>, i: number): Record<string, unknown> => {
    const cells = state.editedRows[String(i)];
    if (!cells) return row;
    const out = { ...row };
    for (const [name, value] of Object.entries(cells)) out[name] = toApp(value, byName.get(name));
    return out;
  };
  const added = state.addedRows.map((cells) =>
    Object.fromEntries(table.columns.map((c) => [c.name, toApp(cells[c.name] ?? null, byName.get(c.name))])),
  );
  const isRows = Array.isArray(data) && data.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r));
  const rows: Record<string, unknown>[] = isRows
    ? (data as Record<string, unknown>[]).map(edit)
    : table.records().map((r, i) => edit(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toApp(v, byName.get(k))])), i));
  const kept = [...rows.filter((_, i) => !deleted.has(i)), ...added];
  if (!Array.isArray(data) && typeof data === 'object' && data !== null && Object.getPrototypeOf(data) === Object.prototype && !('numRows' in data)) {
    return Object.fromEntries(Object.keys(data).map((name) => [name, kept.map((r) => r[name] ?? null)]));
  }
  return kept;
}
