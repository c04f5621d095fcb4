import type { DataframeSelection, ElementProtoOf, JsonValue, SelectionMode } from '../protocol/elements.js';
import { invalidArgument } from '../errors.js';
import { invalidValue, type WidgetDefinition } from './widgetDefinition.js';

/** The value of a dataframe with selections, as Streamlit's `DataframeState`. */
export interface DataframeState {
  /** What the user selected. */
  readonly selection: {
    /** Selected rows, by their position in the data (not in the sorted view). */
    readonly rows: number[];
    /** Selected columns, by name. */
    readonly columns: string[];
    /** Selected cells, as `[row, column name]`. */
    readonly cells: [number, string][];
  };
}

/** Selection options of `st.dataframe`, as Streamlit's `on_select` and `selection_mode`. */
export interface DataframeSelectOptions {
  /**
   * `'rerun'` (rerun the app when the user selects) or a callback (called
   * before that rerun); `'ignore'` (default) makes no widget.
   */
  readonly onSelect?: 'ignore' | 'rerun' | (() => unknown);
  /** What can be selected: one mode or several. Default `'multi-row'`. */
  readonly selectionMode?: SelectionMode | readonly SelectionMode[];
  /** Widget key: the selection's name in `st.sessionState`. */
  readonly key?: string;
}

const MODES: readonly SelectionMode[] = ['single-row', 'multi-row', 'single-column', 'multi-column', 'single-cell', 'multi-cell'];

/** The selection modes as a list. @throws LitUiError `InvalidArgument` for unknown or conflicting modes. */
export function selectionModes(mode: DataframeSelectOptions['selectionMode']): SelectionMode[] {
  const modes = mode === undefined ? ['multi-row' as const] : typeof mode === 'string' ? [mode] : [...mode];
  for (const m of modes)
    if (!MODES.includes(m)) throw invalidArgument(`st.dataframe: unknown selectionMode '${m}' (use one of ${MODES.join(', ')}).`);
  for (const kind of ['row', 'column', 'cell']) {
    if (modes.includes(`single-${kind}` as SelectionMode) && modes.includes(`multi-${kind}` as SelectionMode)) {
      throw invalidArgument(`st.dataframe: selectionMode cannot hold both single-${kind} and multi-${kind}.`);
    }
  }
  return modes;
}

const EMPTY: DataframeSelection = { rows: [], columns: [], cells: [] };

/**
 * `st.dataframe` with `onSelect`: a widget whose value is the selection.
 * The client's selection is checked against the table: rows must exist,
 * columns must be shown, and single modes hold at most one.
 */
export function dataframeSelectionDefinition(
  base: Omit<ElementProtoOf<'dataframe'>, 'type'>,
  options: DataframeSelectOptions,
): WidgetDefinition<DataframeState, 'dataframe'> {
  const modes = selectionModes(options.selectionMode);
  const names = base.columns.map((c) => c.name);
  const label = '';
  const fail = (problem: string) => invalidValue('dataframe', label, problem);
  const row = (r: JsonValue): number => {
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 0 || r >= base.rowCount) {
      throw fail(`row ${JSON.stringify(r)} does not exist (the table has ${base.rowCount} rows)`);
    }
    return r;
  };
  const column = (c: JsonValue): string => {
    if (typeof c !== 'string' || !names.includes(c)) throw fail(`column ${JSON.stringify(c)} is not shown (columns: ${names.join(', ')})`);
    return c;
  };
  const allowed = (kind: 'row' | 'column' | 'cell', count: number) => {
    const single = modes.includes(`single-${kind}` as SelectionMode);
    if (count > 0 && !single && !modes.includes(`multi-${kind}` as SelectionMode))
      throw fail(`${kind} selection is not enabled (selectionMode: ${modes.join(', ')})`);
    if (single && count > 1) throw fail(`only one ${kind} can be selected (selectionMode: single-${kind})`);
  };
  const deserialize = (wire: JsonValue): DataframeState => {
    if (typeof wire !== 'object' || wire === null || Array.isArray(wire)) throw fail('expected { rows, columns, cells }');
    const rows = Array.isArray(wire['rows']) ? [...new Set(wire['rows'].map(row))] : [];
    const columns = Array.isArray(wire['columns']) ? [...new Set(wire['columns'].map(column))] : [];
    const cells = Array.isArray(wire['cells'])
      ? wire['cells'].map((cell): [number, string] => {
          if (!Array.isArray(cell) || cell.length !== 2) throw fail(`cell ${JSON.stringify(cell)} is not [row, column]`);
          return [row(cell[0]!), column(cell[1]!)];
        })
      : [];
    allowed('row', rows.length);
    allowed('column', columns.length);
    allowed('cell', cells.length);
    return { selection: { rows, columns, cells } };
  };
  return {
    type: 'dataframe',
    label,
    options: options.key !== undefined ? { key: options.key } : {},
    identity: { dataId: base.dataId, modes },
    defaultValue: { selection: { rows: [], columns: [], cells: [] } },
    customDefault: false,
    deserialize,
    serialize: (value) => {
      try {
        const s = value?.selection ?? EMPTY;
        return deserialize({ rows: s.rows, columns: s.columns, cells: s.cells }) && { rows: s.rows, columns: s.columns, cells: s.cells };
      } catch {
        return undefined;
      }
    },
    proto: (widget) => ({
      ...base,
      id: widget.id,
      ...(widget.key !== undefined ? { key: widget.key } : {}),
      ...(widget.formId ? { formId: widget.formId } : {}),
      ...(widget.fragmentId ? { fragmentId: widget.fragmentId } : {}),
      value: widget.value as unknown as DataframeSelection,
      selectionMode: modes,
      type: 'dataframe',
    }),
    ...(typeof options.onSelect === 'function' ? { callback: options.onSelect } : {}),
  };
}
