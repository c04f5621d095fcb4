import { css } from 'lit';

/** Styles of alerts, exceptions, progress, spinner, dividers, links, link buttons and charts. */
export const statusStyles = css`
  lit-ui-code,
  lit-ui-latex,
  lit-ui-json,
  lit-ui-dataframe,
  lit-ui-vega-chart,
  lit-ui-map {
    display: block;
    min-width: 0;
  }
  .lu-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  /* alerts and exceptions */
  .lu-alert {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 1rem;
    border-radius: var(--lit-ui-radius);
    overflow-wrap: anywhere;
  }
  .lu-alert--success {
    color: var(--lit-ui-success);
    background: var(--lit-ui-success-bg);
  }
  .lu-alert--info {
    color: var(--lit-ui-info);
    background: var(--lit-ui-info-bg);
  }
  .lu-alert--warning {
    color: var(--lit-ui-warning);
    background: var(--lit-ui-warning-bg);
  }
  .lu-alert--error {
    color: var(--lit-ui-danger);
    background: var(--lit-ui-danger-bg);
  }
  .lu-alert-icon {
    flex: none;
    font-size: 1.125rem;
    line-height: 1.45;
  }
  .lu-alert-body {
    flex: 1 1 auto;
    min-width: 0;
  }
  .lu-alert a,
  .lu-alert code {
    color: inherit;
  }
  .lu-alert code {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .lu-exception {
    flex-direction: column;
    gap: 0.5rem;
  }
  .lu-exception-head {
    display: flex;
    align-items: baseline;
    gap: 0.75rem;
    width: 100%;
  }
  .lu-exception-title {
    flex: 1 1 auto;
    min-width: 0;
    white-space: pre-wrap;
  }
  .lu-exception-name {
    font-weight: 600;
  }
  .lu-exception-code {
    flex: none;
    font-size: 0.75rem;
    color: inherit;
    background: color-mix(in srgb, currentColor 10%, transparent);
    opacity: 0.85;
  }
  .lu-exception-id {
    width: 100%;
    font-size: 0.875rem;
    opacity: 0.85;
  }
  .lu-exception-stack {
    width: 100%;
    font-size: 0.875rem;
  }
  .lu-exception-stack > summary {
    cursor: pointer;
    width: max-content;
    opacity: 0.85;
  }
  .lu-exception-stack > summary:hover {
    opacity: 1;
  }
  .lu-exception-trace {
    margin: 0.5rem 0 0;
    padding: 0.75rem 1rem;
    border-radius: calc(var(--lit-ui-radius) - 0.125rem);
    background: color-mix(in srgb, currentColor 6%, transparent);
    font-family: var(--lit-ui-mono-font);
    font-size: 0.8125rem;
    line-height: 1.6;
    white-space: pre;
    overflow-x: auto;
    scrollbar-width: thin;
  }

  /* progress and spinner */
  .lu-progress {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .lu-progress-text {
    font-size: 0.875rem;
  }
  .lu-progress-track {
    height: 0.5rem;
    border-radius: 999px;
    background: var(--lit-ui-secondary-bg);
    overflow: hidden;
  }
  .lu-progress-bar {
    height: 100%;
    border-radius: inherit;
    background: var(--lit-ui-primary);
    transition: width 0.25s ease;
  }
  .lu-spinner-row {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-height: 2rem;
  }
  .lu-spinner-row > .lu-spinner {
    width: 1.25rem;
    height: 1.25rem;
    border-width: 3px;
  }
  .lu-spinner-time {
    color: var(--lit-ui-muted);
    font-variant-numeric: tabular-nums;
  }

  .lu-divider {
    margin: 0.5rem 0;
    border: none;
    border-top: 1px solid var(--lit-ui-border);
  }

  /* page link */
  .lu-page-link-row {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .lu-page-link {
    display: flex;
    flex: 1 1 auto;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
    padding: 0.25rem 0.5rem;
    border-radius: var(--lit-ui-radius);
    color: var(--lit-ui-text);
    text-decoration: none;
    line-height: 2;
  }
  .lu-page-link:hover {
    background: var(--lit-ui-hover);
  }
  .lu-page-link-icon {
    flex: none;
    width: 1.25rem;
    text-align: center;
  }
  .lu-page-link-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .lu-external-icon {
    flex: none;
    color: var(--lit-ui-muted);
  }
  .lu-page-link--disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .lu-page-link--disabled:hover {
    background: none;
  }

  /* link button: the shell's .lu-button, as a link */
  .lu-link-button {
    color: var(--lit-ui-text);
    text-decoration: none;
    user-select: none;
    transition: border-color 0.15s ease, color 0.15s ease, background 0.15s ease;
  }
  .lu-link-button--primary {
    border-color: var(--lit-ui-primary);
    background: var(--lit-ui-primary);
    color: var(--lit-ui-primary-contrast);
  }
  .lu-link-button--primary:hover {
    color: var(--lit-ui-primary-contrast);
    background: color-mix(in srgb, var(--lit-ui-primary) 85%, #000);
    border-color: color-mix(in srgb, var(--lit-ui-primary) 85%, #000);
  }
  .lu-link-button--tertiary {
    border-color: transparent;
    background: none;
    padding-left: 0;
    padding-right: 0;
  }
  .lu-link-button--tertiary:hover {
    border-color: transparent;
  }
  .lu-link-button--disabled,
  .lu-link-button--disabled:hover {
    opacity: 0.45;
    cursor: not-allowed;
    color: var(--lit-ui-text);
    border-color: var(--lit-ui-border);
  }
  .lu-link-button--primary.lu-link-button--disabled {
    color: var(--lit-ui-primary-contrast);
    border-color: var(--lit-ui-primary);
  }

  /* charts */
  .lu-chart {
    position: relative;
    width: 100%;
    min-width: 0;
  }
  .lu-chart-view {
    width: 100%;
  }
  .lu-chart-view canvas,
  .lu-chart-view svg {
    display: block;
    max-width: 100%;
  }
  .lu-chart-placeholder {
    border-radius: var(--lit-ui-radius);
    background: linear-gradient(100deg, var(--lit-ui-secondary-bg) 30%, var(--lit-ui-hover) 50%, var(--lit-ui-secondary-bg) 70%);
    background-size: 300% 100%;
    opacity: 0.7;
    animation: lu-shimmer 1.6s ease-in-out infinite;
  }
  @keyframes lu-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0 0;
    }
  }
  .lu-plotly-view {
    width: 100%;
  }
  .lu-graphviz-view {
    overflow-x: auto;
    text-align: center;
  }
  .lu-graphviz-view svg.lu-graphviz-fit {
    max-width: 100%;
    height: auto;
  }
  .lu-chart-error {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 1rem;
    border-radius: var(--lit-ui-radius);
    color: var(--lit-ui-danger);
    background: var(--lit-ui-danger-bg);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
`;
