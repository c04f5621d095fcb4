import { css } from 'lit';

/**
 * Styles of `st.chat_input`: a rounded box holding a growing text area and
 * a round send button that lights up in the primary color when there is
 * text to send.
 */
export const chatStyles = css`
  .lu-chat-input {
    display: flex;
    align-items: flex-end;
    gap: 0.5rem;
    padding: 0.375rem 0.375rem 0.375rem 1rem;
    background: var(--lu-field-bg, var(--lit-ui-secondary-bg));
    border: 1px solid var(--lu-field-bg, var(--lit-ui-secondary-bg));
    border-radius: 1.25rem;
    transition: border-color 0.15s ease;
  }
  .lu-chat-input:focus-within {
    border-color: var(--lit-ui-primary);
  }
  .lu-chat-input-text {
    flex: 1 1 auto;
    min-width: 0;
    min-height: 2rem;
    max-height: 200px;
    margin: 0;
    padding: 0.25rem 0;
    border: 0;
    background: transparent;
    font-size: 1rem;
    line-height: 1.5;
    color: inherit;
    resize: none;
    outline: none;
    overflow-y: hidden;
  }
  .lu-chat-input-text:focus-visible {
    outline: none;
  }
  .lu-chat-input-text::placeholder {
    color: var(--lit-ui-muted);
    opacity: 0.8;
  }
  .lu-chat-input-count {
    flex: none;
    align-self: center;
    font-size: 0.75rem;
    color: var(--lit-ui-muted);
  }
  .lu-chat-send {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: var(--lit-ui-primary);
    color: var(--lit-ui-primary-contrast);
    cursor: pointer;
    transition: background-color 0.15s ease, opacity 0.15s ease;
  }
  .lu-chat-send:hover:not(:disabled) {
    background: color-mix(in srgb, var(--lit-ui-primary) 86%, #000);
  }
  .lu-chat-send:disabled {
    background: transparent;
    color: var(--lit-ui-muted);
    opacity: 0.6;
    cursor: default;
  }
  .lu-chat-input--disabled {
    opacity: 0.6;
  }
  .lu-chat-input--disabled .lu-chat-input-text {
    cursor: not-allowed;
  }
`;
