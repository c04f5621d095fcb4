import { defineApp, toApp, type AnyState, type App, type AppScript } from '../app.js';
import { ErrorCode, LitUiError, type ErrorCodeName } from '../errors.js';
import type { AuthRoutes } from '../auth/user.js';
import { applyForwardMsg } from '../protocol/applyForwardMsg.js';
import type { TableView, WidgetChange } from '../protocol/backMsg.js';
import { patchWidgetValue } from '../protocol/clientActions.js';
import { createClientTree, type ClientTree } from '../protocol/clientTree.js';
import type { ElementProto, JsonValue } from '../protocol/elements.js';
import type { DataWindowMsg, ForwardMsg, NavigationMsg } from '../protocol/forwardMsg.js';
import type { PageConfig } from '../dg/pageConfig.js';
import type { WidgetMetadata } from '../state/sessionState.js';
import type { AppSession } from '../runtime/appSession.js';
import { createTestRuntime, type TestRuntime } from '../runtime/runtime.js';
import { systemScheduler, type RuntimeOptions, type Scheduler } from '../runtime/runtimeOptions.js';
import { connectInMemory, type MemoryConnection } from '../transport/memoryConnection.js';
import type { DataWindowRequest } from './dataframeView.js';
import type { StagedChange } from './elementViews.js';
import { SESSION_ID_HEADER, SESSION_TOKEN_HEADER } from '../protocol/sessionHeaders.js';
import { NodeQuery, type ElementAccessors } from './nodeQuery.js';

/** Options of {@link AppTest.fromFunction}. */
export interface AppTestOptions {
  /** A run that takes longer fails, in ms on the runtime's scheduler (real time unless `runtime.scheduler` is fake). Default 3000. */
  readonly timeout?: number;
  /** Options of the runtime the test session runs in; `scheduler: createFakeScheduler()` puts the session on fake time. */
  readonly runtime?: RuntimeOptions;
  /** `st.secrets` of the app under test (the runtime option `secrets`; wins over `runtime.secrets`). */
  readonly secrets?: Readonly<Record<string, unknown>>;
  /** Who the host authenticated, as an adapter's `getUser` would return it: `st.user` reads its claims. Default: nobody. */
  readonly user?: unknown;
  /** The host's login and logout routes (the runtime option `auth`; wins over `runtime.auth`): `st.login()` and `st.logout()` show in `at.authRedirect`. */
  readonly auth?: AuthRoutes;
}

/**
 * Streamlit's AppTest in TypeScript: runs an app in a real session, through
 * the same protocol as the browser, and lets a test read the page and act
 * on widgets. Element lists are available by type name (`at.markdown`,
 * `at.button`, `at.get('metric')`), scoped by container (`at.sidebar.button`).
 * Like the browser, it holds changes to widgets inside a form until the
 * form's submit button is clicked.
 *
 * @example
 * const at = AppTest.fromFunction(app);
 * await at.run();
 * await at.slider[0].setValue(120).run();
 * expect(at.metric[0].value).toBe('12');
 */
export class AppTest extends NodeQuery {
  /** The page as the browser would hold it: built by the browser's reducer from the same messages. */
  private tree: ClientTree = createClientTree();
  private readonly runtime: TestRuntime;
  private connection: MemoryConnection | undefined;
  private readonly pending = new Map<string, StagedChange>();
  /** Fragment of each pending change's widget (undefined: outside fragments). */
  private readonly pendingFragments = new Map<string, string | undefined>();
  private readonly held = new Map<string, Map<string, StagedChange>>();
  private readonly initialState: Record<string, unknown> = {};
  private queryDirty = false;
  private query = new URLSearchParams();
  private pagePath: string | undefined;
  private readonly timeout: number;
  /** `dataRequest`s awaiting their `dataWindow` (or `error`), by cseq. */
  private readonly dataRequests = new Map<number, { resolve: (w: DataWindowMsg) => void; reject: (e: Error) => void }>();
  /** Sort and search set on each table (by data id), as the browser keeps them per element. */
  private readonly dataViews = new Map<string, TableView>();
  private readonly scheduler: Scheduler;
  private sessionToken = '';
  private deferred: Promise<unknown>[] = [];
  private readonly user: unknown;

