import { css } from 'lit';

/**
 * Styles of the app frame: sidebar, main column, bottom container, toolbar,
 * banners, page links. Embedded (the default) the app is as tall as its
 * content with compact padding; `.lu-page` (`layout="page"`) fills the
 * viewport with Streamlit's padding. Spacing comes from custom properties
 * the host page may set: `--lit-ui-padding` (of the main column),
 * `--lit-ui-min-height`, `--lit-ui-sidebar-width`, `--lit-ui-content-width`.
 */
export const layoutStyles = css`
  :host {
    position: relative;
  }
  .lu-app {
    display: flex;
    min-height: var(--lit-ui-min-height, 0);
    position: relative;
  }
  .lu-app.lu-page {
    min-height: var(--lit-ui-min-height, 100vh);
  }
  .lu-sidebar {
    flex: none;
    position: sticky;
    top: 0;
    align-self: flex-start;
    width: var(--lit-ui-sidebar-width);
    max-height: 100vh;
    overflow-y: auto;
    padding: 3.5rem 1.5rem 2rem;
    background: var(--lit-ui-secondary-bg);
    z-index: 20;
    transition:
      margin-left 0.25s ease,
      visibility 0.25s;
  }
  .lu-sidebar h1 {
    font-size: 1.75rem;
    padding: 0.5rem 0;
  }
  .lu-sidebar h2 {
    font-size: 1.5rem;
    padding: 0.5rem 0;
  }
  .lu-sidebar h3 {
    font-size: 1.25rem;
    padding: 0.25rem 0;
  }
  .lu-page .lu-sidebar {
    align-self: stretch;
  }
  .lu-sidebar[data-open='true'] {
    /* Visible at once when opening, so focus can move into it; hidden only once it has slid out. */
    transition: margin-left 0.25s ease;
  }
  .lu-sidebar[data-open='false'] {
    margin-left: calc(-1 * var(--lit-ui-sidebar-width));
    visibility: hidden;
  }
  .lu-sidebar-collapse {
    position: absolute;
    top: 0.75rem;
    right: 0.75rem;
  }
  .lu-sidebar-expand {
    position: absolute;
    top: 0.75rem;
    left: 0.75rem;
    z-index: 10;
  }
  .lu-main-area {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
    position: relative;
  }
  .lu-toolbar {
    position: sticky;
    top: 0;
    height: 0;
    z-index: 15;
    overflow: visible;
  }
  .lu-running {
    position: absolute;
    top: 0.75rem;
    right: 1rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.25rem 0.25rem 0.25rem 0.75rem;
    font-size: 0.875rem;
    color: var(--lit-ui-muted);
    background: color-mix(in srgb, var(--lit-ui-bg) 88%, transparent);
    border-radius: var(--lit-ui-radius);
    backdrop-filter: blur(4px);
    animation: lu-fade-in 0.2s ease 0.3s both;
  }
  .lu-stop {
    min-height: 1.75rem;
    padding: 0 0.625rem;
    font-size: 0.875rem;
  }
  @keyframes lu-fade-in {
    from {
      opacity: 0;
    }
  }
  .lu-has-menu .lu-running {
    right: 3.5rem;
  }
  .lu-main {
    flex: 1 0 auto;
    width: 100%;
    margin: 0 auto;
    padding: var(--lit-ui-padding, 1rem);
  }
  .lu-layout--centered .lu-main {
    max-width: calc(var(--lit-ui-content-width) + 2rem);
  }
  .lu-page .lu-main {
    padding: var(--lit-ui-padding, 4rem 1rem 6rem);
  }
  .lu-page.lu-layout--wide .lu-main,
  .lu-page.lu-layout--fill .lu-main {
    padding: var(--lit-ui-padding, 4rem 5rem 6rem);
  }
  .lu-embedded.lu-has-toggle .lu-main {
    /* Room for the sidebar's expand button above the first line. */
    padding-top: 3rem;
  }
  .lu-has-bottom .lu-main {
    padding-bottom: 2rem;
  }
  .lu-bottom {
    position: sticky;
    bottom: 0;
    z-index: 10;
    background: var(--lit-ui-bg);
  }
  .lu-bottom-inner {
    margin: 0 auto;
    padding: 1rem;
  }
  .lu-layout--centered .lu-bottom-inner {
    max-width: calc(var(--lit-ui-content-width) + 2rem);
  }
  .lu-page .lu-bottom-inner {
    padding-bottom: 2rem;
  }
  .lu-page.lu-layout--wide .lu-bottom-inner {
    padding-left: 5rem;
    padding-right: 5rem;
  }
  .lu-banners {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .lu-banners:not(:empty) {
    margin-bottom: 1rem;
  }
  .lu-connecting {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    color: var(--lit-ui-muted);
    animation: lu-fade-in 0.3s ease 0.6s both;
  }
  .lu-banner {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.625rem 0.5rem 0.625rem 1rem;
    min-height: 3rem;
    border-radius: var(--lit-ui-radius);
    font-size: 0.9375rem;
  }
  .lu-banner--warning {
    color: var(--lit-ui-warning);
    background: var(--lit-ui-warning-bg);
  }
  .lu-banner--error {
    color: var(--lit-ui-danger);
    background: var(--lit-ui-danger-bg);
  }
  .lu-banner-text {
    flex: 1 1 auto;
    overflow-wrap: anywhere;
  }
  .lu-banner-action {
    margin-left: auto;
    min-height: 2rem;
  }
  .lu-banner-close {
    color: inherit;
  }
  .lu-nav ul {
    list-style: none;
    margin: 0 0 1.5rem;
    padding: 0 0 1.5rem;
    border-bottom: 1px solid var(--lit-ui-border);
  }
  .lu-nav-section ul {
    margin-bottom: 0.75rem;
    padding-bottom: 0;
    border-bottom: 0;
  }
  .lu-nav-heading {
    display: block;
    padding: 0.25rem 0.625rem;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--lit-ui-muted);
  }
  .lu-nav--top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--lit-ui-border);
  }
  .lu-nav--top ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .lu-nav--top .lu-nav-section {
    display: flex;
    align-items: center;
  }
  .lu-nav-link {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    padding: 0.25rem 0.625rem;
    margin: 0.125rem 0;
    border-radius: var(--lit-ui-radius);
    color: var(--lit-ui-text);
    text-decoration: none;
    line-height: 2;
  }
  .lu-nav-link:hover {
    background: var(--lit-ui-hover);
  }
  .lu-nav-link--current {
    background: var(--lit-ui-selected);
    font-weight: 600;
  }
  .lu-nav-icon {
    width: 1.25rem;
    text-align: center;
  }
  .lu-sidebar-backdrop {
    position: fixed;
    inset: 0;
    z-index: 19;
    background: rgba(14, 17, 23, 0.45);
    animation: lu-fade-in 0.2s ease both;
  }
  @media (max-width: 768px) {
    .lu-sidebar {
      position: fixed;
      left: 0;
      top: 0;
      bottom: 0;
      max-width: calc(100vw - 3rem);
      max-height: none;
      box-shadow: var(--lit-ui-shadow);
    }
    .lu-page .lu-main,
    .lu-page.lu-layout--wide .lu-main,
    .lu-page.lu-layout--fill .lu-main {
      padding: var(--lit-ui-padding, 3.5rem 1rem 4rem);
    }
    .lu-page.lu-layout--wide .lu-bottom-inner {
      padding-left: 1rem;
      padding-right: 1rem;
    }
  }
`;

