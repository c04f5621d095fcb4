import { css } from 'lit';

/**
 * Styles of `st.selectbox` and `st.multiselect`: the field with its chevron,
 * the floating option list, and the multiselect's primary-colored chips.
 */
export const selectStyles = css`
  .lu-select {
    position: relative;
  }
  .lu-select-field {
    cursor: pointer;
  }
  .lu-select-input {
    cursor: pointer;
    text-overflow: ellipsis;
  }
  .lu-select--open .lu-select-input {
    cursor: text;
  }
  .lu-select-actions {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
    padding-right: 0.5rem;
    color: var(--lit-ui-muted);
  }
  .lu-select-chevron {
    transition: transform 0.2s ease;
  }
  .lu-select--open .lu-select-chevron {
    transform: rotate(180deg);
  }
  .lu-select--disabled .lu-select-field,
  .lu-select--disabled .lu-select-input {
    cursor: not-allowed;
  }
  .lu-select-clear {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.5rem;
    height: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .lu-select-clear:hover {
    color: var(--lit-ui-text);
    background: var(--lit-ui-hover);
  }
  .lu-select-menu {
    position: absolute;
    top: calc(100% + 0.25rem);
    left: 0;
    right: 0;
    z-index: 40;
    max-height: 19rem;
    overflow-y: auto;
    padding: 0.25rem 0;
    background: var(--lit-ui-bg);
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    box-shadow: var(--lit-ui-shadow);
    animation: lu-select-in 0.12s ease-out;
  }
  .lu-select-menu--up {
    top: auto;
    bottom: calc(100% + 0.25rem);
  }
  @keyframes lu-select-in {
    from {
      opacity: 0;
      transform: translateY(-0.25rem);
    }
  }
  .lu-select-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .lu-select-option {
    padding: 0.375rem 0.75rem;
    line-height: 1.6;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .lu-select-option[aria-selected='true'] {
    background: var(--lit-ui-selected);
  }
  .lu-select-option--active {
    background: var(--lit-ui-hover);
  }
  .lu-select-option[aria-selected='true'].lu-select-option--active {
    background: var(--lit-ui-selected);
  }
  .lu-select-option[aria-disabled='true'] {
    color: var(--lit-ui-muted);
    opacity: 0.6;
    cursor: not-allowed;
  }
  .lu-select-empty,
  .lu-select-note {
    padding: 0.5rem 0.75rem;
    font-size: 0.875rem;
    color: var(--lit-ui-muted);
  }
  .lu-select-note {
    border-bottom: 1px solid var(--lit-ui-border);
    margin-bottom: 0.25rem;
  }

  /* multiselect */
  .lu-multi-field {
    align-items: center;
  }
  .lu-chips {
    flex: 1 1 auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    min-width: 0;
    padding: 0.25rem 0.25rem 0.25rem 0.5rem;
  }
  .lu-chip {
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
    max-width: 100%;
    height: 1.75rem;
    padding: 0 0.25rem 0 0.5rem;
    border-radius: 0.25rem;
    background: var(--lit-ui-primary);
    color: var(--lit-ui-primary-contrast);
    font-size: 0.875rem;
    line-height: 1;
  }
  .lu-chip-text {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .lu-chip-remove {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.125rem;
    height: 1.125rem;
    padding: 0;
    border: 0;
    border-radius: 0.25rem;
    background: transparent;
    color: inherit;
    opacity: 0.85;
    cursor: pointer;
  }
  .lu-chip-remove:hover:not(:disabled) {
    opacity: 1;
    background: rgba(0, 0, 0, 0.15);
  }
  .lu-select--disabled .lu-chip {
    background: color-mix(in srgb, var(--lit-ui-text) 30%, transparent);
  }
  .lu-multi-input {
    flex: 1 1 4rem;
    width: 4rem;
    height: 1.75rem;
    padding: 0 0.25rem;
  }
`;
