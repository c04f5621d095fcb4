import { css } from 'lit';
import { dataframeCellStyles } from './dataframeCellStyles.js';

/**
 * Styles of `<lit-ui-dataframe>`: frame, sticky header and index, virtual rows, resize handles, toolbar, footer
 * (cells: dataframeCellStyles.ts). They load with the element, which adopts them into the root it renders in; the
 * footer's base style, shared with `st.table`, is in dataStyles.ts.
 */
export const dataframeStyles = css`
  /* dataframe */
  .lu-df {
    position: relative;
  }
  .lu-df-scroll {
    position: relative;
    overflow: auto;
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    background: var(--lit-ui-bg);
    font-size: 0.875rem;
    scrollbar-width: thin;
    overscroll-behavior: contain;
  }
  .lu-df-canvas {
    position: relative;
    min-width: 100%;
  }
  .lu-df-body {
    position: relative;
  }
  .lu-df-row {
    display: flex;
    height: var(--lu-df-rh, 35px);
  }
  .lu-df-body > .lu-df-row {
    position: absolute;
    left: 0;
    right: 0;
    background: var(--lit-ui-bg);
  }
  .lu-df-row--alt {
    background: color-mix(in srgb, var(--lit-ui-secondary-bg) 40%, var(--lit-ui-bg)) !important;
  }
  .lu-df-body .lu-df-row:hover {
    background: var(--lit-ui-hover) !important;
  }
  .lu-df-gap {
    flex: none;
  }
  .lu-df-cell {
    flex: none;
    box-sizing: border-box;
    padding: 0 0.5rem;
    line-height: calc(var(--lu-df-rh, 35px) - 1px);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    border-bottom: 1px solid var(--lu-grid);
    border-right: 1px solid var(--lu-grid);
  }
  .lu-df-row--last > .lu-df-cell {
    border-bottom: none;
  }
  .lu-df-row--loading > .lu-df-cell:not(.lu-df-index) {
    background: linear-gradient(90deg, transparent 0.5rem, var(--lu-grid) 0.5rem, var(--lu-grid) 60%, transparent 60%) no-repeat center / 100% 0.5rem;
    opacity: 0.6;
  }
  .lu-df-head {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--lu-head-bg);
  }
  .lu-df-th {
    position: relative;
    color: var(--lit-ui-muted);
    background: var(--lu-head-bg);
  }
  .lu-df-sort-button {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    width: calc(100% + 1rem);
    height: 100%;
    margin: 0 -0.5rem;
    padding: 0 0.5rem;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
    text-align: inherit;
  }
  .lu-df-sort-button:hover {
    color: var(--lit-ui-text);
    background: var(--lit-ui-hover);
  }
  .lu-df-num .lu-df-sort-button {
    justify-content: flex-end;
  }
  .lu-df-head-text {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .lu-df-sort {
    flex: none;
    color: var(--lit-ui-text);
  }
  .lu-df-resize {
    position: absolute;
    top: 0;
    right: -4px;
    width: 8px;
    height: 100%;
    cursor: col-resize;
    z-index: 1;
    touch-action: none;
  }
  .lu-df-resize:hover {
    background: color-mix(in srgb, var(--lit-ui-primary) 35%, transparent);
  }
  .lu-df-index {
    position: sticky;
    left: 0;
    z-index: 1;
    color: var(--lit-ui-muted);
    background: var(--lu-head-bg);
    text-align: right;
  }
  .lu-df-head .lu-df-index {
    z-index: 3;
  }
  .lu-df-num,
  .lu-df-number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .lu-df-null {
    color: var(--lit-ui-muted);
    font-style: italic;
  }
  .lu-df-bool {
    text-align: center;
  }
  .lu-df-check {
    display: inline-block;
    width: 0.875rem;
    height: 0.875rem;
    vertical-align: -0.125rem;
    border: 1.5px solid var(--lit-ui-muted);
    border-radius: 0.2rem;
    position: relative;
  }
  .lu-df-check[data-checked] {
    background: var(--lit-ui-muted);
  }
  .lu-df-check[data-checked]::after {
    content: '';
    position: absolute;
    left: 0.22rem;
    top: 0.04rem;
    width: 0.22rem;
    height: 0.45rem;
    border: solid var(--lit-ui-bg);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .lu-df-empty {
    padding: 0.5rem;
    text-align: center;
    color: var(--lit-ui-muted);
  }
  .lu-df-footer--error {
    color: var(--lit-ui-danger);
  }
  .lu-df-toolbar {
    position: absolute;
    top: -2.1rem;
    right: 0;
    z-index: 4;
    display: flex;
    align-items: center;
    gap: 0.125rem;
    padding: 0.125rem;
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    background: var(--lit-ui-bg);
    opacity: 0;
    pointer-events: none;
    transition: opacity 0.15s;
  }
  .lu-df:hover > .lu-df-toolbar,
  .lu-df:focus-within > .lu-df-toolbar,
  .lu-df-toolbar--open {
    opacity: 1;
    pointer-events: auto;
  }
  .lu-df-tool {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.75rem;
    height: 1.75rem;
    padding: 0 0.25rem;
    border: none;
    border-radius: calc(var(--lit-ui-radius) - 2px);
    background: none;
    color: var(--lit-ui-muted);
    cursor: pointer;
  }
  .lu-df-tool:hover,
  .lu-df-tool[aria-pressed='true'] {
    color: var(--lit-ui-text);
    background: var(--lit-ui-hover);
  }
  .lu-df-tool:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .lu-df-percent {
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
  }
  .lu-df-search {
    width: 12rem;
    height: 1.75rem;
    padding: 0 0.5rem;
    border: 1px solid var(--lit-ui-border);
    border-radius: calc(var(--lit-ui-radius) - 2px);
    background: var(--lit-ui-bg);
    color: var(--lit-ui-text);
    font: inherit;
    font-size: 0.875rem;
  }
`;

/** Every style of the table (frame and cells), as text for `adoptStyles`. */
export const DATAFRAME_CSS = `${dataframeStyles.cssText}\n${dataframeCellStyles.cssText}`;
