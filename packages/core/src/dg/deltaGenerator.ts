import type { AnyState } from '../app.js';
import type { BackgroundOptions, BackgroundTask, BackgroundTaskContext } from '../background/backgroundTasks.js';
import { RerunSignal, StopSignal, SwitchPageSignal } from '../controlFlow.js';
import { externalPageLinkProto, isExternalUrl, pageLinkProto, type PageLinkOptions } from '../elements/links.js';
import { ErrorCode, LitUiError, invalidArgument } from '../errors.js';
import { AppPage, type PageOptions, type PageScript } from '../pages/page.js';
import type { QueryParamsProxy } from '../state/queryParams.js';
import type { SessionStateProxy } from '../state/sessionStateProxy.js';
import type { PageConfig } from './host.js';
import { WidgetCommands } from './widgetCommands.js';

/** `st.context`: facts about the browser tab and the request behind it, as Streamlit's `st.context`. */
export interface ScriptContext {
  /** Request headers, lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly cookies: Readonly<Record<string, string>>;
  /** The page URL in the browser. */
  readonly url: string | undefined;
  readonly ipAddress: string | undefined;
  /** Browser locale, e.g. `'en-US'`. */
  readonly locale: string | undefined;
  /** Browser time zone, e.g. `'Europe/Paris'`. */
  readonly timezone: string | undefined;
  /** Minutes to add to local time to get UTC (`Date#getTimezoneOffset`). */
  readonly timezoneOffset: number | undefined;
  /** Whatever the host app authenticated (adapter `getUser`). */
  readonly user: unknown;
}

/** A handle on the session, for server code outside runs. */
export interface SessionHandle<State extends object> {
  readonly id: string;
  readonly sessionState: SessionStateProxy<State>;
  /** Reruns the app in this session (after any run in progress), e.g. when data arrived. */
  requestRerun(): void;
}

/** The page `st.navigation` chose, with `run()` to run it. */
export interface CurrentPage {
  readonly page: AppPage;
  readonly title: string;
  readonly urlPath: string;
  /** Runs the page's function with `st`. */
  run(): Promise<void>;
}

/**
 * `st`: the API of lit-ui, as Streamlit's DeltaGenerator. The script gets
 * the session's root `st` (writing to `main`); containers (`st.sidebar`,
 * `st.columns()`, `st.expander()`, ...) are DeltaGenerators writing into
 * their block. Every command is Streamlit's, camelCased, with required
 * arguments positional and the rest in one options object.
 */
export class DeltaGenerator<State extends object = AnyState> extends WidgetCommands {
  /** The session's state, persisting across reruns, as Streamlit's `st.session_state`. */
  get sessionState(): SessionStateProxy<State> {
    return this.host.stateProxy as SessionStateProxy<State>;
  }

  /** The page URL's query parameters, as Streamlit's `st.query_params`. */
  get queryParams(): QueryParamsProxy {
    return this.host.queryParams.proxy();
  }

  /** The sidebar, as Streamlit's `st.sidebar`. */
  get sidebar(): this {
    const Ctor = this.constructor as new (host: typeof this.host, target: { kind: 'root'; root: 1 }) => this;
    return new Ctor(this.host, { kind: 'root', root: 1 });
  }

  /** Browser and request facts, as Streamlit's `st.context`. */
  get context(): ScriptContext {
    const request = this.host.requestContext;
    const client = this.host.clientInfo;
    return {
      headers: request?.headers ?? {},
      cookies: request?.cookies ?? {},
      url: client.url ?? request?.url,
      ipAddress: request?.ip,
      locale: client.locale,
      timezone: client.timezone,
      timezoneOffset: client.timezoneOffset,
      user: request?.user,
    };
  }

  /**
   * Aborted when this run is interrupted (a newer interaction) or stopped,
   * so work can stop with it: `fetch(url, { signal: st.signal })`.
   */
  get signal(): AbortSignal {
    return this.host.activeRun().abort.signal;
  }

  /** A handle on this session for server code outside runs (e.g. to push a rerun). */
  get session(): SessionHandle<State> {
    const host = this.host;
    return { id: host.id, sessionState: host.stateProxy as SessionStateProxy<State>, requestRerun: () => host.requestRerun() };
  }

  /**
   * Ends this run and starts a new one, as Streamlit's `st.rerun`. With
   * `scope: 'fragment'` only the fragment reruns — allowed, as in Streamlit,
   * only inside a fragment during a fragment rerun.
   * @throws LitUiError `InvalidArgument` for `scope: 'fragment'` outside a fragment rerun.
   */
  rerun(options: { readonly scope?: 'app' | 'fragment' } = {}): never {
    const run = this.host.activeRun();
    if (options.scope === 'fragment') {
      if (run.currentFragmentId === undefined || run.fragmentIds === undefined) {
        throw invalidArgument(
          "st.rerun({ scope: 'fragment' }) can only be called inside a fragment during a fragment rerun (not during a full run).",
        );
      }
      throw new RerunSignal('fragment', run.currentFragmentId);
    }
    throw new RerunSignal('app');
  }

