import { html, nothing, type TemplateResult } from 'lit';
import { cellProblem, parseCellInput } from '@lit-ui/core/protocol';
import type { DataColumn, EditingState, ElementProtoOf, JsonValue } from '@lit-ui/core/protocol';
import type { RenderContext } from '../types.js';
import { inlineStyle } from '../../directives/inlineStyle.js';
import { DataFrameView } from './dataframe.js';
import { cursorRange, type GridCell } from './dataframeCursor.js';
import type { ViewRow } from './dataframeWindows.js';

type Proto = ElementProtoOf<'dataEditor'>;
const NO_EDITS: EditingState = { editedRows: {}, addedRows: [], deletedRows: [] };

/**
 * `<lit-ui-data-editor>`: `st.dataEditor`, a `<lit-ui-dataframe>` whose
 * cells the user edits — double-click (or Enter, F2, or just typing on the
 * active cell), Enter to keep (the cursor moves down), Escape to cancel;
 * check boxes toggle with a click or Space; Delete clears the selected
 * range; a paste (tab-separated text, as spreadsheets copy) fills cells
 * from the active one, each checked as one edit. With
 * `numRows: 'dynamic'`, "Add row" appends a row and a click on a row's index
 * deletes it (again to restore). Edits are checked as the server checks
 * them (`cellProblem`): a bad one stays in the cell with its message and is
 * not sent. The editing state goes to the server as the widget's value.
 */
export class DataEditorView extends DataFrameView {
  static override properties = { ...DataFrameView.properties, editing: { state: true }, problem: { state: true } };
  /** The cell being edited, and the text typed to start editing it (replacing its value). */
  declare private editing: { row: number; column: string; seed?: string } | undefined;
  declare private problem: { row: number; column: string; message: string; text: string } | undefined;

  constructor() {
    super();
    this.editing = undefined;
    this.problem = undefined;
  }

  private get editor(): Proto | undefined {
    return this.proto as unknown as Proto | undefined;
  }

  private get edits(): EditingState {
    const proto = this.editor;
    if (!proto || !this.ctx) return NO_EDITS;
    return (this.ctx.widgets.value(proto) as EditingState | undefined) ?? proto.value ?? NO_EDITS;
  }

  private send(state: EditingState): void {
    const proto = this.editor;
    if (proto && this.ctx) this.ctx.widgets.set(proto, state as unknown as JsonValue);
  }

  private disabled(column: DataColumn): boolean {
    const off = this.editor?.disabledColumns;
    return off === true || (Array.isArray(off) && off.includes(column.name)) || this.config(column)?.disabled === true;
  }

  protected override viewCount(): number {
    return super.viewCount() + this.edits.addedRows.length;
  }

  protected override rowAt(position: number): ViewRow | undefined {
    const proto = this.editor;
    if (!proto) return undefined;
    const base = super.viewCount();
    const columns = proto.columns;
    if (position >= base) {
      const added = this.edits.addedRows[position - base] ?? {};
      return { cells: columns.map((c) => added[c.name] ?? null), index: proto.rowCount + position - base };
    }
    const row = super.rowAt(position);
    const cells = row && this.edits.editedRows[String(row.index)];
    if (!row || !cells) return row;
    return { index: row.index, cells: columns.map((c, i) => (c.name in cells ? (cells[c.name] ?? null) : (row.cells[i] ?? null))) };
  }

  protected override rowClass(index: number): string {
    if (this.edits.deletedRows.includes(index)) return ' lu-df-row--deleted';
    return this.editor && index >= this.editor.rowCount ? ' lu-df-row--added' : '';
  }

  protected override indexClicked(index: number): void {
    const proto = this.editor;
    if (!proto || proto.numRows !== 'dynamic') return;
    const state = this.edits;
    if (index >= proto.rowCount) {
      const addedRows = state.addedRows.filter((_, i) => i !== index - proto.rowCount);
      return this.send({ ...state, addedRows });
    }
    const deleted = state.deletedRows.includes(index);
    this.send({ ...state, deletedRows: deleted ? state.deletedRows.filter((r) => r !== index) : [...state.deletedRows, index] });
  }

  private commit(row: number, column: DataColumn, value: JsonValue, text: string): boolean {
    const message = cellProblem(value, column, this.config(column));
    if (message) {
      this.problem = { row, column: column.name, message, text };
      return false;
    }
    this.problem = undefined;
    this.editing = undefined;
    this.send(this.withEdits([{ row, column: column.name, value }]));
    return true;
  }

  /** The editing state with `edits` applied (rows at or past `rowCount` are added rows). */
  private withEdits(edits: readonly { row: number; column: string; value: JsonValue }[]): EditingState {
    const rowCount = this.editor?.rowCount ?? 0;
    let state = this.edits;
    for (const { row, column, value } of edits) {
      if (row >= rowCount) {
        state = { ...state, addedRows: state.addedRows.map((r, i) => (i === row - rowCount ? { ...r, [column]: value } : r)) };
      } else {
        const cells = { ...(state.editedRows[String(row)] ?? {}), [column]: value };
        state = { ...state, editedRows: { ...state.editedRows, [String(row)]: cells } };
      }
    }
    return state;
  }

  /** The editable column `c` and the data row number at view position `position`, when both exist. */
  private target(position: number, c: number): { row: number; column: DataColumn } | undefined {
    const column = this.editor?.columns[c];
    const row = this.rowAt(position);
    return column && row && !this.disabled(column) ? { row: row.index, column } : undefined;
  }