  private constructor(app: App<object>, options: AppTestOptions) {
    super(
      () => this,
      () => this.tree.roots.map((root, i) => ({ node: root, path: [i] })),
    );
    this.timeout = options.timeout ?? 3000;
    this.scheduler = options.runtime?.scheduler ?? systemScheduler;
    const withState = defineApp(app.script, {
      ...app.options,
      initialState: () => ({ ...app.options.initialState?.(), ...this.initialState }),
    });
    this.user = options.user;
    this.runtime = createTestRuntime(withState, {
      ...options.runtime,
      ...(options.secrets !== undefined ? { secrets: options.secrets } : {}),
      ...(options.auth !== undefined ? { auth: options.auth } : {}),
    });
  }

  /** An AppTest of an app script or `defineApp(...)`. */
  static fromFunction<State extends object = AnyState>(app: App<State> | AppScript<State>, options: AppTestOptions = {}): AppTest & ElementAccessors {
    return new AppTest(toApp(app) as unknown as App<object>, options) as AppTest & ElementAccessors;
  }

  /** The session's `st.sessionState` (writable before and between runs). */
  get sessionState(): AnyState {
    return this.session?.stateProxy ?? this.initialState;
  }

  /**
   * The page URL's query params: what the app set, writable before and between runs (as if the URL had them).
   * A repeated key reads as its last value, as `st.queryParams`; assigning an array repeats the key.
   */
  get queryParams(): Record<string, string> {
    const last = (key: string) => this.query.getAll(key).at(-1);
    return new Proxy(Object.create(null) as Record<string, string>, {
      get: (_t, key) => (typeof key === 'string' ? last(key) : undefined),
      set: (_t, key, value) => {
        if (typeof key !== 'string') return false;
        this.query.delete(key);
        for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) this.query.append(key, String(item));
        this.queryDirty = true;
        return true;
      },
      deleteProperty: (_t, key) => {
        if (typeof key === 'string') this.query.delete(key);
        this.queryDirty = true;
        return true;
      },
      has: (_t, key) => typeof key === 'string' && this.query.has(key),
      ownKeys: () => [...new Set(this.query.keys())],
      getOwnPropertyDescriptor: (_t, key) =>
        typeof key === 'string' && this.query.has(key) ? { value: last(key), enumerable: true, configurable: true, writable: true } : undefined,
    });
  }

  /** The page config the app set (`st.setPageConfig`). */
  get pageConfig(): PageConfig {
    return this.tree.pageConfig;
  }

  /** The current page's URL path and the pages of `st.navigation`. */
  get navigation(): NavigationMsg | undefined {
    return this.tree.navigation ?? undefined;
  }

  /**
   * The last `st.login()` / `st.logout()` request of the app: where the browser would go
   * (`{ action: 'logout', url: '/auth/logout' }`), or undefined when the app made none.
   */
  get authRedirect(): ClientTree['authRedirect'] | undefined {
    return this.tree.authRedirect ?? undefined;
  }

  /**
   * The page titles of `st.navigation` by section heading, in the order the navigation shows them (`''` holds
   * the pages without a heading); `{}` before `st.navigation` ran.
   * @example expect(at.navigationSections).toEqual({ Reports: ['Sales'], Admin: ['Users'] });
   */
  get navigationSections(): Record<string, string[]> {
    const sections: Record<string, string[]> = {};
    for (const page of this.tree.navigation?.pages ?? []) (sections[page.section ?? ''] ??= []).push(page.title);
    return sections;
  }

  /**
   * Protocol errors the client recorded: `error` messages (invalid messages,
   * widget values) and ForwardMsgs that did not fit the tree (`InvalidForwardMsg`).
   */
  get protocolErrors(): readonly {
    /** Stable code, see docs/errors.md. */
    code: string;
    /** What went wrong. */
    message: string;
  }[] {
    return this.tree.errors.map(({ code, message }) => ({ code, message }));
  }

  /** Runs another page on the next `run()`, as a click on a page link would. */
  switchPage(urlPath: string): this {
    this.pagePath = urlPath.replace(/^\/+|\/+$/g, '');
    return this;
  }

  /**
   * Runs the app (the first time) or reruns it with the staged widget
   * changes, and resolves when the session is idle again — after any reruns
   * the app asked for. A run that ends in an error still resolves (see
   * `at.exception`); a run longer than the timeout rejects.
   */
  async run(options: { readonly timeout?: number } = {}): Promise<this> {
    const deferred = this.deferred.splice(0);
    await Promise.all(deferred);
    this.tree = { ...this.tree, query: this.query.toString() };
    if (!this.connection) {
      const query = this.query.toString();
      const pagePath = this.pagePath ?? '';
      this.queryDirty = false;
      this.pagePath = undefined;
      this.connection = connectInMemory(this.runtime, {
        ...(this.user !== undefined ? { context: { url: 'http://localhost/', headers: {}, cookies: {}, user: this.user } } : {}),
        hello: () => ({ url: 'http://localhost/', query, pagePath, locale: 'en-US', timezone: 'UTC', timezoneOffset: 0 }),
        onMessage: (msg) => this.receive(msg),
        // As the browser: a value the server acknowledged is what the widget shows, and the server will not resend it.
        onAcked: (msg) => {
          if (msg.type !== 'rerunScript') return;
          for (const change of msg.widgets) if (!change.trigger) this.tree = patchWidgetValue(this.tree, change.id, change.value);
        },
      });
    } else {
      const widgets: WidgetChange[] = [...this.pending].map(([id, c]) => ({ id, value: c.wire, ...(c.trigger ? { trigger: true } : {}) }));
      const fragments = new Set(this.pendingFragments.values());
      const fragmentId = fragments.size === 1 ? [...fragments][0] : undefined;
      this.pending.clear();
      this.pendingFragments.clear();
      this.connection.send({
        type: 'rerunScript',
        widgets,
        ...(fragmentId !== undefined && widgets.length > 0 ? { fragmentId } : {}),
        ...(this.queryDirty ? { query: this.query.toString() } : {}),
        ...(this.pagePath !== undefined ? { pagePath: this.pagePath } : {}),
      });
      this.queryDirty = false;
      this.pagePath = undefined;
    }
    await this.settle(options.timeout ?? this.timeout);
    this.query = new URLSearchParams(this.tree.query ?? '');
    return this;
  }

  /**
   * Fetches a URL through the runtime, as the browser would (media URLs of
   * `at.image[0].url`, ranges, conditional requests): relative URLs are
   * resolved against the app's mount. Resolves to a web `Response`.
   *
   * @example
   * const res = await at.fetch(at.image[0].url, { headers: { Range: 'bytes=0-99' } });
   */
  fetch(url: string, init?: RequestInit): Promise<Response> {
    return this.runtime.fetch(new Request(new URL(url.replace(/^\/+/, ''), 'http://localhost/').href, init));
  }

  /** @internal */
  sessionHeaders(): Record<string, string> {
    return { [SESSION_ID_HEADER]: this.connection?.sessionId ?? '', [SESSION_TOKEN_HEADER]: this.sessionToken };
  }

  /** @internal */
  defer(work: Promise<unknown>): void {
    work.catch(() => undefined); // observed by the next run()
    this.deferred.push(work);
  }

  /** @internal */
  metadata(id: string): WidgetMetadata | undefined {
    return this.session?.state.metadata.get(id);
  }

  /** @internal */
  sessionValue(id: string): unknown {
    return this.session?.state.widgetValue(id);
  }

  /** @internal */
  staged(id: string): StagedChange | undefined {
    const held = [...this.held.values()].find((form) => form.has(id));
    return this.pending.get(id) ?? held?.get(id);
  }

  /** @internal Stages a change; inside a form it is held until the form's submit button is clicked. */
  stage(proto: ElementProto, change: StagedChange): void {
    const id = proto['id'] as string;
    const formId = proto['formId'] as string | undefined;
    const fragmentId = proto['fragmentId'] as string | undefined;
    if (formId && proto.type !== 'formSubmitButton') {
      if (!this.held.has(formId)) this.held.set(formId, new Map());
      this.held.get(formId)!.set(id, change);
      return;
    }
    if (formId) {
      for (const [heldId, heldChange] of this.held.get(formId) ?? []) {
        this.pending.set(heldId, heldChange);
        this.pendingFragments.set(heldId, fragmentId);
      }
      this.held.delete(formId);
    }
    this.pending.set(id, change);
    this.pendingFragments.set(id, fragmentId);
  }

  /** @internal */
  requestData(request: DataWindowRequest): Promise<DataWindowMsg> {
    const connection = this.connection;
    if (!connection) return Promise.reject(new Error('AppTest: run the app before reading table windows.'));
    return new Promise<DataWindowMsg>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.dataRequests.delete(cseq);
        reject(new Error(`AppTest: no answer to the data request within ${this.timeout} ms`));
      }, this.timeout);
      const settle = { resolve: (w: DataWindowMsg) => (clearTimeout(timer), resolve(w)), reject: (e: Error) => (clearTimeout(timer), reject(e)) };
      // The in-memory connection answers synchronously, inside send(): register under the next cseq first.
      const cseq = connection.nextCseq;
      this.dataRequests.set(cseq, settle);
      connection.send({ type: 'dataRequest', ...request });
    });
  }

  /** @internal */
  dataRows(dataId: string): Record<string, JsonValue>[] | undefined {
    const entry = this.session?.data.get(dataId);
    return entry?.table.records(entry.picks);
  }

  /** @internal */
  viewOf(dataId: string): TableView {
    return this.dataViews.get(dataId) ?? {};
  }

  /** @internal */
  setView(dataId: string, view: TableView): void {
    this.dataViews.set(dataId, view);
  }

  private receive(msg: ForwardMsg): void {
    if (msg.type === 'newSession') this.sessionToken = msg.sessionToken ?? '';
    if (msg.type === 'dataWindow' || (msg.type === 'error' && msg.cseq !== undefined && this.dataRequests.has(msg.cseq))) {
      const waiting = this.dataRequests.get(msg.cseq!);
      this.dataRequests.delete(msg.cseq!);
      if (msg.type === 'dataWindow') waiting?.resolve(msg);
      else waiting?.reject(new LitUiError(errorCode(msg.code), msg.message));
      if (msg.type === 'dataWindow') return;
    }
    this.tree = applyForwardMsg(this.tree, msg);
  }

  private get session(): AppSession | undefined {
    const id = this.connection?.sessionId;
    return id ? this.runtime.session(id) : undefined;
  }

  private async settle(timeoutMs: number): Promise<void> {
    const session = this.session;
    if (!session) throw new Error(`AppTest: the session did not start (${this.tree.errors.map((e) => e.message).join('; ') || 'no answer'})`);
    let timer: unknown;
    const timedOut = new Promise<never>((_, reject) => {
      timer = this.scheduler.setTimeout(() => {
        session.runner.stop();
        reject(new Error(`AppTest: the run did not finish within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      await Promise.race([session.runner.idle(), timedOut]);
    } finally {
      this.scheduler.clearTimeout(timer);
    }
  }
}

function errorCode(code: string): ErrorCodeName {
  return (Object.values(ErrorCode) as string[]).includes(code) ? (code as ErrorCodeName) : ErrorCode.InvalidMessage;
}
