import type { AnyState } from '../app.js';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import type { DeltaGeneratorHost } from '../dg/host.js';
import { externalPageLinkProto, isExternalUrl, pageLinkProto, type PageLinkOptions } from '../elements/links.js';
import { ErrorCode, LitUiError, invalidArgument } from '../errors.js';
import type { NavigationPosition } from '../protocol/forwardMsg.js';
import { QueryParams } from '../state/queryParams.js';
import type { AppPage } from './page.js';

/** The page `st.navigation` chose, with `run()` to run it. */
export interface CurrentPage {
  /** The page to run: the one the URL names, else the default page. */
  readonly page: AppPage;
  /** The page's title. */
  readonly title: string;
  /** The page's URL path relative to the app mount (`''` for the default page). */
  readonly urlPath: string;
  /** Runs the page's function with `st`. */
  run(): Promise<void>;
}

/** Options of `st.navigation`, as Streamlit's `st.navigation`. */
export interface NavigationOptions {
  /**
   * Where the page menu goes: `'sidebar'` (default), `'top'` (a bar above the main column) or `'hidden'`, as
   * Streamlit's `position`. Sections show as headings in the sidebar and as labelled groups in the top bar.
   */
  readonly position?: NavigationPosition;
}

/**
 * Body of `st.navigation`: registers the app's pages (a list, or a record of
 * section name → pages, shown under section headings as Streamlit's; the `''`
 * section has no heading) and returns the one the URL asks for.
 * @throws LitUiError `InvalidArgument` without pages, for a section that is not an array, or an unknown `position`.
 */
export function navigate(
  core: DeltaGeneratorCore,
  pages: readonly AppPage[] | Readonly<Record<string, readonly AppPage[]>>,
  options: NavigationOptions = {},
): CurrentPage {
  const sections = new Map<AppPage, string>();
  let list: AppPage[];
  if (Array.isArray(pages)) list = [...(pages as readonly AppPage[])];
  else {
    list = [];
    for (const [section, inSection] of Object.entries(pages as Readonly<Record<string, readonly AppPage[]>>)) {
      if (!Array.isArray(inSection)) throw invalidArgument(`st.navigation section '${section}' must be an array of pages made by st.Page.`);
      for (const page of inSection as readonly AppPage[]) {
        list.push(page);
        if (section !== '') sections.set(page, section);
      }
    }
  }
  if (list.length === 0) throw invalidArgument('st.navigation needs at least one page.');
  const position = options.position ?? 'sidebar';
  if (!['sidebar', 'top', 'hidden'].includes(position)) {
    throw invalidArgument(`st.navigation position must be 'sidebar', 'top' or 'hidden', not ${JSON.stringify(position)}.`);
  }
  const host = core.host;
  host.activeRun().checkpoint();
  const page = host.navigate(list, position, sections);
  const st = host.rootDeltaGenerator();
  return {
    page,
    title: page.title,
    urlPath: pagePathOf(host, page),
    run: async () => {
      await page.script(st as DeltaGenerator<AnyState>);
    },
  };
}

/**
 * Body of `st.pageLink`: a link to a page of this app (or an external URL).
 * @throws LitUiError `PageNotFound` for an app page that `st.navigation` did not list; `InvalidArgument` for an
 *   external URL with a refused scheme (not `http:`, `https:`, `mailto:`, `tel:`) or without a `label`.
 */
export function pageLink(core: DeltaGeneratorCore, page: AppPage | string, options: PageLinkOptions = {}): void {
  if (typeof page === 'string' && isExternalUrl(page)) {
    core.element(externalPageLinkProto(page, options));
    return;
  }
  const found = core.host.resolvePage(page);
  if (!found) pagePathOf(core.host, page);
  const { page: target, urlPath } = found!;
  core.element(pageLinkProto(urlPath, options.label ?? target.title, { ...options, icon: options.icon ?? target.icon }));
}

/** The URL path of a registered page (by object, or by URL path). @throws LitUiError `PageNotFound` for another page. */
export function pagePathOf(host: DeltaGeneratorHost, page: AppPage | string): string {
  const found = host.resolvePage(page);
  if (found) return found.urlPath;
  const name = typeof page === 'string' ? page : page.title;
  throw new LitUiError(ErrorCode.PageNotFound, `Could not find page '${name}': pass a page listed in st.navigation, or its URL path.`);
}

/** Options of `st.switchPage`, as Streamlit's `st.switch_page`. */
export interface SwitchPageOptions {
  /**
   * Query parameters the new page starts with (as Streamlit's `query_params`): a record of names to
   * strings, numbers or booleans, or arrays of them (an array repeats the name). Without it the new page
   * starts without query parameters, as in Streamlit.
   */
  readonly queryParams?: Readonly<Record<string, string | number | boolean | readonly (string | number | boolean)[]>>;
}

/**
 * The query string `st.switchPage` starts the new page with.
 * @throws LitUiError `InvalidArgument` for a value that is not allowed in `st.queryParams`.
 */
export function switchPageQuery(options: SwitchPageOptions): string {
  if (options.queryParams === undefined) return '';
  const params = new QueryParams();
  params.replace(options.queryParams);
  return params.toString();
}