/** The settings menu of a full-page app (`<lit-ui-app-menu>`, in the toolbar). */
export const menuStyles = css`
  lit-ui-app-menu {
    position: absolute;
    top: 0.75rem;
    right: 0.75rem;
  }
  .lu-menu {
    position: absolute;
    top: calc(100% + 0.25rem);
    right: 0;
    z-index: 30;
    min-width: 13rem;
    padding: 0.375rem 0;
    background: var(--lit-ui-bg);
    border: 1px solid var(--lit-ui-border);
    border-radius: var(--lit-ui-radius);
    box-shadow: var(--lit-ui-shadow);
    animation: lu-fade-in 0.12s ease both;
  }
  .lu-menu-heading {
    padding: 0.25rem 1rem 0.125rem;
    font-size: 0.8125rem;
    color: var(--lit-ui-muted);
  }
  .lu-menu-item {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    padding: 0.375rem 1rem 0.375rem 0.625rem;
    border: none;
    background: none;
    color: var(--lit-ui-text);
    font-size: 0.9375rem;
    text-align: left;
    cursor: pointer;
  }
  .lu-menu-item:hover,
  .lu-menu-item:focus-visible {
    background: var(--lit-ui-hover);
  }
  .lu-menu-item:focus-visible {
    outline-offset: -2px;
  }
  .lu-menu-check {
    display: inline-flex;
    width: 1rem;
    color: var(--lit-ui-primary-text);
  }
  .lu-menu-separator {
    height: 1px;
    margin: 0.375rem 0;
    background: var(--lit-ui-border);
  }
`;
