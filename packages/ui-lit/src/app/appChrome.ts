import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NavigationMsg } from '@lit-ui/core/protocol';
import { iconSpan } from '../renderers/display/icon.js';
import { defineLazily } from '../renderers/lazyElements.js';
import { lazyKit } from '../renderers/lazyKit.js';
import type { ConnectionRefusal, ConnectionStatus } from './connection.js';
import type { ProtocolError } from './treeStore.js';

const chevronLeft = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
  <path d="M14.5 6l-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;
const menuIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
  <path d="M9.5 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;
const closeIcon = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
  <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

/** The sidebar's collapse (inside it) or expand (beside the main column) button. */
export function sidebarToggle(open: boolean, onToggle: () => void): unknown {
  return html`<button
    type="button"
    class="lu-icon-button ${open ? 'lu-sidebar-collapse' : 'lu-sidebar-expand'}"
    aria-label=${open ? 'Collapse sidebar' : 'Expand sidebar'}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="lu-sidebar"
    @click=${onToggle}
  >
    ${open ? chevronLeft : menuIcon}
  </button>`;
}

/** Pages grouped by their section, in navigation order (`''` for pages without a section heading). */
function sectionsOf(pages: NavigationMsg['pages']): [string, NavigationMsg['pages'][number][]][] {
  const groups = new Map<string, NavigationMsg['pages'][number][]>();
  for (const page of pages) {
    const section = page.section ?? '';
    groups.set(section, [...(groups.get(section) ?? []), page]);
  }
  return [...groups];
}

/**
 * The page links of a multipage app (`navigation`), as Streamlit's: icon and
 * title, the current page highlighted, pages of a section under its heading.
 * In the sidebar (`position: 'sidebar'`) or as a bar above the main column
 * (`'top'`).
 */
export function pageNav(navigation: NavigationMsg, pageHref: (urlPath: string) => string, navigate: (urlPath: string) => void): unknown {
  const click = (event: MouseEvent, urlPath: string): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(urlPath);
  };
  const link = (page: NavigationMsg['pages'][number]): unknown => {
    const current = page.urlPath === navigation.currentUrlPath;
    return html`<li>
      <a
        class="lu-nav-link${current ? ' lu-nav-link--current' : ''}"
        href=${pageHref(page.urlPath)}
        aria-current=${current ? 'page' : nothing}
        @click=${(e: MouseEvent) => click(e, page.urlPath)}
      >
        ${iconSpan(page.icon, 'lu-nav-icon')}
        <span>${page.title}</span>
      </a>
    </li>`;
  };
  const top = navigation.position === 'top';
  return html`<nav class="lu-nav${top ? ' lu-nav--top' : ''}" aria-label="Pages">
    ${sectionsOf(navigation.pages).map(([section, pages], i) =>
      section
        ? html`<div class="lu-nav-section" role="group" aria-labelledby="lu-nav-s${i}">
            <span class="lu-nav-heading" id="lu-nav-s${i}">${section}</span>
            <ul>
              ${repeat(pages, (page) => page.urlPath, link)}
            </ul>
          </div>`
        : html`<ul>
            ${repeat(pages, (page) => page.urlPath, link)}
          </ul>`,
    )}
  </nav>`;
}

/** The "Running…" indicator with its Stop button, shown while a script runs. */
export function runningIndicator(running: boolean, onStop: () => void): unknown {
  if (!running) return nothing;
  return html`<div class="lu-running" role="status">
    <span class="lu-spinner" aria-hidden="true"></span>
    <span>Running…</span>
    <button type="button" class="lu-button lu-stop" @click=${onStop}>Stop</button>
  </div>`;
}

/** The status shown while the server holds the next run until a slot is free (its `maxConcurrentRuns`). */
export function queuedIndicator(): unknown {
  return html`<div class="lu-running lu-queued" role="status">
    <span class="lu-spinner" aria-hidden="true"></span>
    <span>Waiting for a free slot…</span>
  </div>`;
}

/** Whole seconds, at least 1, for "next attempt in N s". */
function seconds(ms: number): number {
  return Math.max(1, Math.round(ms / 1000));
}

