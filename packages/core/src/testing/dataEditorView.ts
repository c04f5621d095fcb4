import type { EditingState, JsonValue } from '../protocol/elements.js';
import { toJsonValue } from '../elements/jsonValue.js';
import { DataframeView } from './dataframeView.js';

/**
 * An `st.dataEditor`, as AppTest sees it: everything a dataframe view has,
 * plus edits staged as a user's (applied by the next `run()`), checked by
 * the session as the browser's are.
 *
 * @example
 * await at.dataEditor[0].editCell(1, 'price', 9.5).addRow({ name: 'new' }).deleteRows([0]).run();
 * at.sessionState.editor; // { editedRows: { 1: { price: 9.5 } }, addedRows: [{ name: 'new' }], deletedRows: [0] }
 */
export class DataEditorView extends DataframeView {
  /** The editing state the app sees (a staged one until `run()`), as Streamlit's `{ editedRows, addedRows, deletedRows }`. */
  get editingState(): EditingState {
    const id = this.proto['id'] as string;
    const value = this.driver.staged(id)?.value ?? this.driver.sessionValue(id);
    return (value as EditingState | undefined) ?? { editedRows: {}, addedRows: [], deletedRows: [] };
  }

  /**
   * Sets cell `column` of row `row` (its position in the data) to `value`.
   * @throws Error `InvalidWidgetValue` when the value does not fit the column (type, bounds, options, disabled).
   */
  editCell(row: number, column: string, value: unknown): this {
    const state = this.editingState;
    const cells = { ...(state.editedRows[String(row)] ?? {}), [column]: toJsonValue(value) };
    return this.stageEdits({ ...state, editedRows: { ...state.editedRows, [String(row)]: cells } });
  }

  /** Adds a row at the end (`numRows: 'dynamic'`); missing columns are empty. */
  addRow(values: Readonly<Record<string, unknown>> = {}): this {
    const state = this.editingState;
    const row = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toJsonValue(v)])) as Record<string, JsonValue>;
    return this.stageEdits({ ...state, addedRows: [...state.addedRows, row] });
  }

  /** Deletes rows by their position in the data (`numRows: 'dynamic'`). */
  deleteRows(rows: readonly number[]): this {
    const state = this.editingState;
    return this.stageEdits({ ...state, deletedRows: [...new Set([...state.deletedRows, ...rows])] });
  }

  private stageEdits(state: EditingState): this {
    const id = this.proto['id'] as string;
    const meta = this.driver.metadata(id);
    if (!meta) throw new Error('This data editor is no longer on the page; run the app again.');
    const wire = state as unknown as JsonValue;
    this.driver.stage(this.proto, { wire, value: meta.deserialize(wire), trigger: false });
    return this;
  }
}
