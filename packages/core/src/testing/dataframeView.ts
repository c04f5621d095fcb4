import type { TableView } from '../protocol/backMsg.js';
import type { DataColumn, JsonValue } from '../protocol/elements.js';
import type { DataWindowMsg } from '../protocol/forwardMsg.js';
import { ElementView } from './elementViews.js';

/** A `dataRequest` as a view sends it (the AppTest numbers it). */
export interface DataWindowRequest extends TableView {
  /** The element's `dataId`. */
  readonly dataId: string;
  /** First view position, inclusive. */
  readonly start: number;
  /** Last view position, exclusive. */
  readonly end: number;
  /** `'rows'` (default) or `'csv'` lines. */
  readonly format?: 'rows' | 'csv';
}

/** What a dataframe view needs from its AppTest besides the {@link ViewDriver}. */
export interface DataDriver {
  /** Sends a `dataRequest` through the session's connection; resolves with its `dataWindow`, rejects with its `error`. */
  requestData(request: DataWindowRequest): Promise<DataWindowMsg>;
  /** Every row of a shown table, in wire form (read from the session, as Streamlit's AppTest hands out the whole DataFrame). */
  dataRows(dataId: string): Record<string, JsonValue>[] | undefined;
  /** The sort and search the test set on a table (as a user's clicks in the browser would). */
  viewOf(dataId: string): TableView;
  setView(dataId: string, view: TableView): void;
}

/**
 * An `st.dataframe` element, as AppTest sees it: `rowCount`, `columns`,
 * `value` (every row, as objects), and windows fetched through the same
 * `dataRequest` → `dataWindow` path the browser uses as it scrolls:
 *
 * @example
 * at.dataframe[0].rowCount;                        // 3000000
 * await at.dataframe[0].sort('delay', 'desc');     // a header click (sorted on the server)
 * const rows = await at.dataframe[0].rows(0, 10);  // [{ delay: 1090, ... }, ...]
 */
export class DataframeView extends ElementView {
  /** Rows in the data. */
  get rowCount(): number {
    return this.proto['rowCount'] as number;
  }

  /** The shown columns' names, in display order. */
  get columns(): string[] {
    return this.schema.map((c) => c.name);
  }

  /** The shown columns with their types. */
  get schema(): DataColumn[] {
    return this.proto['columns'] as DataColumn[];
  }

  /** The element's data id (changes when the data does). */
  get dataId(): string {
    return this.proto['dataId'] as string;
  }

  /** Every row as an object keyed by column name (wire form: dates as ISO strings, big integers as strings). */
  override get value(): Record<string, JsonValue>[] {
    return this.data.dataRows(this.dataId) ?? this.objects((this.proto['rows'] as JsonValue[][]) ?? []);
  }

  /**
   * Rows `start` (inclusive) to `end` (exclusive) of the table as shown (after
   * `sort`/`search`), fetched from the server as the browser fetches them.
   * @throws Error `InvalidDataRequest` for a range outside the table, `UnknownDataId` when the table is no longer shown.
   */
  async rows(start: number, end: number): Promise<Record<string, JsonValue>[]> {
    const window = await this.data.requestData({ dataId: this.dataId, start, end, ...this.data.viewOf(this.dataId) });
    return this.objects(window.rows ?? []);
  }

  /** Sorts the table by a column on the server, as a click on its header does; later `rows()` see the new order. */
  async sort(column: string, direction: 'asc' | 'desc' = 'asc'): Promise<this> {
    const index = this.columns.indexOf(column);
    if (index < 0) throw new Error(`The dataframe has no column '${column}' (columns: ${this.columns.join(', ')})`);
    const view = { ...this.data.viewOf(this.dataId), sort: { column: index, direction } };
    await this.data.requestData({ dataId: this.dataId, start: 0, end: 0, ...view });
    this.data.setView(this.dataId, view);
    return this;
  }

