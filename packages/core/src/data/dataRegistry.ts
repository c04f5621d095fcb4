import { ErrorCode, LitUiError } from '../errors.js';
import type { DataRequestMsg, TableView } from '../protocol/backMsg.js';
import type { DataWindowMsg } from '../protocol/forwardMsg.js';
import type { ElementTree, TreeNode } from '../tree/elementTree.js';
import { csvHeader, csvRows } from './csv.js';
import type { DataTable } from './dataTable.js';
import { searchRows } from './search.js';

/** Most rows one `dataRequest` may ask for. */
export const MAX_WINDOW_ROWS = 5_000;
/** Most rows one CSV `dataRequest` may ask for. */
export const MAX_CSV_ROWS = 50_000;

/** A table shown by an element of the session: the table (shared, by reference) and the columns the element shows. */
export interface DataEntry {
  /** Id of the element's data, sent in its proto: `<table id>.<columns>`. */
  readonly dataId: string;
  readonly table: DataTable;
  /** Indices of the shown columns in `table.columns`, in display order. */
  readonly picks: readonly number[];
}

/** A view of an entry: positions in order (undefined: row order). */
interface ViewCache {
  readonly key: string;
  readonly order: Uint32Array;
}

/**
 * The tables a session's page shows, by data id, for their windows. Holds
 * each table by reference (one `DataTable` can serve every session), keeps
 * the last search of each entry, and forgets an entry when no element of the
 * page carries its data id any more (`prune` after each run) or the session
 * ends (`clear`).
 */
export class DataRegistry {
  private readonly entries = new Map<string, DataEntry>();
  private readonly views = new Map<string, ViewCache>();

  /** Number of tables held. */
  get size(): number {
    return this.entries.size;
  }

  /** The entry of `dataId`, if this session shows it. */
  get(dataId: string): DataEntry | undefined {
    return this.entries.get(dataId);
  }

  /**
   * Registers `table` shown with the columns at `picks`. When the session
   * already shows a table with the same cells and columns (the same data
   * passed again by a rerun, even as a new array), that entry is returned,
   * so the element's proto is unchanged and nothing is resent.
   */
  show(table: DataTable, picks: readonly number[]): DataEntry {
    const columns = picks.join(',');
    const dataId = `${table.id}.${columns}`;
    const same = this.entries.get(dataId);
    if (same) return same;
    let fingerprint: string | undefined;
    for (const entry of this.entries.values()) {
      if (entry.picks.join(',') !== columns || entry.table.rowCount !== table.rowCount) continue;
      fingerprint ??= table.fingerprint();
      if (entry.table.fingerprint() === fingerprint && entry.table.equals(table)) return entry;
    }
    const entry: DataEntry = { dataId, table, picks: [...picks] };
    this.entries.set(dataId, entry);
    return entry;
  }

  /**
   * Answers a `dataRequest`.
   * @throws LitUiError `UnknownDataId` when the session shows no such table;
   * `InvalidDataRequest` for a start past the end, an end before the start,
   * too many rows, or a sort column the element does not have.
   */
  window(msg: DataRequestMsg): Omit<DataWindowMsg, 'seq'> {
    const entry = this.entries.get(msg.dataId);
    if (!entry) {
      throw new LitUiError(
        ErrorCode.UnknownDataId,
        `No table with data id '${msg.dataId}' is shown in this session (it left the page after a rerun, or belongs to another session).`,
      );
    }
    const order = this.order(entry, msg);
    const count = order ? order.length : entry.table.rowCount;
    const csv = msg.format === 'csv';
    const max = csv ? MAX_CSV_ROWS : MAX_WINDOW_ROWS;
    if (msg.start > count) throw invalid(`Rows from ${msg.start} were asked for, but the table has ${count} rows.`);
    if (msg.end < msg.start) throw invalid(`The window ends (${msg.end}) before it starts (${msg.start}).`);
    if (msg.end - msg.start > max) throw invalid(`At most ${max} rows per request (asked for ${msg.end - msg.start}).`);
    const end = Math.min(msg.end, count);
    const base = { type: 'dataWindow', cseq: msg.cseq, dataId: msg.dataId, start: msg.start, rowCount: count } as const;
    const { table, picks } = entry;
    if (csv) return { ...base, csv: (msg.start === 0 ? csvHeader(table, picks) : '') + csvRows(table, msg.start, end, picks, order) };
    const rows = table.window(msg.start, end, picks, order);
    return order ? { ...base, rows, index: Array.from(order.subarray(msg.start, end)) } : { ...base, rows };
  }

  /** Forgets every entry whose data id no element of `tree` carries. */
  prune(tree: ElementTree): void {
    if (this.entries.size === 0) return;
    const shown = new Set<string>();
    // The mirror keeps the whole proto of an element with a `dataId` (keepsProto), a digest for the others.
    const visit = (node: TreeNode | undefined): void => {
      if (node?.kind === 'block') for (let i = 0; i < node.length; i++) visit(node.nodeAt(i));
      else if (node?.kind === 'widget' && typeof node.proto['dataId'] === 'string') shown.add(node.proto['dataId']);
    };
    tree.forEach(visit);
    for (const dataId of this.entries.keys()) {
      if (shown.has(dataId)) continue;
      this.entries.delete(dataId);
      this.views.delete(dataId);
    }
  }

  /** Forgets every entry (the session ended). */
  clear(): void {
    this.entries.clear();
    this.views.clear();
  }

  /** The view order of a request: the table's kept sort permutation, filtered by the search (kept per entry). */
  private order(entry: DataEntry, view: TableView): Uint32Array | undefined {
    const { sort, search } = view;
    if (sort && sort.column >= entry.picks.length) {
      throw invalid(`Sort column ${sort.column} does not exist (the table shows ${entry.picks.length} columns).`);
    }
    const sorted = sort ? entry.table.sortIndex(entry.picks[sort.column]!, sort.direction) : undefined;
    if (!search) return sorted;
    const key = `${sort ? `${sort.column}:${sort.direction}` : ''}|${search}`;
    const cached = this.views.get(entry.dataId);
    if (cached?.key === key) return cached.order;
    const order = searchRows(entry.table, search, entry.picks, sorted);
    this.views.set(entry.dataId, { key, order });
    return order;
  }
}

function invalid(message: string): LitUiError {
  return new LitUiError(ErrorCode.InvalidDataRequest, message);
}
