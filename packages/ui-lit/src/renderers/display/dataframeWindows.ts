import type { TableView, DataWindowMsg, JsonValue } from '@lit-ui/core/protocol';
import type { DataWindowRequest } from '../types.js';

/** Rows per window request. */
export const BLOCK_ROWS = 100;
/** Blocks kept in memory; those farthest from the view go first. */
const MAX_BLOCKS = 60;

/** One fetched block: its rows and, for a sorted or searched view, their row numbers in the data. */
interface Block {
  readonly rows: readonly (readonly JsonValue[])[];
  readonly index?: readonly number[];
}

/** A row as the table draws it. */
export interface ViewRow {
  readonly cells: readonly JsonValue[];
  /** Row number in the data (the index column). */
  readonly index: number;
}

/**
 * The rows of one table view (data id + sort + search) that the client
 * holds: blocks of {@link BLOCK_ROWS} rows fetched on demand with
 * `dataRequest`s, at most one request per block in flight. A response for
 * another data id or view (a rerun changed the data, the user sorted again)
 * is dropped, never drawn.
 */
export class DataWindows {
  private blocks = new Map<number, Block>();
  private readonly pending = new Set<number>();
  /** Blocks the server refused: not asked for again in this view. */
  private readonly failed = new Set<number>();
  private key = '';
  private dataId = '';
  private view: TableView = {};
  /** Rows in the view (after search), as the server last said. */
  count = 0;
  /** Message of the last failed request, shown under the table. */
  error: string | undefined;

  constructor(private readonly changed: () => void) {}

  /**
   * Starts a view. `first` (the element's first window) seeds it when the
   * view is the data's own order.
   */
  reset(dataId: string, view: TableView, rowCount: number, first?: readonly (readonly JsonValue[])[]): void {
    this.dataId = dataId;
    this.view = view;
    this.key = `${dataId}|${JSON.stringify(view)}`;
    this.blocks = new Map();
    this.pending.clear();
    this.failed.clear();
    this.error = undefined;
    this.count = rowCount;
    if (first && !view.sort && !view.search) {
      for (let b = 0; b * BLOCK_ROWS < first.length; b++) {
        const rows = first.slice(b * BLOCK_ROWS, (b + 1) * BLOCK_ROWS);
        if (rows.length === BLOCK_ROWS || b * BLOCK_ROWS + rows.length >= rowCount) this.blocks.set(b, { rows });
      }
    }
  }

  /** The row at view position `position`, when its block is here. */
  row(position: number): ViewRow | undefined {
    const block = this.blocks.get(Math.floor(position / BLOCK_ROWS));
    const offset = position % BLOCK_ROWS;
    const cells = block?.rows[offset];
    if (!block || !cells) return undefined;
    return { cells, index: block.index?.[offset] ?? position };
  }

  /** Asks for the blocks of positions `[start, end)` that are neither here nor on their way. */
  ensure(start: number, end: number, request: ((r: DataWindowRequest) => Promise<DataWindowMsg>) | undefined): void {
    if (!request || !this.dataId) return;
    const last = Math.ceil(end / BLOCK_ROWS);
    for (let b = Math.floor(start / BLOCK_ROWS); b < last; b++) {
      if (this.blocks.has(b) || this.pending.has(b) || this.failed.has(b)) continue;
      this.fetch(b, request);
    }
    this.evict(start);
  }

  private fetch(block: number, request: (r: DataWindowRequest) => Promise<DataWindowMsg>): void {
    const key = this.key;
    this.pending.add(block);
    const start = block * BLOCK_ROWS;
    request({ dataId: this.dataId, start, end: start + BLOCK_ROWS, ...this.view }).then(
      (window) => {
        if (key !== this.key) return; // another data id or view now: never draw it
        this.pending.delete(block);
        this.count = window.rowCount;
        this.error = undefined;
        this.blocks.set(block, { rows: window.rows ?? [], ...(window.index ? { index: window.index } : {}) });
        this.changed();
      },
      (error: unknown) => {
        if (key !== this.key) return;
        this.pending.delete(block);
        const reset = error instanceof Error && error.message === 'Connection reset';
        if (!reset) this.failed.add(block);
        this.error = reset ? undefined : error instanceof Error ? error.message : String(error);
        this.changed();
      },
    );
  }

  private evict(near: number): void {
    if (this.blocks.size <= MAX_BLOCKS) return;
    const center = Math.floor(near / BLOCK_ROWS);
    const far = [...this.blocks.keys()].sort((a, b) => Math.abs(b - center) - Math.abs(a - center));
    for (const b of far.slice(0, this.blocks.size - MAX_BLOCKS)) this.blocks.delete(b);
  }
}
