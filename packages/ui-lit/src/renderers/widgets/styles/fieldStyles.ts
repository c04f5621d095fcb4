import { css } from 'lit';

/**
 * Styles of the parts every widget shares (label, help icon, visually hidden
 * text) and of the field box used by text, number, date, time and select
 * widgets: Streamlit's filled grey field whose border turns the primary
 * color on focus.
 */
export const fieldStyles = css`
  .lu-widget {
    display: block;
    min-width: 0;
  }
  /* The sidebar is grey already: its fields are filled with the page color, as Streamlit's. */
  .lu-sidebar {
    --lu-field-bg: var(--lit-ui-bg);
  }
  .lu-popover-panel,
  .lu-dialog {
    --lu-field-bg: var(--lit-ui-secondary-bg);
  }
  .lu-widget-label {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 1.5rem;
    margin-bottom: 0.25rem;
    font-size: 0.875rem;
    line-height: 1.5;
    color: var(--lit-ui-text);
  }
  .lu-widget-label-text {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .lu-widget-label-text code {
    font-size: 0.8125rem;
  }
  .lu-widget-label--hidden {
    visibility: hidden;
  }
  .lu-widget-label--collapsed,
  .lu-check-text--collapsed {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .lu-widget-label--disabled {
    color: var(--lit-ui-muted);
  }
  .lu-widget-label > .lu-help {
    flex: none;
    margin-left: 0;
  }
  .lu-widget-label > .lu-help .lu-tooltip {
    left: auto;
    right: -0.5rem;
  }

  .lu-field {
    position: relative;
    display: flex;
    align-items: center;
    min-height: 2.5rem;
    background: var(--lu-field-bg, var(--lit-ui-secondary-bg));
    border: 1px solid var(--lu-field-bg, var(--lit-ui-secondary-bg));
    border-radius: var(--lit-ui-radius);
    transition: border-color 0.15s ease;
  }
  .lu-field:focus-within {
    border-color: var(--lit-ui-primary);
  }
  .lu-field--disabled {
    color: var(--lit-ui-muted);
    cursor: not-allowed;
  }
  .lu-field-input {
    flex: 1 1 auto;
    min-width: 0;
    width: 100%;
    height: 2.375rem;
    margin: 0;
    padding: 0 0.75rem;
    border: 0;
    background: transparent;
    font-size: 1rem;
    line-height: 1.6;
    color: inherit;
    outline: none;
  }
  .lu-field-input:focus-visible {
    outline: none;
  }
  .lu-field-input::placeholder {
    color: var(--lit-ui-muted);
    opacity: 0.8;
  }
  .lu-field-input:disabled {
    cursor: not-allowed;
    -webkit-text-fill-color: var(--lit-ui-muted);
  }
  .lu-field-button {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.25rem;
    height: 2.375rem;
    padding: 0;
    border: 0;
    border-radius: 0 var(--lit-ui-radius) var(--lit-ui-radius) 0;
    background: transparent;
    color: var(--lit-ui-muted);
    cursor: pointer;
  }
  .lu-field-button:hover:not(:disabled) {
    color: var(--lit-ui-text);
  }
  .lu-text-instructions {
    flex: none;
    display: flex;
    gap: 0.5rem;
    padding-right: 0.625rem;
    font-size: 0.75rem;
    line-height: 1;
    color: var(--lit-ui-muted);
    white-space: nowrap;
    pointer-events: none;
  }
  .lu-field--password .lu-text-instructions {
    padding-right: 0;
  }
  .lu-field--area {
    align-items: stretch;
  }
  .lu-field-textarea {
    height: 6rem;
    min-height: 2.375rem;
    padding: 0.5rem 0.75rem 1.375rem;
    resize: vertical;
  }
  .lu-field--area .lu-text-instructions {
    position: absolute;
    right: 0.5rem;
    bottom: 0.5rem;
  }

  /* number input */
  .lu-stepper {
    flex: none;
    display: flex;
    align-self: stretch;
  }
  .lu-stepper-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.25rem;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--lit-ui-text);
    cursor: pointer;
    transition: background-color 0.15s ease, color 0.15s ease;
  }
  .lu-stepper-button:last-child {
    border-radius: 0 calc(var(--lit-ui-radius) - 1px) calc(var(--lit-ui-radius) - 1px) 0;
  }
  .lu-stepper-button:hover:not(:disabled) {
    background: var(--lit-ui-primary);
    color: var(--lit-ui-primary-contrast);
  }
  .lu-stepper-button:disabled {
    color: var(--lit-ui-muted);
    opacity: 0.5;
    cursor: not-allowed;
  }
`;
