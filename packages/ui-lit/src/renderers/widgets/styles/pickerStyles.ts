import { css } from 'lit';

/**
 * Styles of `st.date_input`, `st.time_input`, `st.datetime_input` (native pickers inside the
 * shared field box, with a quiet picker icon) and `st.color_picker` (a
 * rounded swatch with its hex code).
 */
export const pickerStyles = css`
  /* date & time */
  .lu-date-input,
  .lu-time-input,
  .lu-datetime-input {
    cursor: text;
  }
  .lu-date-input::-webkit-calendar-picker-indicator,
  .lu-time-input::-webkit-calendar-picker-indicator,
  .lu-datetime-input::-webkit-calendar-picker-indicator {
    opacity: 0.55;
    cursor: pointer;
  }
  .lu-date-input::-webkit-calendar-picker-indicator:hover,
  .lu-time-input::-webkit-calendar-picker-indicator:hover,
  .lu-datetime-input::-webkit-calendar-picker-indicator:hover {
    opacity: 0.9;
  }
  .lu-field--range .lu-date-input {
    flex: 1 1 0;
  }
  .lu-date-sep {
    flex: none;
    color: var(--lit-ui-muted);
  }

  /* color picker */
  .lu-color {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
  }
  .lu-color-swatch {
    position: relative;
    display: block;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: var(--lit-ui-radius);
    box-shadow: inset 0 0 0 1px var(--lit-ui-border);
    cursor: pointer;
  }
  .lu-color-swatch:has(:focus-visible) {
    outline: 2px solid var(--lit-ui-primary);
    outline-offset: 2px;
  }
  .lu-color-input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    opacity: 0;
    cursor: pointer;
  }
  .lu-color-hex {
    font-family: var(--lit-ui-mono-font);
    font-size: 0.875rem;
    color: var(--lit-ui-muted);
  }
  .lu-color--disabled {
    opacity: 0.5;
  }
  .lu-color--disabled .lu-color-swatch,
  .lu-color--disabled .lu-color-input {
    cursor: not-allowed;
  }
`;
