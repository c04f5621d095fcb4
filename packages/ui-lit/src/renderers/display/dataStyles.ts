import { css } from 'lit';

/** Styles of the data renderers: table, JSON tree, metric (the dataframe's load with it: `dataframeStyles`). */
export const dataStyles = css`
  /* table; .lu-df-footer is also the dataframe's */
  .lu-df-footer {
    padding-top: 0.375rem;
    font-size: 0.8125rem;
    color: var(--lit-ui-muted);
  }
  .lu-table-wrap {
    overflow-x: auto;
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    scrollbar-width: thin;
  }
  .lu-table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  .lu-table th,
  .lu-table td {
    padding: 0.5rem 0.75rem;
    text-align: left;
    border-bottom: 1px solid var(--lu-grid);
    vertical-align: top;
  }
  .lu-table thead th {
    font-weight: 600;
    color: var(--lit-ui-muted);
    background: var(--lu-head-bg);
    white-space: nowrap;
  }
  .lu-table tbody tr:last-child > * {
    border-bottom: none;
  }
  .lu-table tbody tr:nth-child(even) {
    background: color-mix(in srgb, var(--lit-ui-secondary-bg) 40%, transparent);
  }
  .lu-table .lu-table-index {
    width: 1%;
    font-weight: 400;
    color: var(--lit-ui-muted);
    white-space: nowrap;
  }
  .lu-table .lu-table-num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .lu-table-null {
    color: var(--lit-ui-muted);
    font-style: italic;
  }

  /* JSON tree */
  .lu-json {
    position: relative;
    padding-right: 2.5rem;
    font-family: var(--lit-ui-mono-font);
    font-size: 0.875rem;
    line-height: 1.65;
    overflow-wrap: anywhere;
  }
  .lu-json-row {
    padding-left: 1rem;
  }
  .lu-json-toggle {
    display: inline;
    margin-left: -1rem;
    padding: 0;
    border: none;
    background: none;
    font: inherit;
    color: inherit;
    text-align: left;
    cursor: pointer;
  }
  .lu-json-toggle:disabled {
    cursor: default;
    margin-left: 0;
  }
  .lu-json-toggle:disabled .lu-json-caret {
    display: none;
  }
  .lu-json-caret {
    display: inline-block;
    width: 1rem;
    color: var(--lit-ui-muted);
    transition: transform 0.12s ease;
  }
  .lu-json-caret::before {
    content: '▸';
  }
  .lu-json-toggle[aria-expanded='true'] .lu-json-caret {
    transform: rotate(90deg);
  }
  .lu-json-toggle:hover .lu-json-caret {
    color: var(--lit-ui-text);
  }
  .lu-json-children {
    margin-left: 0.3rem;
    border-left: 1px solid var(--lu-grid);
  }
  .lu-json-key {
    color: var(--lit-ui-text);
  }
  .lu-json-index {
    color: var(--lit-ui-muted);
  }
  .lu-json-colon {
    margin-right: 0.5em;
    color: var(--lit-ui-muted);
  }
  .lu-json-brace {
    color: var(--lit-ui-muted);
  }
  .lu-json-count {
    margin-left: 0.6em;
    font-size: 0.8em;
    font-style: italic;
    color: var(--lit-ui-muted);
    opacity: 0.8;
  }
  .lu-json-string {
    color: var(--lu-green);
  }
  .lu-json-number {
    color: var(--lu-blue);
  }
  .lu-json-boolean {
    color: var(--lu-violet);
  }
  .lu-json-null {
    color: var(--lu-gray);
  }
  .lu-json-more {
    margin: 0.125rem 0 0.125rem 1rem;
    padding: 0 0.5rem;
    border: 1px solid var(--lit-ui-border);
    border-radius: 0.375rem;
    background: none;
    font: inherit;
    font-size: 0.8em;
    color: var(--lit-ui-muted);
    cursor: pointer;
  }
  .lu-json-more:hover {
    color: var(--lit-ui-text);
  }

  /* metric */
  .lu-metric {
    display: flex;
    flex-direction: column;
    min-width: 0;
    container-type: inline-size;
  }
  .lu-metric--border {
    padding: calc(1rem - 1px);
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
  }
  .lu-metric-label {
    display: flex;
    align-items: center;
    min-height: 1.5rem;
    font-size: 0.875rem;
    color: var(--lit-ui-text);
  }
  .lu-metric-label-text {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .lu-label--hidden {
    visibility: hidden;
  }
  .lu-label--collapsed {
    display: none;
  }
  .lu-metric-value {
    padding-bottom: 0.25rem;
    /* A value never loses its unit to an ellipsis: it shrinks in narrow cards, then wraps. */
    font-size: clamp(1.5rem, 13cqi, 2.25rem);
    line-height: 1.25;
    color: var(--lit-ui-text);
    overflow-wrap: anywhere;
  }
  .lu-metric-delta {
    display: inline-flex;
    align-self: flex-start;
    align-items: center;
    gap: 0.3rem;
    padding: 0.0625rem 0.55rem;
    border-radius: 1rem;
    font-size: 0.875rem;
    line-height: 1.5;
  }
  .lu-metric-arrow {
    font-size: 0.65rem;
  }
  .lu-metric-delta--good {
    color: var(--lu-green);
    background: var(--lu-green-bg);
  }
  .lu-metric-delta--bad {
    color: var(--lu-red);
    background: var(--lu-red-bg);
  }
  .lu-metric-delta--neutral {
    color: var(--lu-gray);
    background: var(--lu-gray-bg);
  }
`;