  /** Ends this run here: nothing after it renders, as Streamlit's `st.stop`. */
  stop(): never {
    throw new StopSignal();
  }

  /**
   * Ends this run and runs another page, as Streamlit's `st.switch_page`.
   * @throws LitUiError `PageNotFound` for a page `st.navigation` did not list.
   */
  switchPage(page: AppPage | string): never {
    throw new SwitchPageSignal(this.pagePathOf(page));
  }

  /**
   * Sets the browser tab's title and icon, the layout and the sidebar's
   * initial state, as Streamlit's `st.set_page_config` (callable anywhere; later calls win).
   */
  setPageConfig(config: PageConfig): void {
    if (config.layout !== undefined && !['centered', 'wide'].includes(config.layout)) {
      throw invalidArgument(`layout must be 'centered' or 'wide' (got '${config.layout}').`);
    }
    if (config.initialSidebarState !== undefined && !['auto', 'expanded', 'collapsed'].includes(config.initialSidebarState)) {
      throw invalidArgument(`initialSidebarState must be 'auto', 'expanded' or 'collapsed' (got '${config.initialSidebarState}').`);
    }
    this.host.activeRun().checkpoint();
    this.host.setPageConfig(config);
  }

  /** Makes a page of a multipage app, as Streamlit's `st.Page`. */
  Page(script: PageScript, options?: PageOptions): AppPage {
    return new AppPage(script, options);
  }

  /**
   * Declares the app's pages and returns the one the URL asks for, as
   * Streamlit's `st.navigation`; call `.run()` on it. Pages may be grouped
   * in sections (`{ Reports: [...], Admin: [...] }`).
   * @example const pg = st.navigation([st.Page(home, { title: 'Home' }), st.Page(data)]); await pg.run();
   */
  navigation(
    pages: readonly AppPage[] | Readonly<Record<string, readonly AppPage[]>>,
    options: { readonly position?: 'sidebar' | 'hidden' } = {},
  ): CurrentPage {
    const list = Array.isArray(pages) ? [...(pages as readonly AppPage[])] : Object.values(pages as Record<string, AppPage[]>).flat();
    if (list.length === 0) throw invalidArgument('st.navigation needs at least one page.');
    this.host.activeRun().checkpoint();
    const page = this.host.navigate(list, options.position ?? 'sidebar');
    const st = this.host.rootDeltaGenerator();
    return {
      page,
      title: page.title,
      urlPath: this.pagePathOf(page),
      run: async () => {
        await page.script(st as DeltaGenerator<AnyState>);
      },
    };
  }

  /**
   * A link to a page of this app (or an external URL), as Streamlit's `st.page_link`.
   * @throws LitUiError `PageNotFound` for an app page that `st.navigation` did not list; `InvalidArgument` for an
   *   external URL whose scheme is not `http:`, `https:`, `mailto:` or `tel:` (e.g. `javascript:`, `data:`).
   */
  pageLink(page: AppPage | string, options: PageLinkOptions = {}): void {
    if (typeof page === 'string' && isExternalUrl(page)) {
      this.putElement(externalPageLinkProto(page, options));
      return;
    }
    const found = this.host.resolvePage(page);
    if (!found) this.pagePathOf(page);
    const { page: target, urlPath } = found!;
    this.putElement(pageLinkProto(urlPath, options.label ?? target.title, { ...options, icon: options.icon ?? target.icon }));
  }

  /**
   * Starts long work that survives reruns, or returns the task already
   * running under `key`. Read its `status`, `progress` and `result` in any
   * run; by default the page reruns when it reports progress and when it ends.
   * The task is aborted when the session ends.
   * @example
   * const job = st.background('report', async ({ progress, signal }) => buildReport(progress, signal));
   * if (job.status === 'running') st.progress(job.progress);
   * else if (job.status === 'done') st.dataframe(job.result);
   */
  background<T>(key: string, task: (ctx: BackgroundTaskContext) => Promise<T> | T, options?: BackgroundOptions): BackgroundTask<T> {
    this.host.activeRun().checkpoint();
    return this.host.tasks.start(key, task, options);
  }

  private pagePathOf(page: AppPage | string): string {
    const found = this.host.resolvePage(page);
    if (found) return found.urlPath;
    const name = typeof page === 'string' ? page : page.title;
    throw new LitUiError(ErrorCode.PageNotFound, `Could not find page '${name}': pass a page listed in st.navigation, or its URL path.`);
  }
}
