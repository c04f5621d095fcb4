import { css } from 'lit';

/** Styles of the interactive block parts and app chrome controls: buttons, popovers, chat messages, dialogs. */
export const controlStyles = css`
  /* buttons used by blocks and app chrome */
  .lu-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-height: 2.5rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    background: var(--lit-ui-bg);
    cursor: pointer;
    line-height: 1.6;
  }
  .lu-button:hover:not(:disabled) {
    border-color: var(--lit-ui-primary);
    color: var(--lit-ui-primary-text);
  }
  .lu-button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .lu-icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: none;
    border-radius: var(--lit-ui-radius);
    background: transparent;
    color: var(--lit-ui-muted);
    cursor: pointer;
  }
  .lu-icon-button:hover {
    background: var(--lit-ui-hover);
    color: var(--lit-ui-text);
  }

  /* popover */
  .lu-popover {
    position: relative;
    display: inline-block;
    max-width: 100%;
  }
  .lu-popover--wide,
  .lu-popover--wide > .lu-popover-button {
    display: flex;
    width: 100%;
  }
  .lu-popover-panel {
    position: absolute;
    top: calc(100% + 0.5rem);
    left: 0;
    z-index: 30;
    min-width: 16rem;
    max-width: min(32rem, 90vw);
    padding: 1rem;
    background: var(--lit-ui-bg);
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    box-shadow: var(--lit-ui-shadow);
  }

  /* chat message */
  .lu-chat-message {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 1rem;
    border-radius: var(--lit-ui-radius);
  }
  .lu-chat-message--user {
    background: color-mix(in srgb, var(--lit-ui-secondary-bg) 60%, transparent);
  }
  .lu-chat-content {
    flex: 1 1 auto;
    padding-top: 0.25rem;
  }
  .lu-avatar {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    font-size: 1.125rem;
    line-height: 1;
    color: #fff;
    background: var(--lit-ui-secondary-bg);
    object-fit: cover;
  }
  .lu-avatar--user {
    background: #ff6c6c;
  }
  .lu-avatar--assistant {
    background: #ffbd45;
    --lit-ui-avatar-eye: #ffbd45;
  }
  .lu-avatar--initial {
    background: #7d8294;
    font-size: 0.9375rem;
    font-weight: 600;
  }

  /* dialog */
  .lu-dialog {
    width: min(500px, calc(100vw - 2rem));
    max-width: calc(100vw - 2rem);
    max-height: calc(100vh - 4rem);
    padding: 0;
    border: none;
    border-radius: 0.75rem;
    background: var(--lit-ui-bg);
    color: var(--lit-ui-text);
    box-shadow: var(--lit-ui-shadow);
    overflow: auto;
  }
  .lu-dialog--medium {
    width: min(750px, calc(100vw - 2rem));
  }
  .lu-dialog--large {
    width: min(1280px, calc(100vw - 2rem));
  }
  .lu-dialog::backdrop {
    background: rgba(14, 17, 23, 0.5);
  }
  .lu-dialog[open] {
    animation: lu-dialog-in 0.18s ease-out;
  }
  @keyframes lu-dialog-in {
    from {
      opacity: 0;
      transform: translateY(0.75rem) scale(0.98);
    }
  }
  .lu-dialog-inner {
    padding: 1.5rem 1.5rem 2rem;
  }
  .lu-dialog-header {
    display: flex;
    align-items: flex-start;
    gap: 1rem;
    margin-bottom: 1rem;
  }
  .lu-dialog-title {
    flex: 1 1 auto;
    font-size: 1.5rem;
    font-weight: 600;
    padding: 0;
  }
  .lu-dialog-close {
    margin: -0.25rem -0.5rem 0 0;
  }
`;
