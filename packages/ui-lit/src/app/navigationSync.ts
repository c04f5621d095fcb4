import { mountPathOf, pagePathOf, pageUrlPath, samePagePath } from './mountPath.js';

/** The window facts {@link NavigationSync} uses; the global `window` by default. */
export interface NavigationWindow {
  readonly location: Pick<Location, 'href' | 'pathname' | 'search' | 'hash'>;
  readonly history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** Options of {@link NavigationSync}. */
export interface NavigationSyncOptions {
  /** The `src` attribute of `<lit-ui-app>` (the mount URL). */
  readonly src: string;
  /** Back/forward moved to another page or query: the app should rerun it. */
  readonly onPopState: (pagePath: string, query: string) => void;
  readonly window?: NavigationWindow;
}

/**
 * Keeps the browser URL and the app's page in step, as Streamlit's
 * multipage navigation: `navigation` pushes `<mount>/<currentUrlPath>`,
 * `queryParams` replaces the query string, back/forward reruns the page.
 * When the page is not under the mount (the app is embedded elsewhere) the
 * page path is never written to the URL.
 */
export class NavigationSync {
  private readonly win: NavigationWindow;
  private readonly listener = (): void => this.popped();
  private started = false;

  constructor(private readonly options: NavigationSyncOptions) {
    this.win = options.window ?? globalThis;
  }

  /** The mount's URL path without trailing slash. */
  get mountPath(): string {
    return mountPathOf(this.options.src, this.win.location.href);
  }

  /** True when the current page is not under the mount. */
  get embedded(): boolean {
    return pagePathOf(this.mountPath, this.win.location.pathname) === null;
  }

  /** Listens for back/forward. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.win.addEventListener('popstate', this.listener);
  }

  /** Stops listening. */
  stop(): void {
    if (!this.started) return;
    this.started = false;
    this.win.removeEventListener('popstate', this.listener);
  }

  /** href of the app page `urlPath` (`''` = default page). */
  pageHref(urlPath: string): string {
    return pageUrlPath(this.mountPath, urlPath);
  }

  /** The server says `currentUrlPath` is showing: push its URL when the location differs. */
  showPage(currentUrlPath: string): void {
    if (this.embedded) return;
    const target = this.pageHref(currentUrlPath);
    if (samePagePath(this.win.location.pathname, target)) return;
    this.win.history.pushState(null, '', target);
  }

  /** The app set its query params: replace the URL's query string (no history entry). */
  replaceQuery(query: string): void {
    const { pathname, search, hash } = this.win.location;
    const next = query === '' ? '' : `?${query}`;
    if (search === next || (search === '?' && next === '')) return;
    this.win.history.replaceState(this.win.history.state, '', `${pathname}${next}${hash}`);
  }

  private popped(): void {
    const page = pagePathOf(this.mountPath, this.win.location.pathname);
    if (page === null) return; // embedded: the host page's history is not ours
    this.options.onPopState(page, this.win.location.search.replace(/^\?/, ''));
  }
}
