import { html, nothing } from 'lit';
import type { TableView, DataWindowMsg } from '@lit-ui/core/protocol';
import type { DataWindowRequest } from '../types.js';

/** Rows per CSV request (the server's limit). */
const CSV_ROWS = 50_000;

/** Inline SVG icons of the toolbar (stroke follows `currentColor`). */
const SEARCH = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`;
const DOWNLOAD = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 19h14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * Fetches the whole view as CSV through `dataRequest`s of 50,000 rows
 * (the streamed window export) and returns it as one Blob.
 * `progress` gets the fraction done (0–1).
 */
export async function fetchCsv(
  request: (r: DataWindowRequest) => Promise<DataWindowMsg>,
  dataId: string,
  view: TableView,
  progress: (done: number) => void,
): Promise<Blob> {
  const parts: string[] = [];
  let total = 1;
  for (let start = 0; start < total; start += CSV_ROWS) {
    const window = await request({ dataId, start, end: start + CSV_ROWS, format: 'csv', ...view });
    parts.push(window.csv ?? '');
    total = window.rowCount;
    progress(Math.min(1, (start + CSV_ROWS) / Math.max(1, total)));
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** Saves `blob` as a file named `name` through a temporary link. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** State and actions the toolbar shows. */
export interface ToolbarState {
  readonly searchOpen: boolean;
  readonly search: string;
  /** Fraction of a CSV download done, or undefined when none runs. */
  readonly downloading: number | undefined;
  readonly canFetch: boolean;
  toggleSearch(): void;
  setSearch(text: string): void;
  download(): void;
}

/**
 * The table toolbar, as Streamlit's (shown on hover and focus): a search
 * box that keeps the rows containing its text, and a CSV download of the
 * whole table as shown.
 */
export function toolbar(state: ToolbarState): unknown {
  const busy = state.downloading !== undefined;
  return html`<div class="lu-df-toolbar${state.searchOpen || busy ? ' lu-df-toolbar--open' : ''}" role="toolbar" aria-label="Table tools">
    ${
      state.searchOpen
        ? html`<input
            class="lu-df-search"
            type="search"
            placeholder="Search"
            aria-label="Search the table"
            .value=${state.search}
            @input=${(e: Event) => state.setSearch((e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && state.toggleSearch()}
          />`
        : nothing
    }
    <button type="button" class="lu-df-tool" title="Search" aria-label="Search" aria-pressed=${state.searchOpen} @click=${() => state.toggleSearch()}>
      ${SEARCH}
    </button>
    <button
      type="button"
      class="lu-df-tool"
      title="Download as CSV"
      aria-label="Download as CSV"
      ?disabled=${busy || !state.canFetch}
      @click=${() => state.download()}
    >
      ${busy ? html`<span class="lu-df-percent">${Math.round((state.downloading ?? 0) * 100)}%</span>` : DOWNLOAD}
    </button>
  </div>`;
}
