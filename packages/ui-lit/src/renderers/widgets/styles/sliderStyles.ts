import { css } from 'lit';

/**
 * Styles of `st.slider` and `st.select_slider`: a thin rounded track whose
 * selected part is the primary color, round thumbs with a focus halo, the
 * value above each thumb and the bounds under the track in the mono font.
 */
export const sliderStyles = css`
  .lu-slider {
    user-select: none;
    -webkit-user-select: none;
  }
  .lu-slider-rail {
    padding: 1.625rem 0 0.375rem;
    cursor: pointer;
    touch-action: none;
  }
  .lu-slider-inner {
    position: relative;
    height: 0.75rem;
    margin: 0 0.375rem;
  }
  .lu-slider-track,
  .lu-slider-fill {
    position: absolute;
    top: 50%;
    height: 0.25rem;
    margin-top: -0.125rem;
  }
  .lu-slider-track {
    left: -0.375rem;
    right: -0.375rem;
    border-radius: 999px;
    background: var(--lit-ui-selected);
  }
  .lu-slider-fill {
    background: var(--lit-ui-primary);
  }
  .lu-slider-fill--from-start::before {
    /* reaches the track's rounded start, half a thumb before the lowest value */
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    right: 100%;
    width: 0.375rem;
    border-radius: 999px 0 0 999px;
    background: inherit;
  }
  .lu-slider-thumb {
    position: absolute;
    top: 50%;
    width: 0.75rem;
    height: 0.75rem;
    margin: -0.375rem 0 0 -0.375rem;
    border-radius: 50%;
    background: var(--lit-ui-primary);
    box-shadow: 0 0 0 0 transparent;
    transition: box-shadow 0.15s ease;
    cursor: grab;
    touch-action: none;
  }
  .lu-slider-thumb:hover,
  .lu-slider-thumb--active {
    box-shadow: 0 0 0 0.3125rem color-mix(in srgb, var(--lit-ui-primary) 18%, transparent);
  }
  .lu-slider-thumb--active {
    cursor: grabbing;
  }
  .lu-slider-thumb:focus-visible {
    outline: none;
    box-shadow: 0 0 0 0.3125rem color-mix(in srgb, var(--lit-ui-primary) 35%, transparent);
  }
  .lu-slider-value {
    position: absolute;
    bottom: calc(100% + 0.25rem);
    font-family: var(--lit-ui-mono-font);
    font-size: 0.875rem;
    line-height: 1.4;
    color: var(--lit-ui-primary-text);
    white-space: nowrap;
    pointer-events: none;
  }
  .lu-slider-value--hidden {
    visibility: hidden;
  }
  .lu-slider-ticks {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    font-family: var(--lit-ui-mono-font);
    font-size: 0.875rem;
    line-height: 1.4;
    color: var(--lit-ui-muted);
  }
  .lu-slider--disabled .lu-slider-rail {
    cursor: not-allowed;
  }
  .lu-slider--disabled .lu-slider-fill,
  .lu-slider--disabled .lu-slider-thumb {
    background: color-mix(in srgb, var(--lit-ui-text) 30%, var(--lit-ui-bg));
    box-shadow: none;
    cursor: not-allowed;
  }
  .lu-slider--disabled .lu-slider-value {
    color: var(--lit-ui-muted);
  }
`;
