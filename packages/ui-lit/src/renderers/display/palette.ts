import { css, unsafeCSS } from 'lit';

/**
 * Named colors of the display renderers (markdown `:color[…]` text and
 * backgrounds, metric deltas, JSON values) and the syntax-highlighting
 * palette, for the light theme. Dark values below.
 */
const light = unsafeCSS(`
  --lu-red: #e0282e; --lu-orange: #d95f0e; --lu-yellow: #9c7c00; --lu-green: #0e8f3f;
  --lu-blue: #1a6fd0; --lu-violet: #7339d4; --lu-gray: #7d8294;
  --lu-red-bg: rgba(255, 43, 43, 0.1); --lu-orange-bg: rgba(255, 164, 33, 0.12); --lu-yellow-bg: rgba(255, 227, 18, 0.18);
  --lu-green-bg: rgba(33, 195, 84, 0.1); --lu-blue-bg: rgba(28, 131, 225, 0.1); --lu-violet-bg: rgba(128, 61, 245, 0.1);
  --lu-gray-bg: rgba(128, 132, 149, 0.12);
  --lu-grid: rgba(49, 51, 63, 0.1);
  --lu-head-bg: #f8f9fb;
  --lu-syn-keyword: #9b2fae; --lu-syn-string: #0e8a3e; --lu-syn-number: #b85c00; --lu-syn-comment: #8b8f9c;
  --lu-syn-title: #1a62c4; --lu-syn-type: #b35900; --lu-syn-attr: #c0392b; --lu-syn-meta: #6b6e7b; --lu-syn-regexp: #0f7d7e;
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
