import { css } from 'lit';

/** Styles of the text renderers: markdown, headings, captions, text, help tooltips, math, colored text. */
export const textStyles = css`
  .lu-markdown {
    overflow-wrap: break-word;
    min-width: 0;
  }
  .lu-markdown > :last-child,
  .lu-markdown li > :last-child {
    margin-bottom: 0;
  }
  .lu-markdown ul,
  .lu-markdown ol {
    margin: 0 0 1rem;
    padding-left: 1.5rem;
  }
  .lu-markdown li {
    margin: 0.2rem 0;
  }
  .lu-markdown li > ul,
  .lu-markdown li > ol {
    margin: 0.2rem 0 0;
  }
  .lu-markdown li:has(> input[type='checkbox']) {
    list-style: none;
    margin-left: -1.25rem;
  }
  .lu-markdown input[type='checkbox'] {
    margin: 0 0.4rem 0 0;
    accent-color: var(--lit-ui-primary);
    vertical-align: -0.1em;
  }
  .lu-markdown blockquote {
    margin: 0 0 1rem;
    padding: 0 0 0 1rem;
    border-left: 0.25rem solid var(--lit-ui-border);
    color: var(--lit-ui-muted);
  }
  .lu-markdown hr {
    border: none;
    border-top: 1px solid var(--lit-ui-border);
    margin: 1.5rem 0;
  }
  .lu-markdown img {
    max-width: 100%;
  }
  .lu-markdown table {
    display: block;
    width: max-content;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
    margin: 0 0 1rem;
    font-size: 0.9375rem;
  }
  .lu-markdown th,
  .lu-markdown td {
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--lu-grid);
  }
  .lu-markdown th {
    font-weight: 600;
    background: var(--lu-head-bg);
  }
  .lu-markdown a:hover {
    text-decoration-thickness: 2px;
  }
  .lu-markdown h1,
  .lu-markdown h2,
  .lu-markdown h3 {
    padding-top: 0.5rem;
  }

  /* Streamlit's :color[…], :color-background[…], :color-badge[…], :small[…] */
  .lu-md-red { color: var(--lu-red); }
  .lu-md-orange { color: var(--lu-orange); }
  .lu-md-yellow { color: var(--lu-yellow); }
  .lu-md-green { color: var(--lu-green); }
  .lu-md-blue { color: var(--lu-blue); }
  .lu-md-violet { color: var(--lu-violet); }
  .lu-md-gray { color: var(--lu-gray); }
  .lu-md-primary { color: var(--lit-ui-primary-text); }
  .lu-md-rainbow {
    background: linear-gradient(to right, #ff4b4b, #ffa421, #ffe312, #21c354, #1c83e1, #803df5);
    -webkit-background-clip: text;
    background-clip: text;
    color: transparent;
  }
  [class*='-background'].lu-md-color {
    border-radius: 0.375rem;
    padding: 0 0.2em;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .lu-md-red-background { background: var(--lu-red-bg); }
  .lu-md-orange-background { background: var(--lu-orange-bg); }
  .lu-md-yellow-background { background: var(--lu-yellow-bg); }
  .lu-md-green-background { background: var(--lu-green-bg); }
  .lu-md-blue-background { background: var(--lu-blue-bg); }
  .lu-md-violet-background { background: var(--lu-violet-bg); }
  .lu-md-gray-background { background: var(--lu-gray-bg); }
  .lu-md-primary-background { background: color-mix(in srgb, var(--lit-ui-primary) 12%, transparent); }
  .lu-md-rainbow-background {
    background: linear-gradient(to right, rgba(255, 75, 75, 0.15), rgba(255, 164, 33, 0.15), rgba(255, 227, 18, 0.15),
      rgba(33, 195, 84, 0.15), rgba(28, 131, 225, 0.15), rgba(128, 61, 245, 0.15));
  }
  [class*='-badge'].lu-md-color {
    display: inline-block;
    font-size: 0.875em;
    line-height: 1.4;
    padding: 0 0.5em;
    border-radius: 0.5rem;
  }
  .lu-md-red-badge { color: var(--lu-red); background: var(--lu-red-bg); }
  .lu-md-orange-badge { color: var(--lu-orange); background: var(--lu-orange-bg); }
  .lu-md-yellow-badge { color: var(--lu-yellow); background: var(--lu-yellow-bg); }
  .lu-md-green-badge { color: var(--lu-green); background: var(--lu-green-bg); }
  .lu-md-blue-badge { color: var(--lu-blue); background: var(--lu-blue-bg); }
  .lu-md-violet-badge { color: var(--lu-violet); background: var(--lu-violet-bg); }
  .lu-md-gray-badge { color: var(--lu-gray); background: var(--lu-gray-bg); }
  .lu-md-primary-badge { color: var(--lit-ui-primary-text); background: color-mix(in srgb, var(--lit-ui-primary) 12%, transparent); }
  .lu-md-small {
    font-size: 0.875em;
  }

  /* headings */
  .lu-heading {
    overflow-wrap: break-word;
  }
  .lu-heading-text code {
    font-size: 0.75em;
  }
  .lu-anchor {
    display: inline-flex;
    margin-left: 0.5rem;
    vertical-align: middle;
    color: var(--lit-ui-muted);
    opacity: 0;
    transition: opacity 0.15s ease;
  }
  .lu-heading:hover .lu-anchor,
  .lu-anchor:focus-visible {
    opacity: 1;
  }
  .lu-anchor:hover {
    color: var(--lit-ui-text);
  }
  .lu-heading-block > .lu-heading {
    padding-bottom: 0.5rem;
  }
  .lu-rule {
    height: 2px;
    margin: 0 0 0.5rem;
    border: none;
    border-radius: 3px;
    background: #1c83e1;
  }
  .lu-rule--green { background: #21c354; }
  .lu-rule--orange { background: #ffa421; }
  .lu-rule--red { background: #ff4b4b; }
  .lu-rule--violet { background: #803df5; }
  .lu-rule--gray { background: #808495; }
  .lu-rule--rainbow {
    background: linear-gradient(to right, #ff4b4b, #ffa421, #ffe312, #21c354, #1c83e1, #803df5);
  }

  .lu-caption {
    font-size: 0.875rem;
    color: var(--lit-ui-muted);
  }
  .lu-caption p {
    margin-bottom: 0.25rem;
  }
  .lu-text {
    margin: 0;
    font-family: var(--lit-ui-mono-font);
    font-size: 0.875rem;
    line-height: 1.6;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .lu-html {
    overflow-wrap: break-word;
  }

  /* help tooltips */
  .lu-with-help {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .lu-with-help > :first-child {
    flex: 1 1 auto;
    min-width: 0;
  }
  .lu-with-help > .lu-help {
    margin-top: 0.25rem;
  }
  .lu-help {
    position: relative;
    display: inline-flex;
    vertical-align: middle;
    margin-left: 0.375rem;
  }
  .lu-help-button {
    display: inline-flex;
    padding: 0;
    border: none;
    background: none;
    color: var(--lit-ui-muted);
    cursor: help;
    border-radius: 50%;
  }
  .lu-help-button:hover {
    color: var(--lit-ui-text);
  }
  .lu-tooltip {
    /* display: none while hidden, so an off-screen tooltip never widens the page */
    display: none;
    position: absolute;
    bottom: calc(100% + 0.5rem);
    left: -0.75rem;
    z-index: 40;
    width: max-content;
    max-width: min(20rem, 80vw);
    padding: 0.5rem 0.75rem;
    font-size: 0.875rem;
    font-weight: 400;
    line-height: 1.5;
    text-align: left;
    color: var(--lit-ui-text);
    background: var(--lit-ui-bg);
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    box-shadow: var(--lit-ui-shadow);
    cursor: auto;
  }
  .lu-with-help > .lu-help .lu-tooltip,
  .lu-page-link-row > .lu-help .lu-tooltip {
    left: auto;
    right: -0.5rem;
  }
  .lu-help:hover .lu-tooltip,
  .lu-help:focus-within .lu-tooltip {
    display: block;
    animation: lu-tooltip-in 0.12s ease 0.1s both;
  }
  .lu-help[data-dismissed] .lu-tooltip {
    display: none;
  }
  @keyframes lu-tooltip-in {
    from {
      opacity: 0;
      transform: translateY(0.25rem);
    }
  }

  /* math (KaTeX → MathML) */
  .lu-math:not([data-typeset]) {
    font-family: var(--lit-ui-mono-font);
    font-size: 0.875em;
    color: var(--lit-ui-muted);
  }
  .lu-math math {
    font-family: 'Latin Modern Math', 'STIX Two Math', 'Cambria Math', 'DejaVu Math TeX Gyre', math;
    font-size: 1.1em;
  }
  .lu-math--display {
    display: block;
    margin: 0 0 1rem;
    text-align: center;
    overflow-x: auto;
    overflow-y: hidden;
    padding: 0.25rem 0;
  }
  .lu-math--display math {
    font-size: 1.3em;
  }
  .lu-math--error {
    color: var(--lu-red);
    font-family: var(--lit-ui-mono-font);
    font-size: 0.875rem;
  }
  .lu-latex {
    min-width: 0;
  }
  .lu-latex .lu-math--display {
    margin: 0;
  }
`;
