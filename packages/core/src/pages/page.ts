import type { AnyState } from '../app.js';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import { invalidArgument } from '../errors.js';
import { isPageUrlPath } from '../protocol/urlRules.js';

/** Options of `st.Page`, as Streamlit's `st.Page`. */
export interface PageOptions {
  /** Title in the navigation and the browser tab. Default: from the function's name (`dataExplorer` → `Data explorer`). */
  readonly title?: string;
  /** Emoji or icon shown with the title. */
  readonly icon?: string;
  /**
   * URL path under the app's mount: one segment of ASCII letters, digits, `_`, `-`, `~` (no dot or slash, so the
   * server can tell page URLs from files; `_lit-ui` is reserved). Default: from the title (`data_explorer`); the
   * default page has `''`.
   */
  readonly urlPath?: string;
  /** The page shown at the app's root URL. Default: the first page. */
  readonly default?: boolean;
}

/** A page script: the same shape as an app script, given the session's `st`. */
export type PageScript = (st: DeltaGenerator<AnyState>) => unknown;

/**
 * A page of a multipage app, as Streamlit's `StreamlitPage`: a function to
 * run, with a title, icon and URL path. Made by `Page(fn, options)` or
 * `st.Page(fn, options)`, listed in `st.navigation([...])`.
 */
export class AppPage {
  /** Title shown in the navigation and the browser tab. Default: from the function's name (`settingsPage` → `'Settings page'`). */
  readonly title: string;
  /** An emoji or icon shown before the title. */
  readonly icon: string | undefined;
  /** True for the page shown at the app's root URL. */
  readonly isDefault: boolean;
  private readonly explicitPath: string | undefined;

  constructor(
    /** The page's function, run with `st` when the page is shown. */
    readonly script: PageScript,
    options: PageOptions = {},
  ) {
    this.title = options.title ?? titleFromName(script.name);
    if (!this.title) throw invalidArgument('st.Page needs a title for an anonymous function: st.Page(fn, { title: "…" }).');
    this.icon = options.icon;
    this.isDefault = Boolean(options.default);
    this.explicitPath = options.urlPath === undefined ? undefined : options.urlPath.replace(/^\/+|\/+$/g, '');
    if (this.explicitPath !== undefined && this.explicitPath !== '' && !isPageUrlPath(this.explicitPath)) {
      throw invalidArgument(
        `st.Page urlPath '${options.urlPath}' must be one path segment of ASCII letters, digits, '_', '-', '~' (no '.' or '/'; '_lit-ui' is reserved).`,
      );
    }
  }

  /** The URL path this page has when it is not the default page. */
  get urlPathName(): string {
    return this.explicitPath ?? slug(this.title);
  }
}

/** Makes a page of a multipage app, as Streamlit's `st.Page`. @example const home = Page(homePage, { title: 'Home', icon: '🏠' }); */
export function Page(script: PageScript, options?: PageOptions): AppPage {
  return new AppPage(script, options);
}

function titleFromName(name: string): string {
  const words = name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'page'
  );
}
