import { css } from 'lit';

/**
 * Styles of the clickable widgets: buttons (on top of the shell's
 * `.lu-button`), checkboxes, toggles and radio groups, drawn as Streamlit's.
 */
export const choiceStyles = css`
  /* buttons */
  .lu-widget-button {
    max-width: 100%;
    font-weight: 400;
    text-align: center;
    transition: background-color 0.15s ease, border-color 0.15s ease, color 0.15s ease;
  }
  .lu-widget-button.lu-button--wide {
    display: flex;
    width: 100%;
  }
  .lu-button-icon {
    flex: none;
    line-height: 1;
  }
  .lu-button-label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .lu-widget-button.lu-button--secondary:active:not(:disabled) {
    background: var(--lit-ui-primary);
    border-color: var(--lit-ui-primary);
    color: var(--lit-ui-primary-contrast);
  }
  .lu-widget-button.lu-button--primary {
    background: var(--lit-ui-primary);
    border-color: var(--lit-ui-primary);
    color: var(--lit-ui-primary-contrast);
  }
  .lu-widget-button.lu-button--primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--lit-ui-primary) 86%, #000);
    border-color: color-mix(in srgb, var(--lit-ui-primary) 86%, #000);
    color: var(--lit-ui-primary-contrast);
  }
  .lu-widget-button.lu-button--primary:active:not(:disabled) {
    background: color-mix(in srgb, var(--lit-ui-primary) 75%, #000);
  }
  .lu-widget-button.lu-button--tertiary {
    min-height: 0;
    padding: 0.125rem 0;
    border-color: transparent;
    background: transparent;
  }
  .lu-widget-button.lu-button--tertiary:hover:not(:disabled) {
    border-color: transparent;
  }
  .lu-widget-button.lu-button--tertiary:active:not(:disabled) {
    color: color-mix(in srgb, var(--lit-ui-primary) 80%, #000);
  }
  .lu-widget-button:disabled {
    opacity: 1;
    color: color-mix(in srgb, var(--lit-ui-text) 40%, transparent);
    border-color: color-mix(in srgb, var(--lit-ui-border) 60%, transparent);
  }
  .lu-widget-button.lu-button--primary:disabled {
    background: color-mix(in srgb, var(--lit-ui-text) 10%, transparent);
    border-color: transparent;
  }

  /* checkbox & toggle */
  .lu-check-row {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    max-width: 100%;
    min-height: 1.5rem;
  }
  .lu-check {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
    cursor: pointer;
    line-height: 1.5;
  }
  .lu-check--disabled {
    cursor: not-allowed;
    color: var(--lit-ui-muted);
  }
  .lu-check-input,
  .lu-radio-input {
    position: absolute;
    opacity: 0;
    width: 1rem;
    height: 1rem;
    margin: 0;
    pointer-events: none;
  }
  .lu-check-box {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1rem;
    height: 1rem;
    border: 1px solid color-mix(in srgb, var(--lit-ui-text) 40%, transparent);
    border-radius: 0.25rem;
    background: var(--lit-ui-bg);
    color: transparent;
    transition: background-color 0.12s ease, border-color 0.12s ease;
  }
  .lu-check:hover .lu-check-input:not(:disabled) + .lu-check-box {
    border-color: var(--lit-ui-primary);
  }
  .lu-check-input:checked + .lu-check-box {
    background: var(--lit-ui-primary);
    border-color: var(--lit-ui-primary);
    color: var(--lit-ui-primary-contrast);
  }
  .lu-check-input:disabled + .lu-check-box {
    opacity: 0.5;
  }
  .lu-check-input:focus-visible + .lu-check-box,
  .lu-check-input:focus-visible + .lu-switch,
  .lu-radio-input:focus-visible + .lu-radio-dot {
    outline: 2px solid var(--lit-ui-primary);
    outline-offset: 2px;
  }
  .lu-check-text {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .lu-check-text--hidden {
    visibility: hidden;
  }
  .lu-switch {
    flex: none;
    position: relative;
    width: 2rem;
    height: 1.125rem;
    border-radius: 999px;
    background: color-mix(in srgb, var(--lit-ui-text) 28%, transparent);
    transition: background-color 0.15s ease;
  }
  .lu-switch-knob {
    position: absolute;
    top: 0.1875rem;
    left: 0.1875rem;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: #fff;
    box-shadow: 0 1px 2px rgba(0, 0, 0, 0.25);
    transition: transform 0.15s ease;
  }
  .lu-check-input:checked + .lu-switch {
    background: var(--lit-ui-primary);
  }
  .lu-check-input:checked + .lu-switch .lu-switch-knob {
    transform: translateX(0.875rem);
  }
  .lu-check-input:disabled + .lu-switch {
    opacity: 0.5;
  }

  /* radio */
  .lu-radio-group {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
  }
  .lu-radio-group--horizontal {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: 1.25rem;
  }
  .lu-radio {
    position: relative;
    display: inline-flex;
    align-items: flex-start;
    gap: 0.5rem;
    cursor: pointer;
    line-height: 1.5;
  }
  .lu-radio--disabled {
    cursor: not-allowed;
    color: var(--lit-ui-muted);
  }
  .lu-radio-input {
    top: 0.25rem;
  }
  .lu-radio-dot {
    flex: none;
    width: 1rem;
    height: 1rem;
    margin-top: 0.25rem;
    border: 1px solid color-mix(in srgb, var(--lit-ui-text) 40%, transparent);
    border-radius: 50%;
    background: var(--lit-ui-bg);
    transition: background-color 0.12s ease, border-color 0.12s ease;
  }
  .lu-radio:hover .lu-radio-input:not(:disabled) + .lu-radio-dot {
    border-color: var(--lit-ui-primary);
  }
  .lu-radio-input:checked + .lu-radio-dot {
    border-color: var(--lit-ui-primary);
    background: radial-gradient(circle, var(--lit-ui-bg) 0 0.1875rem, var(--lit-ui-primary) calc(0.1875rem + 0.5px));
  }
  .lu-radio-input:disabled + .lu-radio-dot {
    opacity: 0.5;
  }
  .lu-radio-text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .lu-radio-caption {
    font-size: 0.875rem;
    color: var(--lit-ui-muted);
    line-height: 1.4;
  }
`;
