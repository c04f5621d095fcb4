import { css } from 'lit';

/** Styles of the element renderers (stub until the renderers land). */
export const elementStyles = css``;
