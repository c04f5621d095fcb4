import { css } from 'lit';

const darkVariables = css`
  --lit-ui-text: #fafafa;
  --lit-ui-muted: #a3a8b8;
  --lit-ui-bg: #0e1117;
  --lit-ui-secondary-bg: #262730;
  --lit-ui-border: rgba(250, 250, 250, 0.2);
  --lit-ui-link: #58a6ff;
  --lit-ui-code: #3dd56d;
  --lit-ui-primary-text: color-mix(in srgb, var(--lit-ui-primary) 55%, #ffffff);
  --lit-ui-hover: rgba(172, 177, 195, 0.15);
  --lit-ui-selected: rgba(172, 177, 195, 0.25);
  --lit-ui-shadow: 0 1px 3px rgba(0, 0, 0, 0.4), 0 8px 28px rgba(0, 0, 0, 0.5);
  --lit-ui-success: #dffde9;
  --lit-ui-success-bg: rgba(61, 213, 109, 0.2);
  --lit-ui-info: #c7ebff;
  --lit-ui-info-bg: rgba(61, 157, 243, 0.2);
  --lit-ui-warning: #ffffc2;
  --lit-ui-warning-bg: rgba(255, 227, 18, 0.2);
  --lit-ui-danger: #ffdede;
  --lit-ui-danger-bg: rgba(255, 108, 108, 0.2);
  color-scheme: dark;
`;

/**
 * Theme variables of `<lit-ui-app>`: Streamlit's light theme by default,
 * its dark theme when the element's resolved `scheme` is `dark`
 * (`theme="dark"`, or `theme="auto"` on a dark OS). Colors are Streamlit's
 * where they meet WCAG AA contrast, and a shade darker where they do not
 * (the primary red under white text, inline code green). Any variable can
 * be overridden from the host page (docs/theming.md lists them):
 *
 * @example
 * lit-ui-app { --lit-ui-primary: #0068c9; --lit-ui-font: Inter, sans-serif; }
 */
export const themeVariables = css`
  :host {
    --lit-ui-font: 'Source Sans 3', 'Source Sans Pro', -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto,
      'Helvetica Neue', Arial, system-ui, sans-serif;
    --lit-ui-mono-font: 'Source Code Pro', SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    --lit-ui-text: #31333f;
    --lit-ui-muted: #62646f;
    --lit-ui-bg: #ffffff;
    --lit-ui-secondary-bg: #f0f2f6;
    --lit-ui-border: rgba(49, 51, 63, 0.2);
    --lit-ui-primary: #e0282e;
    --lit-ui-primary-contrast: #ffffff;
    --lit-ui-primary-text: color-mix(in srgb, var(--lit-ui-primary) 82%, #000000);
    --lit-ui-radius: 0.5rem;
    --lit-ui-gap: 1rem;
    --lit-ui-link: #0061bd;
    --lit-ui-code: #0b7a35;
    --lit-ui-hover: rgba(151, 166, 195, 0.15);
    --lit-ui-selected: rgba(151, 166, 195, 0.25);
    --lit-ui-shadow: 0 1px 3px rgba(0, 0, 0, 0.06), 0 6px 24px rgba(0, 0, 0, 0.1);
    --lit-ui-success: #177233;
    --lit-ui-success-bg: rgba(33, 195, 84, 0.1);
    --lit-ui-info: #004280;
    --lit-ui-info-bg: rgba(28, 131, 225, 0.1);
    --lit-ui-warning: #6e5204;
    --lit-ui-warning-bg: rgba(255, 227, 18, 0.1);
    --lit-ui-danger: #7d353b;
    --lit-ui-danger-bg: rgba(255, 43, 43, 0.09);
    --lit-ui-sidebar-width: 300px;
    --lit-ui-content-width: 736px;
    color-scheme: light;
  }
  :host([scheme='dark']) {
    ${darkVariables}
  }
`;

/**
 * Base typography and accessibility rules inside the app: font, sizes and
 * rhythm like Streamlit's, links, inline code, and a visible focus ring on
 * every keyboard-focused control.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--lit-ui-font);
    font-size: 1rem;
    line-height: 1.6;
    color: var(--lit-ui-text);
    background: var(--lit-ui-bg);
    -webkit-font-smoothing: antialiased;
    text-size-adjust: 100%;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--lit-ui-heading-font, var(--lit-ui-font));
    color: var(--lit-ui-text);
    line-height: 1.2;
    margin: 0;
    scroll-margin-top: 4rem;
  }
  h1 {
    font-size: 2.75rem;
    font-weight: 700;
    padding: 1.25rem 0 1rem;
  }
  h2 {
    font-size: 2.25rem;
    font-weight: 600;
    padding: 1rem 0;
  }
  h3 {
    font-size: 1.75rem;
    font-weight: 600;
    padding: 0.5rem 0 1rem;
  }
  h4,
  h5,
  h6 {
    font-size: 1.25rem;
    font-weight: 600;
    padding: 0.75rem 0 0.5rem;
  }
  p {
    margin: 0 0 1rem;
  }
  p:last-child {
    margin-bottom: 0;
  }
  a {
    color: var(--lit-ui-link);
  }
  code {
    font-family: var(--lit-ui-mono-font);
    font-size: 0.875em;
    color: var(--lit-ui-code);
    background: var(--lit-ui-secondary-bg);
    padding: 0.1em 0.3em;
    border-radius: 0.25rem;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--lit-ui-primary);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 1ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 1ms !important;
    }
  }
`;

/** Theme variables plus base typography: the first stylesheets of `<lit-ui-app>`. */
export const themeStyles = [themeVariables, baseStyles];