  /** Filters the rows shown to those containing `text`, as the toolbar's search box does (`''` clears it). */
  async search(text: string): Promise<this> {
    const { sort } = this.data.viewOf(this.dataId);
    const view: TableView = { ...(sort ? { sort } : {}), ...(text ? { search: text } : {}) };
    await this.data.requestData({ dataId: this.dataId, start: 0, end: 0, ...view });
    this.data.setView(this.dataId, view);
    return this;
  }

  /** Number of rows the view shows (after `search`). */
  async viewRowCount(): Promise<number> {
    return (await this.data.requestData({ dataId: this.dataId, start: 0, end: 0, ...this.data.viewOf(this.dataId) })).rowCount;
  }

  /** The whole table as CSV, as the toolbar's download button builds it (windows of CSV lines). */
  async csv(): Promise<string> {
    const view = this.data.viewOf(this.dataId);
    let text = '';
    for (let start = 0, total = Infinity; start < total || start === 0; start += 50_000) {
      const window = await this.data.requestData({ dataId: this.dataId, start, end: start + 50_000, format: 'csv', ...view });
      text += window.csv ?? '';
      total = window.rowCount;
      if (total === 0) break;
    }
    return text;
  }

  /** The widget id of a dataframe with `onSelect` (undefined otherwise). */
  get id(): string | undefined {
    return this.proto['id'] as string | undefined;
  }

  /** The selection the app sees (a staged one until `run()`), as Streamlit's `DataframeState.selection`. */
  get selection(): {
    /** Selected rows, by position in the data (not the sorted view), as Streamlit's `selection.rows`. */
    rows: number[];
    /** Selected columns, by name, as Streamlit's `selection.columns`. */
    columns: string[];
    /** Selected cells as `[row position, column name]`, as Streamlit's `selection.cells`. */
    cells: [number, string][];
  } {
    const id = this.requireSelectable();
    const staged = this.driver.staged(id)?.value ?? this.driver.sessionValue(id);
    return (
      (staged as { selection: { rows: number[]; columns: string[]; cells: [number, string][] } } | undefined)?.selection ?? {
        rows: [],
        columns: [],
        cells: [],
      }
    );
  }

  /**
   * Selects rows by their position in the data (as a user's clicks on their
   * check boxes would), replacing the row selection; the app sees it after `run()`.
   * @throws Error when the dataframe does not select rows, or a row does not exist (`InvalidWidgetValue`).
   */
  selectRows(rows: readonly number[]): this {
    return this.setSelection({ ...this.selection, rows: [...rows] });
  }

  /** Selects columns by name, replacing the column selection. @throws Error as {@link selectRows}. */
  selectColumns(columns: readonly string[]): this {
    return this.setSelection({ ...this.selection, columns: [...columns] });
  }

  /** Selects cells as `[row, column name]`, replacing the cell selection. @throws Error as {@link selectRows}. */
  selectCells(cells: readonly (readonly [number, string])[]): this {
    return this.setSelection({ ...this.selection, cells: cells.map(([r, c]) => [r, c] as [number, string]) });
  }

  /** Stages a whole selection state (`{ selection: { rows, columns, cells } }`), as `setValue` on other widgets. */
  setValue(value: { selection: { rows?: number[]; columns?: string[]; cells?: [number, string][] } }): this {
    return this.setSelection({ rows: [], columns: [], cells: [], ...value.selection });
  }

  private setSelection(selection: { rows: number[]; columns: string[]; cells: [number, string][] }): this {
    const id = this.requireSelectable();
    const meta = this.driver.metadata(id);
    if (!meta) throw new Error('This dataframe is no longer on the page; run the app again.');
    const wire = { rows: selection.rows, columns: selection.columns, cells: selection.cells };
    this.driver.stage(this.proto, { wire, value: meta.deserialize(wire), trigger: false });
    return this;
  }

  private requireSelectable(): string {
    if (!this.id) throw new Error("This dataframe does not select: pass onSelect: 'rerun' (or a callback) to st.dataframe.");
    return this.id;
  }

  private get data(): DataDriver {
    return this.driver;
  }

  private objects(rows: readonly JsonValue[][]): Record<string, JsonValue>[] {
    const names = this.columns;
    return rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? null])));
  }
}
