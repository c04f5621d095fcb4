import { css } from 'lit';

/**
 * Styles of the button-group widgets, drawn as Streamlit's: pills
 * (`st.pills`, rounded and wrapping), the segmented control
 * (`st.segmented_control`, joined in one row) and the feedback icons
 * (`st.feedback`). A chosen option takes the primary color.
 */
export const buttonGroupStyles = css`
  .lu-button-group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .lu-group-option {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--lit-ui-border);
    background: var(--lit-ui-bg);
    color: var(--lit-ui-text);
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
    transition: background-color 0.15s ease, border-color 0.15s ease, color 0.15s ease;
  }
  .lu-pills .lu-group-option {
    border-radius: 999px;
  }
  .lu-group-option:hover:not(:disabled),
  .lu-group-option:focus-visible {
    border-color: var(--lit-ui-primary);
    color: var(--lit-ui-primary);
  }
  .lu-group-option--on {
    border-color: var(--lit-ui-primary);
    background: color-mix(in srgb, var(--lit-ui-primary) 12%, var(--lit-ui-bg));
    color: var(--lit-ui-primary-text);
  }
  .lu-group-option:disabled {
    cursor: not-allowed;
    color: color-mix(in srgb, var(--lit-ui-text) 40%, transparent);
  }
  .lu-segmented {
    flex-wrap: nowrap;
    gap: 0;
  }
  .lu-segmented .lu-group-option {
    border-radius: 0;
    margin-left: -1px;
  }
  /* Given a width (Streamlit's px or 'stretch'), the segments share it. */
  :is(.lu-w-px, .lu-w-stretch) .lu-segmented .lu-group-option {
    flex: 1 1 0;
    justify-content: center;
  }
  .lu-segmented .lu-group-option:first-child {
    margin-left: 0;
    border-radius: var(--lit-ui-radius) 0 0 var(--lit-ui-radius);
  }
  .lu-segmented .lu-group-option:last-child {
    border-radius: 0 var(--lit-ui-radius) var(--lit-ui-radius) 0;
  }
  .lu-segmented .lu-group-option--on,
  .lu-segmented .lu-group-option:hover:not(:disabled) {
    position: relative;
    z-index: 1;
  }

  .lu-feedback {
    display: inline-flex;
    gap: 0.25rem;
  }
  .lu-feedback-option {
    min-width: 2rem;
    min-height: 2rem;
    padding: 0.125rem;
    border: 1px solid transparent;
    border-radius: var(--lit-ui-radius);
    background: transparent;
    font-size: 1.25rem;
    line-height: 1;
    cursor: pointer;
    filter: grayscale(1);
    opacity: 0.6;
  }
  .lu-feedback-option:hover:not(:disabled),
  .lu-feedback-option:focus-visible,
  .lu-feedback-option--on {
    filter: none;
    opacity: 1;
  }
  .lu-feedback--stars .lu-feedback-option {
    color: var(--lit-ui-muted);
    filter: none;
  }
  .lu-feedback--stars .lu-feedback-option--on {
    color: var(--lit-ui-primary);
  }
  .lu-feedback-option:disabled {
    cursor: not-allowed;
  }
`;
