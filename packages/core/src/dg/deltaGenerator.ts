import type { AnyState } from '../app.js';
import type { BackgroundOptions, BackgroundTask, BackgroundTaskContext } from '../background/backgroundTasks.js';
import { RerunSignal, StopSignal, SwitchPageSignal } from '../controlFlow.js';
import { logoConfig, type LogoOptions } from '../elements/logo.js';
import { linkButtonProto, type LinkButtonOptions, type PageLinkOptions } from '../elements/links.js';
import { invalidArgument } from '../errors.js';
import type { MediaSource } from '../media/mediaSource.js';
import {
  navigate,
  pageLink,
  pagePathOf,
  switchPageQuery,
  type CurrentPage,
  type NavigationOptions,
  type SwitchPageOptions,
} from '../pages/navigation.js';
import { AppPage, type PageOptions, type PageScript } from '../pages/page.js';
import type { QueryParamsProxy } from '../state/queryParams.js';
import type { SessionStateProxy } from '../state/sessionStateProxy.js';
import { DeltaGeneratorCore } from './deltaGeneratorCore.js';
import { installOptionChecks } from './unknownOptions.js';
import type { DeltaGeneratorHost } from './host.js';
import { setPageConfig, type PageConfig } from './pageConfig.js';
import { scriptContext, sessionHandle, type ScriptContext, type SessionHandle } from './scriptContext.js';
import { userInfo, type UserInfo } from '../auth/user.js';
import type { Secrets } from '../secrets/secrets.js';
import { MediaCommands } from './mediaCommands.js';
import { coreOf, registerDeltaGeneratorFactory, wrapCore } from './deltaGeneratorBase.js';

/**
 * `st`: the API of lit-ui, as Streamlit's DeltaGenerator. The script gets
 * the session's root `st` (writing to `main`); containers (`st.sidebar`,
 * `st.columns()`, `st.expander()`, ...) are DeltaGenerators writing into
 * their block. Every command is Streamlit's, camelCased, with required
 * arguments positional and the rest in one options object. Each method is a
 * thin front: its body sits beside its element or widget module. The commands
 * are grouped by family in the classes it extends ({@link TextCommands},
 * {@link StatusCommands}, {@link DataCommands}, {@link LayoutCommands},
 * {@link WidgetCommands}, {@link MediaCommands}), as Streamlit's
 * DeltaGenerator is made of mixins; this class adds pages, session and
 * control flow.
 *
 * Every command first checks whether the run was asked to end (a newer
 * interaction, `st.stop()` elsewhere, a timeout) and stops the script there,
 * as Streamlit's yield point. Commands throw `LitUiError` (with a stable
 * `code`, see docs/errors.md) for bad arguments; the error is shown on the
 * page and the session goes on.
 */
export class DeltaGenerator<State extends object = AnyState> extends MediaCommands {
  private constructor() {
    super();
  }

  static {
    registerDeltaGeneratorFactory(() => new DeltaGenerator());
    // Every command checks its options object's keys first (optionKeys.ts): an unknown key is an UnknownOption error.
    installOptionChecks(this.prototype);
  }

  /**
   * A button that opens a URL, as Streamlit's `st.link_button`.
   * @throws LitUiError `InvalidArgument` for a URL whose scheme is not `http:`, `https:`, `mailto:` or `tel:`
   *   (relative URLs are fine): `javascript:`, `data:` and the like never reach the page.
   */
  linkButton(label: string, url: string, options?: LinkButtonOptions): void {
    coreOf(this).element(linkButtonProto(label, url, options));
  }

  /**
   * A link to a page of this app (or an external URL), as Streamlit's `st.page_link`.
   * @throws LitUiError `PageNotFound` for an app page that `st.navigation` did not list; `InvalidArgument` for an
   *   external URL whose scheme is not `http:`, `https:`, `mailto:` or `tel:` (e.g. `javascript:`, `data:`), or without a `label`.
   */
  pageLink(page: AppPage | string, options?: PageLinkOptions): void {
    pageLink(coreOf(this), page, options);
  }

  /** Makes a page of a multipage app, as Streamlit's `st.Page`. @throws LitUiError `InvalidArgument` for a bad title or `urlPath`. */
  Page(script: PageScript, options?: PageOptions): AppPage {
    return new AppPage(script, options);
  }

  /**
   * Declares the app's pages and returns the one the URL asks for, as Streamlit's
   * `st.navigation`; call `.run()` on it. Pages may be grouped in sections (`{ Reports: [...] }`).
   * @throws LitUiError `InvalidArgument` without pages.
   * @example const pg = st.navigation([st.Page(home, { title: 'Home' }), st.Page(data)]); await pg.run();
   */
  navigation(pages: readonly AppPage[] | Readonly<Record<string, readonly AppPage[]>>, options?: NavigationOptions): CurrentPage {
    return navigate(coreOf(this), pages, options);
  }

  /**
   * Ends this run and runs another page, as Streamlit's `st.switch_page`. The new page starts with
   * `options.queryParams` as its query parameters, or with none.
   * @throws LitUiError `PageNotFound` for a page `st.navigation` did not list; `InvalidArgument` for a
   *   query parameter value `st.queryParams` refuses (an object).
   * @example st.switchPage(details, { queryParams: { car: '42' } });
   */
  switchPage(page: AppPage | string, options: SwitchPageOptions = {}): never {
    const signal = new SwitchPageSignal(pagePathOf(coreOf(this).host, page), switchPageQuery(options));
    throw coreOf(this).host.activeRun().control(signal);
  }

  /**
   * Sets the browser tab's title and icon, the layout and the sidebar's initial state,
   * as Streamlit's `st.set_page_config` (callable anywhere; later calls win).
   * @throws LitUiError `InvalidArgument` for an unknown `layout` or `initialSidebarState`.
   */
  setPageConfig(config: PageConfig): void {
    setPageConfig(coreOf(this).host, config);
  }

