import { html, nothing, type TemplateResult } from 'lit';
import { cellProblem, parseCellInput } from '@lit-ui/core/protocol';
import type { DataColumn, EditingState, ElementProtoOf, JsonValue } from '@lit-ui/core/protocol';
import type { RenderContext } from '../types.js';
import { inlineStyle } from '../../directives/inlineStyle.js';
import { DataFrameView } from './dataframe.js';
import type { ViewRow } from './dataframeWindows.js';

type Proto = ElementProtoOf<'dataEditor'>;
const NO_EDITS: EditingState = { editedRows: {}, addedRows: [], deletedRows: [] };

/**
 * `<lit-ui-data-editor>`: `st.dataEditor`, a `<lit-ui-dataframe>` whose
 * cells the user edits — double-click (or Enter on a focused cell), type,
 * Enter to keep, Escape to cancel; check boxes toggle with a click. With
 * `numRows: 'dynamic'`, "Add row" appends a row and a click on a row's index
 * deletes it (again to restore). Edits are checked as the server checks
 * them (`cellProblem`): a bad one stays in the cell with its message and is
 * not sent. The editing state goes to the server as the widget's value.
 */
export class DataEditorView extends DataFrameView {
  static override properties = { ...DataFrameView.properties, editing: { state: true }, problem: { state: true } };
  declare private editing: { row: number; column: string } | undefined;
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

  private commit(row: number, column: DataColumn, value: JsonValue, text: string): void {
    const proto = this.editor;
    if (!proto) return;
    const message = cellProblem(value, column, this.config(column));
    if (message) {
      this.problem = { row, column: column.name, message, text };
      return;
    }
    this.problem = undefined;
    this.editing = undefined;
    const state = this.edits;
    if (row >= proto.rowCount) {
      const addedRows = state.addedRows.map((r, i) => (i === row - proto.rowCount ? { ...r, [column.name]: value } : r));
      return this.send({ ...state, addedRows });
    }
    const cells = { ...(state.editedRows[String(row)] ?? {}), [column.name]: value };
    this.send({ ...state, editedRows: { ...state.editedRows, [String(row)]: cells } });
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
  ): TemplateResult {
    const editing = this.editing?.row === row && this.editing.column === column.name;
    const problem = this.problem?.row === row && this.problem.column === column.name ? this.problem : undefined;
    if (editing) {
      const initial = problem?.text ?? (value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
      const done = (e: Event) =>
        this.commit(row, column, parseCellInput((e.target as HTMLInputElement).value, column), (e.target as HTMLInputElement).value);
      return html`<div class="lu-df-cell lu-df-editing${problem ? ' lu-df-cell--invalid' : ''}" role="cell" style=${inlineStyle({ width: `${width}px` })} title=${problem?.message ?? nothing}>
        <input class="lu-df-input" .value=${initial} aria-label=${`Edit ${column.name} of row ${row}`} aria-invalid=${problem ? 'true' : 'false'}
          @keydown=${(e: KeyboardEvent) => (e.key === 'Enter' ? done(e) : e.key === 'Escape' ? ((this.editing = undefined), (this.problem = undefined)) : undefined)}
          @change=${done} />
        ${problem ? html`<span class="lu-df-problem" role="alert">${problem.message}</span>` : nothing}
      </div>`;
    }
    const inner = super.cell(value, column, c, width, pinLeft, row);
    if (this.disabled(column)) return inner;
    if (column.type === 'boolean') {
      return html`<div class="lu-df-cell-select" @click=${() => this.commit(row, column, value !== true, '')}>${inner}</div>`;
    }
    const start = () => {
      this.editing = { row, column: column.name };
      void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('.lu-df-input')?.focus());
    };
    return html`<div class="lu-df-cell-select" @dblclick=${start} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && start()}>${inner}</div>`;
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