/**
 * The one banner of a refused session (the server is at its limit): the
 * server's message, when the next automatic attempt comes, and a Retry
 * button. Re-rendered in place at each refusal, never stacked.
 */
function refusalBanner(refusal: ConnectionRefusal, onRetry: () => void): unknown {
  return html`<div
    class="lu-banner lu-banner--warning lu-refusal"
    role="alert"
    data-code=${refusal.code}
    data-attempt=${refusal.attempt}
    data-retry-in-ms=${Math.round(refusal.retryInMs)}
  >
    <span class="lu-banner-text"
      >${refusal.message} Trying again automatically in about ${seconds(refusal.retryInMs)} s.</span
    >
    <button type="button" class="lu-button lu-banner-action" @click=${onRetry}>Retry now</button>
  </div>`;
}

/** The banner of the connection's state, if it has one. */
function connectionBanner(status: ConnectionStatus, started: boolean, refusal: RefusalBanner | undefined): unknown {
  if (status === 'refused' && refusal?.refusal) return refusalBanner(refusal.refusal, refusal.onRetry);
  if (status === 'connecting' && !started) {
    return html`<div class="lu-connecting" role="status">
      <span class="lu-spinner" aria-hidden="true"></span>
      <span>Connecting…</span>
    </div>`;
  }
  if (status === 'reconnecting') {
    return html`<div class="lu-banner lu-banner--warning" role="status">
      <span class="lu-spinner" aria-hidden="true"></span>
      <span>Connection lost. Reconnecting…</span>
    </div>`;
  }
  if (status === 'closed') {
    return html`<div class="lu-banner lu-banner--warning" role="alert">
      <span>Disconnected from the app server.</span>
      <button type="button" class="lu-button lu-banner-action" @click=${() => globalThis.location?.reload()}>Reload</button>
    </div>`;
  }
  return nothing;
}

/** What the refusal banner shows and does. */
export interface RefusalBanner {
  readonly refusal: ConnectionRefusal | undefined;
  readonly onRetry: () => void;
}

/**
 * Banners above the main column: connecting (until the session starts, faded
 * in after a moment), a lost connection or a refused session (one banner,
 * with Retry), then protocol errors (dismissible).
 */
export function banners(
  status: ConnectionStatus,
  started: boolean,
  errors: readonly ProtocolError[],
  onDismiss: (id: number) => void,
  refusal?: RefusalBanner,
): unknown {
  const connection = connectionBanner(status, started, refusal);
  return html`${connection}
  ${repeat(
    errors,
    (e) => e.id,
    (e) => html`<div class="lu-banner lu-banner--error" role="alert">
      <span class="lu-banner-text"><strong>${e.code}</strong> ${e.message}</span>
      <button type="button" class="lu-icon-button lu-banner-close" aria-label="Dismiss error" @click=${() => onDismiss(e.id)}>
        ${closeIcon}
      </button>
    </div>`,
  )}`;
}

/** The app's logo as `st.logo` sets it in the page config. */
export interface AppLogo {
  /** The image's URL (a media URL of the mount, or http(s)). */
  readonly url: string;
  /** Where a click on the logo leads (http(s) only). */
  readonly link?: string;
  /** The image shown where space is short (the collapsed sidebar). */
  readonly iconUrl?: string;
  /** Its height: small 20px, medium 24px, large 32px (as Streamlit's). */
  readonly size: 'small' | 'medium' | 'large';
}

const loadLogo = () => import('./appLogo.js').then((m) => m.logoElement(lazyKit));

/**
 * The app's logo (`st.logo`): `<lit-ui-logo>`, whose class (`appLogo.ts`)
 * loads when a logo is first shown. `resolve` turns its URLs into the mount's.
 */
export function appLogo(logo: AppLogo | undefined, compact: boolean, resolve: (url: string) => string): unknown {
  if (!logo) return nothing;
  void defineLazily('lit-ui-logo', loadLogo).catch(() => undefined);
  return html`<lit-ui-logo .logo=${logo} .compact=${compact} .resolve=${resolve}></lit-ui-logo>`;
}