  /**
   * Shows a logo at the top of the sidebar (or of the page without one), as
   * Streamlit's `st.logo`: an image as `st.image` takes it, an optional
   * http(s) `link`, a smaller `iconImage` for a collapsed sidebar, and a size.
   * @throws LitUiError `InvalidArgument` for data that is not an image, a bad size or link.
   * @example st.logo('./logo.svg', { link: 'https://example.com', size: 'large' });
   */
  logo(image: MediaSource, options?: LogoOptions): void {
    const host = coreOf(this).host;
    host.activeRun().checkpoint();
    host.setPageConfig({ logo: logoConfig(host.media, image, options) });
  }

  /** The session's state, persisting across reruns, as Streamlit's `st.session_state`. */
  get sessionState(): SessionStateProxy<State> {
    return coreOf(this).host.stateProxy as SessionStateProxy<State>;
  }

  /** The page URL's query parameters, as Streamlit's `st.query_params`. */
  get queryParams(): QueryParamsProxy {
    return coreOf(this).host.queryParams.proxy();
  }

  /** Browser and request facts, as Streamlit's `st.context`. */
  get context(): ScriptContext {
    return scriptContext(coreOf(this).host);
  }

  /**
   * The app's secrets, as Streamlit's `st.secrets`: read-only, server-side only, from `secrets.toml` or the
   * runtime option `secrets` (docs/secrets.md). `st.secrets.db.password`, `st.secrets['db']`, `st.secrets.has('db')`.
   * @throws LitUiError `SecretNotFound` (on reading) for a key that is not set, naming it.
   */
  get secrets(): Secrets {
    return coreOf(this).host.secrets;
  }

  /**
   * Who the host app authenticated, as Streamlit's `st.user`: `st.user.isLoggedIn` and the claims the adapter's
   * `getUser(request)` returned (`st.user.email`), read when the session connected. Read-only (docs/auth.md).
   */
  get user(): UserInfo {
    return userInfo(coreOf(this).host.requestContext);
  }

  /**
   * Sends the browser to the host app's login route (runtime option `auth.loginUrl`, given `provider`), as
   * Streamlit's `st.login`; the run goes on. The host app logs the user in; lit-ui does not implement OIDC.
   * @throws LitUiError `AuthNotConfigured` without `auth.loginUrl`.
   * @example if (!st.user.isLoggedIn && st.button('Log in')) st.login('google');
   */
  login(provider?: string): void {
    coreOf(this).host.authRedirect('login', provider);
  }

  /**
   * Sends the browser to the host app's logout route (runtime option `auth.logoutUrl`), as Streamlit's
   * `st.logout`; the run goes on.
   * @throws LitUiError `AuthNotConfigured` without `auth.logoutUrl`.
   * @example if (st.button('Log out')) st.logout();
   */
  logout(): void {
    coreOf(this).host.authRedirect('logout');
  }

  /** Aborted when this run is interrupted (a newer interaction) or stopped: `fetch(url, { signal: st.signal })`. */
  get signal(): AbortSignal {
    return coreOf(this).host.activeRun().abort.signal;
  }

  /** A handle on this session for server code outside runs (e.g. to push a rerun). */
  get session(): SessionHandle<State> {
    return sessionHandle<State>(coreOf(this).host);
  }

  /**
   * Ends this run and starts a new one, as Streamlit's `st.rerun`. With `scope: 'fragment'`
   * only the fragment reruns — allowed, as in Streamlit, only inside a fragment during a fragment rerun.
   * @throws LitUiError `InvalidArgument` for `scope: 'fragment'` outside a fragment rerun.
   */
  rerun(options: { readonly scope?: 'app' | 'fragment' } = {}): never {
    const run = coreOf(this).host.activeRun();
    if (options.scope !== 'fragment') throw run.control(new RerunSignal('app'));
    if (run.currentFragmentId === undefined || run.fragmentIds === undefined) {
      throw invalidArgument("st.rerun({ scope: 'fragment' }) can only be called inside a fragment during a fragment rerun (not during a full run).");
    }
    throw run.control(new RerunSignal('fragment', run.currentFragmentId));
  }

  /** Ends this run here: nothing after it renders, as Streamlit's `st.stop`. */
  stop(): never {
    throw coreOf(this).host.activeRun().control(new StopSignal());
  }

  /**
   * Starts long work that survives reruns, or returns the task already running under `key`.
   * Read its `status`, `progress` and `result` in any run; by default the page reruns when it
   * reports progress and when it ends. The task is aborted when the session ends.
   * @example
   * const job = st.background('report', async ({ progress, signal }) => buildReport(progress, signal));
   * if (job.status === 'running') st.progress(job.progress);
   */
  background<T>(key: string, task: (ctx: BackgroundTaskContext) => Promise<T> | T, options?: BackgroundOptions): BackgroundTask<T> {
    coreOf(this).host.activeRun().checkpoint();
    return coreOf(this).host.tasks.start(key, task, options);
  }
}

/** The session's root `st`, writing to `main` (the runtime's, for each session). */
export function createRootDeltaGenerator<State extends object = AnyState>(host: DeltaGeneratorHost): DeltaGenerator<State> {
  return wrapCore<DeltaGenerator<State>>(new DeltaGeneratorCore(host, { kind: 'main' }));
}

/** The plumbing of a DeltaGenerator, for lit-ui's own wrappers (`fragment`, `dialog`, `cacheData`). Internal. */
export function deltaGeneratorCore(st: DeltaGenerator<object>): DeltaGeneratorCore {
  return coreOf(st);
}
