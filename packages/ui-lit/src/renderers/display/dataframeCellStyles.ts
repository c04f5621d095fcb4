import { css } from 'lit';

/** Styles of `<lit-ui-dataframe>`'s cells beyond text: pinned columns, column types (progress, links, images, chips,
 * sparklines), selection, and the data editor's editing states. */
export const dataframeCellStyles = css`
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
