import { css } from 'lit';

/** Styles of the block renderers (containers, columns, expanders, tabs, popovers, chat, dialogs). */
export const blockStyles = css`
  .lu-stack {
    display: flex;
    flex-direction: column;
    gap: var(--lit-ui-gap);
    min-width: 0;
  }
  .lu-element {
    min-width: 0;
    transition: opacity 0.2s ease-in;
  }
  .lu-element:empty {
    display: none;
  }
  /* Chunks of a block's children (app/blockChildren.ts): no box, unless made of elements that stay in
     their box, then a column skipped by layout and paint while off-screen, at about its estimated size. */
  .lu-chunk {
    display: contents;
  }
  .lu-chunk--skippable {
    display: flex;
    flex-direction: column;
    gap: var(--lit-ui-gap);
    min-width: 0;
    content-visibility: auto;
    contain-intrinsic-size: auto var(--lu-chunk-height, 40rem);
  }
  .lu-block {
    min-width: 0;
    transition: opacity 0.2s ease-in;
  }
  /* Streamlit's width/height (elementLayout.ts); px sizes are inline. */
  .lu-w-px,
  .lu-w-content {
    max-width: 100%;
  }
  .lu-w-content {
    width: fit-content;
  }
  /* A size query container has no width of its own to fit. */
  .lu-w-content .lu-metric {
    container-type: normal;
  }
  .lu-w-stretch,
  :is(.lu-w-px, .lu-w-stretch) .lu-button {
    width: 100%;
  }
  .lu-h-px {
    overflow: auto;
  }
  .lu-h-stretch {
    flex: 1 1 auto;
    align-self: stretch;
  }
  .lu-sized {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .lu-sized > .lu-block {
    flex: 1 1 auto;
    min-height: 0;
    box-sizing: border-box;
  }
  .lu-sized.lu-h-px > .lu-block {
    overflow: auto;
  }
  .lu-row {
    flex-flow: row wrap;
    align-items: flex-start;
  }
  .lu-row > * {
    flex: 1 1 0;
  }
  .lu-row > :is(.lu-w-px, .lu-w-content, .lu-fit) {
    flex: 0 0 auto;
  }
  .lu-row > .lu-w-stretch {
    flex: 1 1 0;
  }
  /* st.container's gap and alignments (layoutBlocks.ts): along a row or down a stack with a height, then across. */
  .lu-block.lu-gap-none {
    gap: 0;
  }
  .lu-block.lu-gap-medium {
    gap: 2rem;
  }
  .lu-block.lu-gap-large {
    gap: 4rem;
  }
  .lu-row.lu-ha-center,
  .lu-va-center:not(.lu-row) {
    justify-content: center;
  }
  .lu-row.lu-ha-right,
  .lu-va-bottom:not(.lu-row) {
    justify-content: flex-end;
  }
  .lu-row.lu-ha-distribute,
  .lu-va-distribute:not(.lu-row) {
    justify-content: space-between;
  }
  .lu-row.lu-va-center {
    align-items: center;
  }
  .lu-row.lu-va-bottom {
    align-items: flex-end;
  }
  .lu-row.lu-va-distribute {
    align-items: stretch;
  }
  .lu-ha-center:not(.lu-row) > :is(.lu-w-px, .lu-w-content, .lu-fit) {
    align-self: center;
  }
  .lu-ha-right:not(.lu-row) > :is(.lu-w-px, .lu-w-content, .lu-fit) {
    align-self: flex-end;
  }
  .lu-stale {
    opacity: 0.33;
  }
  .lu-stale .lu-stale {
    opacity: 1;
  }
  .lu-bordered {
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    padding: calc(1rem - 1px);
  }
  .lu-note {
    font-size: 0.875rem;
    color: var(--lit-ui-muted);
    border: 1px dashed var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    padding: 0.5rem 0.75rem;
  }
  .lu-note--error {
    color: var(--lit-ui-danger);
    background: var(--lit-ui-danger-bg);
    border-style: solid;
  }

  /* columns */
  .lu-horizontal {
    display: flex;
    flex-direction: row;
    flex-wrap: nowrap;
    gap: 1rem;
    align-items: flex-start;
  }
  .lu-horizontal.lu-align-center {
    align-items: center;
  }
  .lu-horizontal.lu-align-bottom {
    align-items: flex-end;
  }
  .lu-column {
    flex: 1 1 0%;
    width: 0;
  }
  /* Bordered cards in a top-aligned row share the row's height, as Streamlit's. */
  .lu-align-top > .lu-column.lu-bordered {
    align-self: stretch;
  }
  /* So do bordered metrics alone in their columns. */
  .lu-align-top > .lu-column:has(> .lu-element:only-child > .lu-metric--border) {
    align-self: stretch;
  }
  .lu-column > .lu-element:only-child:has(> .lu-metric--border),
  .lu-column > .lu-element:only-child > .lu-metric--border {
    height: 100%;
  }
  @media (max-width: 640px) {
    .lu-horizontal {
      flex-direction: column;
      align-items: stretch;
    }
    .lu-horizontal > .lu-column {
      width: 100%;
      flex: 1 1 auto !important;
    }
  }

  /* expander & status */
  .lu-expander {
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    background: var(--lit-ui-bg);
  }
  .lu-expander-summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.625rem 1rem;
    cursor: pointer;
    list-style: none;
    border-radius: var(--lit-ui-radius);
    user-select: none;
  }
  .lu-expander-summary::-webkit-details-marker {
    display: none;
  }
  .lu-expander-summary:hover {
    color: var(--lit-ui-primary-text);
  }
  .lu-expander-label {
    flex: 1 1 auto;
    min-width: 0;
  }
  .lu-chevron {
    flex: none;
    color: var(--lit-ui-muted);
    transition: transform 0.2s ease;
  }
  .lu-expander[open] > .lu-expander-summary .lu-chevron {
    transform: rotate(180deg);
  }
  .lu-expander-body {
    padding: 0.25rem 1rem 1rem;
  }
  .lu-status-icon {
    display: inline-flex;
  }
  .lu-status-icon--complete {
    color: #21c354;
  }
  .lu-status-icon--error {
    color: #ff2b2b;
  }
  .lu-spinner {
    flex: none;
    display: inline-block;
    width: 1rem;
    height: 1rem;
    border: 2px solid var(--lit-ui-selected);
    border-top-color: var(--lit-ui-primary);
    border-radius: 50%;
    animation: lu-spin 0.8s linear infinite;
  }
  @keyframes lu-spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* tabs */
  .lu-tabs {
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }
  .lu-tablist {
    display: flex;
    gap: 1.5rem;
    overflow-x: auto;
    border-bottom: 1px solid var(--lit-ui-border);
    scrollbar-width: thin;
  }
  .lu-tab {
    flex: none;
    background: none;
    border: none;
    padding: 0.5rem 0 0.625rem;
    margin-bottom: -1px;
    border-bottom: 2px solid transparent;
    cursor: pointer;
    font-size: 0.9375rem;
    white-space: nowrap;
  }
  .lu-tab:hover,
  .lu-tab[aria-selected='true'] {
    color: var(--lit-ui-primary-text);
  }
  .lu-tab[aria-selected='true'] {
    border-bottom-color: var(--lit-ui-primary);
  }
`;
