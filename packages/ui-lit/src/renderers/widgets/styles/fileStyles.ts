/* A lazy module: imports nothing from the initial bundle. */

/**
 * Styles of the file uploader (drop zone, file list, progress, errors), the
 * camera and audio inputs, a chat input's attachments and download errors:
 * adopted by the root these lazily loaded widgets render in.
 */
export const FILE_CSS = `
  .lu-uploader-zone {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 1rem;
    border-radius: var(--lit-ui-radius);
    background: var(--lu-field-bg, var(--lit-ui-secondary-bg));
    border: 1px dashed var(--lit-ui-border);
  }
  .lu-uploader-zone--over {
    border-color: var(--lit-ui-primary);
    border-style: solid;
  }
  .lu-uploader-zone--disabled {
    opacity: 0.6;
  }
  .lu-uploader-hint {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .lu-uploader-limit {
    font-size: 0.8125rem;
    color: var(--lit-ui-muted);
  }
  .lu-uploader-files {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
  }
  .lu-uploader-file {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    align-items: center;
    gap: 0.5rem;
    padding: 0.25rem 0.25rem 0.25rem 0.5rem;
    font-size: 0.875rem;
  }
  .lu-uploader-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .lu-uploader-size {
    color: var(--lit-ui-muted);
    font-size: 0.8125rem;
  }
  .lu-uploader-remove {
    border: 0;
    background: none;
    color: var(--lit-ui-muted);
    font-size: 1.1rem;
    line-height: 1;
    cursor: pointer;
    padding: 0.125rem 0.375rem;
    border-radius: var(--lit-ui-radius);
  }
  .lu-uploader-remove:hover,
  .lu-uploader-remove:focus-visible {
    color: var(--lit-ui-text);
    background: var(--lit-ui-secondary-bg);
  }
  .lu-uploader-progress {
    grid-column: 1 / -1;
    width: 100%;
    height: 0.25rem;
    accent-color: var(--lit-ui-primary);
  }
  .lu-camera {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .lu-camera-view {
    width: 100%;
    max-width: 640px;
    border-radius: var(--lit-ui-radius);
    background: #000;
  }
  .lu-camera-view[hidden] {
    display: none;
  }
  .lu-camera-actions,
  .lu-audio-input {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .lu-chat-attach {
    border: 0;
    background: none;
    cursor: pointer;
    font-size: 1.1rem;
    padding: 0 0.25rem;
    align-self: center;
  }
  .lu-chat-files {
    margin: 0 0 0.25rem;
  }
  .lu-uploader-error {
    grid-column: 1 / -1;
    color: var(--lit-ui-danger);
    font-size: 0.8125rem;
  }
`;
