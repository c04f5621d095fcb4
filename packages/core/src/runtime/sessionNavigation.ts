import type { PageConfig } from '../dg/host.js';
import { ErrorCode, LitUiError } from '../errors.js';
import type { AppPage } from '../pages/page.js';
import type { NavigationMsg, NavigationPosition } from '../protocol/forwardMsg.js';
import { deepEqual } from '../tree/deepEqual.js';
import type { UnsequencedForwardMsg } from '../protocol/forwardMsg.js';

/**
 * One session's page chrome: the pages `st.navigation` declared, the
 * navigation message the client shows and the page config
 * (`st.setPageConfig`). Each message is sent only when it changes, and both
 * are sent again to a client that is resynchronised.
 */
export class SessionNavigation {
  private pages: readonly AppPage[] = [];
  private navigation: Omit<NavigationMsg, 'seq'> | undefined;
  private pageConfig: PageConfig = {};
  private pageConfigSent: PageConfig | undefined;

  /** @param send - Queues a message for the client (the session's ForwardQueue). */
  constructor(private readonly send: (msg: UnsequencedForwardMsg) => void) {}

  /** Merges `config` into the page config, field by field; sends it when it changed. */
  setPageConfig(config: PageConfig): void {
    this.pageConfig = { ...this.pageConfig, ...config };
    if (deepEqual(this.pageConfig, this.pageConfigSent)) return;
    this.pageConfigSent = this.pageConfig;
    this.send({ type: 'pageConfig', ...this.pageConfig });
  }

  /**
   * Declares the app's pages (`st.navigation`) and resolves the current one.
   *
   * @param pages - The pages, in menu order; the one marked default (else the first) has the URL path `''`.
   * @param position - Where the menu shows.
   * @param sections - The section heading of each page that has one.
   * @param pagePath - The URL path the client asked for.
   * @returns The page to run and its URL path (the default page's when `pagePath` names none).
   * @throws LitUiError `InvalidArgument` when two pages share a URL path.
   */
  navigate(
    pages: readonly AppPage[],
    position: NavigationPosition,
    sections: ReadonlyMap<AppPage, string> | undefined,
    pagePath: string,
  ): { readonly page: AppPage; readonly urlPath: string } {
    const paths = new Set<string>();
    const defaultPage = pages.find((p) => p.isDefault) ?? pages[0]!;
    for (const page of pages) {
      const path = page === defaultPage ? '' : page.urlPathName;
      if (paths.has(path)) throw new LitUiError(ErrorCode.InvalidArgument, `Two pages have the URL path '${path}': give each a unique urlPath.`);
      paths.add(path);
    }
    this.pages = pages;
    const current = this.resolvePage(pagePath)?.page ?? defaultPage;
    const urlPath = current === defaultPage ? '' : current.urlPathName;
    const msg: Omit<NavigationMsg, 'seq'> = {
      type: 'navigation',
      pages: pages.map((p) => ({
        urlPath: p === defaultPage ? '' : p.urlPathName,
        title: p.title,
        ...(p.icon ? { icon: p.icon } : {}),
        isDefault: p === defaultPage,
        ...(sections?.get(p) ? { section: sections.get(p) } : {}),
      })),
      currentUrlPath: urlPath,
      position,
    };
    if (!deepEqual(msg, this.navigation)) this.send(msg);
    this.navigation = msg;
    return { page: current, urlPath };
  }

  /**
   * The declared page `target` names: a page object, or a URL path (slashes
   * around it ignored; `''` is the default page).
   *
   * @returns The page and its URL path, or undefined when no declared page matches.
   */
  resolvePage(target: AppPage | string): { page: AppPage; urlPath: string } | undefined {
    const defaultPage = this.pages.find((p) => p.isDefault) ?? this.pages[0];
    const pathOf = (page: AppPage) => (page === defaultPage ? '' : page.urlPathName);
    const key = typeof target === 'string' ? target.replace(/^\/+|\/+$/g, '') : undefined;
    const page = this.pages.find((p) =>
      key === undefined ? p === target || p.urlPathName === (target as AppPage).urlPathName : pathOf(p) === key || p.urlPathName === key,
    );
    return page ? { page, urlPath: pathOf(page) } : undefined;
  }

  /** Sends the page config and navigation again, for a client that starts from an empty snapshot. */
  resend(currentUrlPath: string): void {
    if (this.pageConfigSent) this.send({ type: 'pageConfig', ...this.pageConfigSent });
    if (this.navigation) this.send({ ...this.navigation, currentUrlPath });
  }
}
