import { css } from 'lit';

/** Styles of `<lit-ui-dataframe>`: frame, sticky header and index, virtual rows, resize handles, toolbar. */
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
  .lu-df-footer {
    padding-top: 0.375rem;
    font-size: 0.8125rem;
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
  .lu-df-pinned {
    position: sticky;
    z-index: 1;
    background: var(--lit-ui-bg);
    box-shadow: 1px 0 0 var(--lu-grid);
  }
  .lu-df-th.lu-df-pinned {
    z-index: 3;
    background: var(--lu-head-bg);
  }
  .lu-df-progress {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .lu-df-bar {
    flex: 1;
    height: 0.5rem;
    border-radius: 0.25rem;
    background: var(--lu-grid);
    overflow: hidden;
  }
  .lu-df-bar > span {
    display: block;
    height: 100%;
    background: var(--lit-ui-primary);
  }
  .lu-df-bar-text {
    flex: none;
    font-variant-numeric: tabular-nums;
  }
  .lu-df-link a {
    color: var(--lit-ui-primary);
  }
  .lu-df-img {
    height: calc(var(--lu-df-rh, 35px) - 8px);
    vertical-align: middle;
  }
  .lu-df-chip {
    display: inline-block;
    margin-right: 0.25rem;
    padding: 0 0.4rem;
    line-height: 1.4;
    border-radius: 0.6rem;
    background: var(--lit-ui-secondary-bg);
  }
  .lu-df-spark {
    width: 100%;
    height: calc(var(--lu-df-rh, 35px) - 12px);
    vertical-align: middle;
    overflow: visible;
  }
  .lu-df-spark polyline {
    fill: none;
    stroke: var(--lit-ui-primary);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .lu-df-spark polygon {
    fill: color-mix(in srgb, var(--lit-ui-primary) 25%, transparent);
    stroke: none;
  }
  .lu-df-spark rect {
    fill: var(--lit-ui-primary);
  }
  .lu-df-select {
    position: sticky;
    left: 0;
    z-index: 2;
    width: 36px;
    padding: 0;
    text-align: center;
    background: var(--lu-head-bg);
  }
  .lu-df-select input {
    margin: 0;
    vertical-align: middle;
    accent-color: var(--lit-ui-primary);
    cursor: pointer;
  }
  .lu-df-cell-select {
    display: contents;
    cursor: cell;
  }
  .lu-df-row--selected,
  .lu-df-row--selected.lu-df-row--alt {
    background: color-mix(in srgb, var(--lit-ui-primary) 12%, var(--lit-ui-bg)) !important;
  }
  .lu-df-col--selected {
    background-color: color-mix(in srgb, var(--lit-ui-primary) 10%, transparent);
  }
  .lu-df-cell--selected {
    outline: 2px solid var(--lit-ui-primary);
    outline-offset: -2px;
  }
  .lu-df-cell--range {
    background-color: color-mix(in srgb, var(--lit-ui-primary) 10%, transparent);
  }
  .lu-df-cell--active {
    outline: 2px solid var(--lit-ui-primary);
    outline-offset: -2px;
  }
  .lu-df-scroll:not(:focus-within) .lu-df-cell--active {
    outline-color: color-mix(in srgb, var(--lit-ui-primary) 40%, transparent);
  }
  .lu-df-sort-toggle {
    position: absolute;
    top: 0;
    right: 4px;
    height: 100%;
    border: none;
    background: none;
    color: var(--lit-ui-muted);
    cursor: pointer;
  }
  .lu-df-row--deleted > .lu-df-cell:not(.lu-df-index) {
    text-decoration: line-through;
    opacity: 0.5;
  }
  .lu-df-row--added > .lu-df-index {
    color: var(--lit-ui-primary);
  }
  .lu-df-editing {
    position: relative;
    padding: 0;
    overflow: visible;
    z-index: 2;
  }
  .lu-df-input {
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    padding: 0 0.5rem;
    border: 2px solid var(--lit-ui-primary);
    background: var(--lit-ui-bg);
    color: var(--lit-ui-text);
    font: inherit;
  }
  .lu-df-cell--invalid .lu-df-input {
    border-color: var(--lit-ui-danger);
  }
  .lu-df-problem {
    position: absolute;
    top: 100%;
    left: 0;
    padding: 0.125rem 0.375rem;
    border-radius: 0.25rem;
    background: var(--lit-ui-danger);
    color: var(--lit-ui-bg);
    font-size: 0.75rem;
    line-height: 1.4;
    white-space: nowrap;
  }
  .lu-de-actions {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding-top: 0.375rem;
    font-size: 0.8125rem;
    color: var(--lit-ui-muted);
  }
  .lu-de-add {
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    background: var(--lit-ui-bg);
    color: var(--lit-ui-text);
    font: inherit;
    cursor: pointer;
  }
`;
