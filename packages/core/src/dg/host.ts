import type { BackgroundTasks } from '../background/backgroundTasks.js';
import type { ErrorDetailsLevel } from '../elements/exception.js';
import type { DataRegistry } from '../data/dataRegistry.js';
import type { FragmentRegistry } from '../fragments/fragmentRegistry.js';
import type { SessionMedia } from '../media/sessionMedia.js';
import type { AppPage } from '../pages/page.js';
import type { NavigationPosition } from '../protocol/forwardMsg.js';
import type { RequestContext } from '../protocol/transport.js';
import type { RunContext } from '../runtime/runContext.js';
import type { Scheduler } from '../protocol/scheduler.js';
import type { Secrets } from '../secrets/secrets.js';
import type { QueryParams } from '../state/queryParams.js';
import type { SessionState } from '../state/sessionState.js';
import type { SessionStateProxy } from '../state/sessionStateProxy.js';
import type { ElementTree } from '../tree/elementTree.js';
import type { PageConfig } from './pageConfig.js';

export type { PageConfig } from './pageConfig.js';

/** Browser facts the client reported in `hello`. */
export interface ClientInfo {
  readonly url?: string;
  readonly locale?: string;
  readonly timezone?: string;
  readonly timezoneOffset?: number;
}

/**
 * What a DeltaGenerator needs from its session. `AppSession` implements it;
 * keeping it an interface keeps the `st` API free of runtime internals.
 */
export interface DeltaGeneratorHost {
  readonly id: string;
  readonly state: SessionState;
  readonly stateProxy: SessionStateProxy<object>;
  readonly queryParams: QueryParams;
  readonly tree: ElementTree;
  /** The run in progress. @throws LitUiError `NoActiveRun` outside runs. */
  activeRun(): RunContext;
  /** URL path of the page being run (multipage apps), `''` otherwise. */
  readonly pagePath: string;
  readonly requestContext: RequestContext | undefined;
  readonly clientInfo: ClientInfo;
  /**
   * The run read a browser fact the client has not reported yet (the time
   * zone, before the browser connected to a session started for its host
   * page): the session reruns once the client reports it.
   */
  clientFactMissing?(): void;
  /** How much of an uncaught error the page sees (the runtime's `showErrorDetails`). */
  readonly showErrorDetails: ErrorDetailsLevel;
  /** Logs an uncaught error server-side; returns the correlation id the page shows. */
  reportError(error: unknown): string;
  /** The runtime's timers and clock (`st.spinner`'s delay). */
  readonly scheduler: Scheduler;
  readonly fragments: FragmentRegistry;
  readonly tasks: BackgroundTasks;
  /** The tables the page shows, for their windows (`dataRequest`). */
  readonly data: DataRegistry;
  /** The session's media: where media commands store bytes, uploads arrive, downloads are produced. */
  readonly media: SessionMedia;
  /** The runtime's default largest upload, in bytes. */
  readonly maxUploadBytes: number;
  /** The runtime's `st.secrets` (runtime option `secrets`). */
  readonly secrets: Secrets;
  /**
   * Sends the browser to the host's login or logout route (`st.login`, `st.logout`).
   * @throws LitUiError `AuthNotConfigured` without that route in the runtime option `auth`.
   */
  authRedirect(action: 'login' | 'logout', provider?: string): void;
  /** The session's root `st`, which fragment and dialog functions receive. */
  rootDeltaGenerator(): unknown;
  /** Merges page settings and tells the client when they changed. */
  setPageConfig(config: PageConfig): void;
  /** Registers the app's pages and returns the one to run (the requested URL path, or the default). */
  navigate(pages: readonly AppPage[], position: NavigationPosition, sections?: ReadonlyMap<AppPage, string>): AppPage;
  /** A registered page (by object, or by URL path — `''` is the default page) and its canonical URL path. */
  resolvePage(target: AppPage | string): { readonly page: AppPage; readonly urlPath: string } | undefined;
  /** Asks for a full rerun that does not interrupt a run in progress (server push). */
  requestRerun(): void;
}