  private startEditing(row: number, column: DataColumn, seed?: string): void {
    this.editing = { row, column: column.name, ...(seed === undefined ? {} : { seed }) };
    this.problem = undefined;
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('.lu-df-input')?.focus());
  }

  protected override gridKey(e: KeyboardEvent): boolean {
    const cursor = this.grid.cursor;
    if (!cursor || e.ctrlKey || e.metaKey || e.altKey) return false;
    const at = this.target(cursor.active.position, cursor.active.c);
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      this.clearRange();
      return true;
    }
    if (!at) return false;
    if (at.column.type === 'boolean' && (e.key === ' ' || e.key === 'Enter')) {
      e.preventDefault();
      this.commit(at.row, at.column, this.rowAt(cursor.active.position)?.cells[cursor.active.c] !== true, '');
      return true;
    }
    if (at.column.type === 'boolean') return false;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.startEditing(at.row, at.column);
      return true;
    }
    if (e.key.length === 1) {
      e.preventDefault();
      this.startEditing(at.row, at.column, e.key);
      return true;
    }
    return false;
  }

  /** Delete on the table: every editable cell of the cursor's range becomes empty (null), each checked as an edit. */
  private clearRange(): void {
    const cursor = this.grid.cursor;
    if (!cursor) return;
    const { top, bottom, left, right } = cursorRange(cursor);
    const cells: string[][] = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: right - left + 1 }, () => ''));
    this.pasted(cells, { position: top, c: left });
  }

  protected override pasted(rows: string[][], at: GridCell): void {
    const edits: { row: number; column: string; value: JsonValue }[] = [];
    let refused: { row: number; column: DataColumn; value: JsonValue; text: string } | undefined;
    rows.forEach((texts, i) =>
      texts.forEach((text, j) => {
        const target = this.target(at.position + i, at.c + j);
        if (!target) return;
        const value = parseCellInput(text, target.column);
        if (cellProblem(value, target.column, this.config(target.column))) refused ??= { ...target, value, text };
        else edits.push({ row: target.row, column: target.column.name, value });
      }),
    );
    if (edits.length > 0) this.send(this.withEdits(edits));
    // The first refused cell opens with its text and the reason; the others were kept.
    if (refused) {
      this.startEditing(refused.row, refused.column);
      this.commit(refused.row, refused.column, refused.value, refused.text);
    }
  }

  private addRow(): void {
    const proto = this.editor;
    if (!proto) return;
    const row = Object.fromEntries(proto.columns.map((c) => [c.name, this.config(c)?.default ?? null]));
    this.send({ ...this.edits, addedRows: [...this.edits.addedRows, row] });
  }

  protected override cell(
    value: JsonValue | undefined,
    column: DataColumn,
    c: number,
    width: number,
    pinLeft: number | undefined,
    row: number,
    position: number,
  ): TemplateResult {
    const editing = this.editing?.row === row && this.editing.column === column.name;
    const problem = this.problem?.row === row && this.problem.column === column.name ? this.problem : undefined;
    if (editing) {
      const initial =
        problem?.text ??
        this.editing?.seed ??
        (value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
      const done = (e: Event) => {
        const text = (e.target as HTMLInputElement).value;
        if (!this.commit(row, column, parseCellInput(text, column), text) || e.type !== 'keydown') return;
        // Enter keeps the edit and moves the cursor down, as spreadsheets do.
        this.grid.moveTo({ position: Math.min(position + 1, this.viewCount() - 1), c });
        this.focusGrid();
      };
      const cancel = () => {
        this.editing = undefined;
        this.problem = undefined;
        this.focusGrid();
      };
      return html`<div class="lu-df-cell lu-df-editing${problem ? ' lu-df-cell--invalid' : ''}" role="cell" style=${inlineStyle({ width: `${width}px` })} title=${problem?.message ?? nothing}>
        <input class="lu-df-input" .value=${initial} aria-label=${`Edit ${column.name} of row ${row}`} aria-invalid=${problem ? 'true' : 'false'}
          @keydown=${(e: KeyboardEvent) => (e.key === 'Enter' ? done(e) : e.key === 'Escape' ? cancel() : undefined)}
          @change=${done} />
        ${problem ? html`<span class="lu-df-problem" role="alert">${problem.message}</span>` : nothing}
      </div>`;
    }
    const inner = super.cell(value, column, c, width, pinLeft, row, position);
    if (this.disabled(column)) return inner;
    if (column.type === 'boolean') {
      return html`<div class="lu-df-cell-select" @click=${() => this.commit(row, column, value !== true, '')}>${inner}</div>`;
    }
    return html`<div class="lu-df-cell-select" @dblclick=${() => this.startEditing(row, column)}>${inner}</div>`;
  }

  protected override render(): unknown {
    const proto = this.editor;
    const dynamic = proto?.numRows === 'dynamic';
    return html`${super.render()}${
      dynamic
        ? html`<div class="lu-de-actions"><button type="button" class="lu-de-add" @click=${() => this.addRow()}>+ Add row</button>
            <span class="lu-de-hint">Click a row's index to delete it.</span></div>`
        : nothing
    }`;
  }
}

/** `st.dataEditor`: a `<lit-ui-data-editor>`. */
export function dataEditorRenderer(proto: Proto, ctx: RenderContext): unknown {
  return html`<lit-ui-data-editor .proto=${proto} .ctx=${ctx}></lit-ui-data-editor>`;
}
