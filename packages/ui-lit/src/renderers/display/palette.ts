import { css, unsafeCSS } from 'lit';

/**
 * Named colors of the display renderers (markdown `:color[…]` text and
 * backgrounds, metric deltas, JSON values) and the syntax-highlighting
 * palette, for the light theme. Dark values below.
 */
const light = unsafeCSS(`
  --lu-red: #c31c22; --lu-orange: #ab4b0b; --lu-yellow: #806600; --lu-green: #0c7835;
  --lu-blue: #1764bc; --lu-violet: #7339d4; --lu-gray: #606474;
  --lu-red-bg: rgba(255, 43, 43, 0.1); --lu-orange-bg: rgba(255, 164, 33, 0.12); --lu-yellow-bg: rgba(255, 227, 18, 0.18);
  --lu-green-bg: rgba(33, 195, 84, 0.1); --lu-blue-bg: rgba(28, 131, 225, 0.1); --lu-violet-bg: rgba(128, 61, 245, 0.1);
  --lu-gray-bg: rgba(128, 132, 149, 0.12);
  --lu-grid: rgba(49, 51, 63, 0.1);
  --lu-head-bg: #f8f9fb;
  --lu-syn-keyword: #9b2fae; --lu-syn-string: #0d7e39; --lu-syn-number: #ab5600; --lu-syn-comment: #686c7a;
  --lu-syn-title: #1a62c4; --lu-syn-type: #ab5500; --lu-syn-attr: #c0392b; --lu-syn-meta: #696c78; --lu-syn-regexp: #0e7879;
`);
const dark = unsafeCSS(`
  --lu-red: #ff6c6c; --lu-orange: #ffa421; --lu-yellow: #ffe312; --lu-green: #3dd56d;
  --lu-blue: #60b4ff; --lu-violet: #b27eff; --lu-gray: #a3a8b8;
  --lu-red-bg: rgba(255, 108, 108, 0.2); --lu-orange-bg: rgba(255, 164, 33, 0.2); --lu-yellow-bg: rgba(255, 227, 18, 0.2);
  --lu-green-bg: rgba(61, 213, 109, 0.2); --lu-blue-bg: rgba(61, 157, 243, 0.2); --lu-violet-bg: rgba(157, 96, 251, 0.2);
  --lu-gray-bg: rgba(163, 168, 184, 0.2);
  --lu-grid: rgba(250, 250, 250, 0.1);
  --lu-head-bg: #1a1c24;
  --lu-syn-keyword: #d18cf2; --lu-syn-string: #8fdc8f; --lu-syn-number: #ffb86c; --lu-syn-comment: #8b92a5;
  --lu-syn-title: #78b8ff; --lu-syn-type: #f0c36b; --lu-syn-attr: #ff8f85; --lu-syn-meta: #a3a8b8; --lu-syn-regexp: #6fd6d0;
`);

/** Color variables of the display renderers, light and dark (by `<lit-ui-app>`'s resolved `scheme`). */
export const paletteStyles = css`
  :host {
    ${light}
  }
  :host([scheme='dark']) {
    ${dark}
  }
`;
