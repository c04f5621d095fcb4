import { nanoid } from 'nanoid';
import { authUrl } from '../auth/user.js';
import type { Secrets } from '../secrets/secrets.js';
import { createSessionToken } from '../access/sessionToken.js';
import type { App } from '../app.js';
import { BackgroundTasks } from '../background/backgroundTasks.js';
import { DataRegistry } from '../data/dataRegistry.js';
import { createRootDeltaGenerator, type DeltaGenerator } from '../dg/deltaGenerator.js';
import type { ClientInfo, DeltaGeneratorHost, PageConfig } from '../dg/host.js';
import type { ErrorDetailsLevel } from '../elements/exception.js';
import { ErrorCode, LitUiError } from '../errors.js';
import { FragmentRegistry } from '../fragments/fragmentRegistry.js';
import { SessionMedia } from '../media/sessionMedia.js';
import type { AppPage } from '../pages/page.js';
import type { BackMsg, HelloMsg, RerunScriptMsg } from '../protocol/backMsg.js';
import type { JsonValue } from '../protocol/elements.js';
import { PROTOCOL_VERSION, type ForwardMsg, type NavigationPosition } from '../protocol/forwardMsg.js';
import { CloseCode, type RequestContext, type ServerConnection } from '../protocol/transport.js';
import { QueryParams } from '../state/queryParams.js';
import { SessionState } from '../state/sessionState.js';
import { createSessionStateProxy, type SessionStateProxy } from '../state/sessionStateProxy.js';
import { deepEqual } from '../tree/deepEqual.js';
import { clearTree, createElementTree, nodeAt, type ElementTree } from '../tree/elementTree.js';
import { rewriteWidget, TreeWriter, widgetAt, type WidgetLocation } from '../tree/treeWriter.js';
import { FragmentTimers } from './fragmentTimers.js';
import { ForwardQueue } from './forwardQueue.js';
import { splitRepeatedTriggers, type PendingChange } from './rerunRequest.js';
import type { RunContext } from './runContext.js';
import type { RunHost } from './runHost.js';
import type { RunSlot } from './runSlots.js';
import type { ResolvedRuntimeOptions } from './resolvedOptions.js';
import type { Scheduler } from './runtimeOptions.js';
import { runScript } from './runScript.js';
import { ScriptRunner } from './scriptRunner.js';
import { SessionNavigation } from './sessionNavigation.js';
import type { SessionPersistence } from './sessionPersistence.js';

/**
 * One browser tab's session, as Streamlit's AppSession: its session state,
 * widget states, the mirror of the tree its client shows, its outgoing
 * queue (numbered, replayable) and its script runner. It outlives
 * connections: a tab that reconnects within `sessionTtlMs` resumes it.
 */
export class AppSession implements DeltaGeneratorHost {
  readonly state: SessionState;
  readonly stateProxy: SessionStateProxy<object>;
  readonly queryParams: QueryParams;
  readonly tree: ElementTree = createElementTree();
  readonly widgetIndex = new Map<string, WidgetLocation>();
  readonly queue: ForwardQueue;
  readonly runner: ScriptRunner;
  readonly fragments = new FragmentRegistry();
  readonly tasks: BackgroundTasks;
  readonly data = new DataRegistry();
  readonly st: DeltaGenerator<object>;
  /** The secret a tab presents (with the id) to resume this session; also checked by the HTTP side channels. */
  readonly token: string;
  /** This session's media: references, uploader rules, uploads, deferred downloads. */
  readonly media: SessionMedia;
  pagePath = '';
  requestContext: RequestContext | undefined;
  clientInfo: ClientInfo = {};
  /** A run read a browser fact the client had not reported (see `clientFactMissing`). */
  private missedClientFact = false;
  /** Set when the runtime has a session store: writes inputs ahead of their acks and the state after runs. */
  persistence: SessionPersistence | undefined;
  private run: RunContext | undefined;
  /** Scheduler time the run in progress began, for the metrics' run duration. */
  private runStartedAt = 0;
  private connection: ServerConnection | undefined;
  /** `hello.clientId` of the connection attached last. */
  private clientId: string | undefined;
  private lastCseq = 0;
  private ttlTimer: unknown;
  /** Pages, navigation menu and page config, each sent when it changes. */
  private readonly chrome: SessionNavigation;
  private readonly timers: FragmentTimers;
  private readonly runHost: RunHost;
  /** Aborted when the session closes: a wait for a run slot ends with it. */
  private readonly closing = new AbortController();
  /** True while a requested run waits for a free `maxConcurrentRuns` slot. */
  private queued = false;
  private closed = false;

  constructor(
    readonly id: string,
    /** The app this session runs; run on save swaps it ({@link AppSession.reload}). */
    public app: App<object>,
    private readonly options: ResolvedRuntimeOptions,
    private readonly onClose: (session: AppSession) => void,
    /** The session's token: a new one, or the stored one of a session taken over from another process. */
    token: string = createSessionToken(),
  ) {
    this.token = token;
    this.state = new SessionState(Boolean(app.options.persistWidgetState));
    this.stateProxy = createSessionStateProxy(this.state);
    for (const [key, value] of Object.entries(app.options.initialState?.() ?? {})) this.state.set(key, value);
    this.queryParams = new QueryParams(() => this.queryParamsChanged());
    this.queue = new ForwardQueue(options.scheduler, { messages: options.replayLimit, bytes: options.replayLimitBytes }, () => this.confirmMsg());
    this.chrome = new SessionNavigation((msg) => this.queue.enqueue(msg));
    this.runHost = this.createRunHost();
    this.runner = new ScriptRunner({
      acquireSlot: () => this.acquireSlot(),
      execute: (request, slot) =>
        runScript(this.runHost, request, slot).then((outcome) => {
          // A run that carries triggers to the next one has not applied its inputs yet.
          if (!outcome.carry) this.persistence?.runEnded();
          return outcome;
        }),
      activeRun: () => this.run,
      becameIdle: () => this.becameIdle(),
    });
    this.tasks = new BackgroundTasks(() => this.requestRerun(), options.scheduler, options.logger);
    this.timers = new FragmentTimers(options.scheduler, (id) =>
      this.runner.request({ changes: [], scope: new Set([id]), preempt: false, auto: true }),
    );
    this.media = new SessionMedia(options.media, id);
    this.st = createRootDeltaGenerator(this);
  }

  get scheduler(): Scheduler {
    return this.options.scheduler;
  }

  get showErrorDetails(): ErrorDetailsLevel {
    return this.options.showErrorDetails;
  }

  /** Logs an uncaught error of this session's script through the runtime's `logger`; returns its correlation id. */
  reportError(error: unknown): string {
    const errorId = nanoid(12);
    this.options.logger?.error(`lit-ui: uncaught error in the app script (error id ${errorId}, session ${this.id})`, error);
    return errorId;
  }

  /** The runtime's default largest upload, in bytes. */
  get maxUploadBytes(): number {
    return this.options.maxUploadBytes;
  }

  /** The runtime's `st.secrets`. */
  get secrets(): Secrets {
    return this.options.secrets;
  }

  /** Sends the browser to the host's login or logout route (`st.login`, `st.logout`). */
  authRedirect(action: 'login' | 'logout', provider?: string): void {
    const url = authUrl(this.options.auth, action, provider);
    this.queue.enqueue({ type: 'authRedirect', action, url, ...(provider !== undefined ? { provider } : {}) });
  }

  /** True while a client connection is attached. */
  get connected(): boolean {
    return this.connection !== undefined;
  }

  /**
   * Whether `clientId` (a `hello.clientId`) is the client whose connection is
   * attached: its resume replaces a connection that dropped without the
   * server noticing yet. False without an id.
   */
  isClient(clientId: string | undefined): boolean {
    return clientId !== undefined && clientId === this.clientId;
  }

  /** Ends the attached connection, if any, as the session stays (for a takeover or a handoff). */
  dropConnection(reason: string): void {
    const previous = this.connection;
    if (!previous) return;
    this.detach(previous);
    previous.close(CloseCode.goingAway, reason);
  }

  /** The run in progress. @throws LitUiError `NoActiveRun` outside runs. */
  activeRun(): RunContext {
    if (!this.run) {
      throw new LitUiError(
        ErrorCode.NoActiveRun,
        'st.* was called outside a script run of this session (e.g. from a background task or a timer). ' +
          'Store results in st.sessionState and call requestRerun() instead.',
      );
    }
    return this.run;
  }

  rootDeltaGenerator(): DeltaGenerator<object> {
    return this.st;
  }

  /**
   * Binds a connection after its `hello`. A new session starts its first run;
   * a resumed one replays what the client missed, or resynchronises it (see `resync`).
   */
  attach(connection: ServerConnection, hello: HelloMsg, isNew: boolean): void {
    // The same client reconnecting before its old connection was seen to drop: the new one replaces it.
    if (this.connection !== connection) this.dropConnection('replaced by a newer connection of the same client');
    this.clientId = hello.clientId;
    if (this.ttlTimer !== undefined) this.options.scheduler.clearTimeout(this.ttlTimer);
    this.ttlTimer = undefined;
    this.connection = connection;
    this.requestContext = connection.context;
    this.clientInfo = {
      ...(hello.url !== undefined ? { url: hello.url } : {}),
      ...(hello.locale !== undefined ? { locale: hello.locale } : {}),
      ...(hello.timezone !== undefined ? { timezone: hello.timezone } : {}),
      ...(hello.timezoneOffset !== undefined ? { timezoneOffset: hello.timezoneOffset } : {}),
    };
    const { staleDelayMs, sessionTtlMs, debounceMs } = this.options;
    const greeting: ForwardMsg = {
      type: 'newSession',
      seq: 0,
      sessionId: this.id,
      sessionToken: this.token,
      protocolVersion: PROTOCOL_VERSION,
      resumed: !isNew,
      config: { staleDelayMs, sessionTtlMs, debounceMs },
    };
    if (hello.lastSeq === undefined) {
      // A page that has just loaded numbers its inputs from 1 again.
      this.lastCseq = 0;
      if (!isNew) this.persistence?.newEra();
    }
    const query = hello.query ?? '';
    const pagePath = hello.pagePath ?? '';
    // A page that has just loaded (no lastSeq) gets the current state, never a replay of old URL changes.
    const replayFrom = isNew ? 0 : (hello.lastSeq ?? this.queue.lastSeq);
    const upToDate = this.queue.attach(connection, replayFrom, [greeting]);
    if (!isNew && (hello.lastSeq === undefined || !upToDate)) this.resync(pagePath);
    this.timers.resume(this.fragments.all());
    if (isNew) {
      this.queryParams.load(query);
      this.pagePath = pagePath;
      this.runner.request({ changes: [], scope: 'app', preempt: true });
    } else if (
      new URLSearchParams(query).toString() !== this.queryParams.toString() ||
      pagePath !== this.pagePath ||
      (this.missedClientFact && (hello.timezone !== undefined || hello.timezoneOffset !== undefined))
    ) {
      this.missedClientFact = false;
      this.runner.request({ changes: [], scope: 'app', preempt: true, query, pagePath });
    }
    this.queue.flush();
  }

  /** A run read the time zone before the client reported it (a session started for its host page): rerun when it does. */
  clientFactMissing(): void {
    this.missedClientFact = true;
  }

  /** The transport lost `connection`: keep the session for `sessionTtlMs`, then close it. */
  detach(connection: ServerConnection): void {
    if (connection !== this.connection) return;
    this.connection = undefined;
    this.queue.detach(connection);
    this.timers.pause();
    this.ttlTimer = this.options.scheduler.setTimeout(() => this.close(), this.options.sessionTtlMs);
  }

  /**
   * Handles one validated BackMsg (other than `hello`). Invalid widget values
   * get an `error` and change nothing. The `ack` follows the `error` (a
   * client does not take a refused value), and the acknowledged values are
   * in the mirror from the `ack` on, as in the client's tree (docs/protocol.md).
   */
  receive(msg: Exclude<BackMsg, HelloMsg>, replayed = false): void {
    if (msg.type === 'ack') return void this.queue.acknowledge(msg.seq);
    // The ack of an input that started a run rides with the run's first batch (at the latest the queue's next
    // macrotask flush): a synchronous run's `sessionStatus`, ack, deltas and `scriptFinished` reach the client as
    // one frame, which it applies in one task and paints in one frame. Any other input is acknowledged at once.
    let startedRun = false;
    const ack = () => {
      this.queue.enqueueConnectionMsg({ type: 'ack', cseq: msg.cseq });
      if (!startedRun) this.queue.flush();
    };
    if (msg.cseq <= this.lastCseq) return this.persistence ? this.persistence.afterInput(undefined, ack) : ack();
    this.lastCseq = msg.cseq;
    let accepted = true;
    try {
      if (msg.type === 'rerunScript') startedRun = this.handleRerun(msg);
      else if (msg.type === 'stopScript') this.runner.stop();
      else if (msg.type === 'dataRequest') this.queue.enqueueConnectionMsg(this.data.window(msg));
      else this.closeDialog(msg.id);
    } catch (e) {
      accepted = false;
      const code = e instanceof LitUiError ? e.code : ErrorCode.InvalidMessage;
      this.queue.enqueueConnectionMsg({ type: 'error', code, message: e instanceof Error ? e.message : String(e), cseq: msg.cseq });
    }
    // With a session store, an input is acknowledged once it is written ahead (a process taking over applies it once).
    if (this.persistence) this.persistence.afterInput(accepted && !replayed && msg.type === 'rerunScript' ? msg : undefined, ack);
    else ack();
  }

  /**
   * The `cseq` up to which every input has had its effect on the session
   * state: the last one received, unless requests wait for a run.
   */
  get appliedCseq(): number {
    // During a run, its inputs are not applied yet: a record then holds the state as the run began (SessionState.exportValues).
    const pending = this.runner.lowestPendingCseq(this.run !== undefined);
    return pending === undefined ? this.lastCseq : Math.min(this.lastCseq, pending - 1);
  }

  /** Takes up the client's numbering where another process left it (a session taken over): inputs up to `cseq` are applied. */
  resumeInputs(cseq: number): void {
    this.lastCseq = cseq;
  }

  /**
   * Run on save: runs `app` from now on, and reruns at once (interrupting a
   * run in progress), keeping session state; keys of `app`'s `initialState`
   * the state lacks are added.
   */
  reload(app: App<object>): void {
    this.app = app;
    for (const [key, value] of Object.entries(app.options.initialState?.() ?? {})) if (!this.state.has(key)) this.state.set(key, value);
    if (!this.closed) this.runner.request({ changes: [], scope: 'app', preempt: true });
  }

  /** Asks for a full rerun after any run in progress (server push, background tasks). */
  requestRerun(): void {
    if (!this.closed) this.runner.request({ changes: [], scope: 'app', preempt: false });
    // A session that moved to another process gets the request there.
    else this.persistence?.forwardRerun();
  }

  setPageConfig(config: PageConfig): void {
    this.chrome.setPageConfig(config);
  }

  navigate(pages: readonly AppPage[], position: NavigationPosition, sections?: ReadonlyMap<AppPage, string>): AppPage {
    const { page, urlPath } = this.chrome.navigate(pages, position, sections, this.pagePath);
    this.pagePath = urlPath;
    return page;
  }

  resolvePage(target: AppPage | string): { page: AppPage; urlPath: string } | undefined {
    return this.chrome.resolvePage(target);
  }

  /** The client already shows this wire value for the widget: record it so it is not resent. */
  private patchClientValue(id: string, value: JsonValue): void {
    const at = widgetAt(this.tree, this.widgetIndex, id);
    if (at && !deepEqual(at.node.proto['value'], value)) rewriteWidget(this.tree, at, { ...at.node.proto, value });
  }

  /**
   * Ends the session: stops its run, aborts its tasks and timers, closes its
   * connection. With a session store, `'expired'` (the default: its TTL ran
   * out, or it was evicted) forgets it there too; `'moved'` (another process
   * took it over) and `'shutdown'` (the process stops) keep it for a resume.
   */
  close(reason: 'expired' | 'moved' | 'shutdown' = 'expired', closeCode = 1001): void {
    if (this.closed) return;
    this.closed = true;
    this.persistence?.ended(reason);
    this.closing.abort();
    this.runner.shutdown();
    // A run that never calls st again would hold its slot forever: end it for the session now.
    this.run?.abandon('closed');
    this.tasks.cancelAll();
    this.data.clear();
    this.timers.pause();
    this.media.close();
    if (this.ttlTimer !== undefined) this.options.scheduler.clearTimeout(this.ttlTimer);
    this.connection?.close(closeCode, reason === 'expired' ? 'session closed' : `session ${reason}`);
    this.connection = undefined;
    this.onClose(this);
  }

  /** Validates every change first (one invalid value refuses the whole message), then requests the run(s); true when it did. */
  private handleRerun(msg: RerunScriptMsg): boolean {
    const changes: PendingChange[] = [];
    for (const change of msg.widgets) {
      const meta = this.state.metadata.get(change.id);
      if (!meta) continue; // a widget that is gone (the client raced a rerun): nothing to apply
      const value = meta.deserialize(change.value);
      changes.push({ id: change.id, wire: change.value, value, trigger: meta.trigger !== undefined, runCallback: true });
    }
    // The client writes these values into its tree when it gets the ack: so does the mirror, before any run diffs against it.
    for (const change of changes) if (!change.trigger) this.patchClientValue(change.id, change.wire);
    const fragment = msg.fragmentId !== undefined && this.fragments.get(msg.fragmentId) ? msg.fragmentId : undefined;
    // Two triggers of one widget in one message are two runs, as two messages would be.
    const parts = splitRepeatedTriggers(changes);
    for (const part of parts) {
      this.runner.request({
        changes: part,
        scope: fragment ? new Set([fragment]) : 'app',
        preempt: !fragment,
        cseq: msg.cseq,
        ...(msg.pagePath !== undefined ? { pagePath: msg.pagePath } : {}),
        ...(msg.query !== undefined ? { query: msg.query } : {}),
      });
    }
    return parts.length > 0;
  }

  /** A free run slot, or (telling the client it is queued) the wait for one. */
  private acquireSlot(): RunSlot | Promise<RunSlot | undefined> {
    const slots = this.options.runSlots;
    const now = slots.tryAcquire();
    if (now) return now;
    if (this.closed) return Promise.resolve(undefined);
    this.queued = true;
    this.queue.enqueue({ type: 'sessionStatus', state: 'queued', runId: '' });
    this.queue.flush();
    return slots.acquire(this.closing.signal).finally(() => (this.queued = false));
  }

  /** The narrow interface script runs use (see {@link RunHost}); kept off AppSession's public surface. */
  private createRunHost(): RunHost {
    return {
      session: this,
      // Through the session, so a reload (run on save) takes effect at the next run.
      script: (st) => this.app.script(st),
      scheduler: this.options.scheduler,
      runTimeoutMs: this.options.runTimeoutMs,
      abandonGraceMs: this.options.runAbandonGraceMs,
      applyLocation: (pagePath, query) => {
        if (pagePath !== undefined) this.pagePath = pagePath;
        if (query !== undefined) this.queryParams.load(query);
      },
      createWriter: (fullRun) => new TreeWriter(this.tree, (delta) => this.queue.enqueue(delta), this.widgetIndex, fullRun),
      beginRun: (run) => {
        this.run = run;
        this.state.guard = run;
        this.runStartedAt = this.options.scheduler.now();
        void run.abandoned.then((reason) => reason === 'timeout' && this.options.metrics.runTimedOut());
      },
      endRun: (run) => {
        if (run.queryParamsChanged) this.queue.enqueue({ type: 'queryParams', query: this.queryParams.toString() });
        run.end();
        this.data.prune(this.tree); // tables no element shows any more are freed
        this.run = undefined;
        this.state.guard = undefined;
        this.options.metrics.runFinished(this.options.scheduler.now() - this.runStartedAt);
      },
      send: (msg) => this.queue.enqueue(msg),
      flush: () => this.queue.flush(),
      fragmentsSettled: (registered) => {
        this.fragments.retain(registered);
        if (this.connected) this.timers.resume(this.fragments.all());
      },
    };
  }

  private closeDialog(id: string): void {
    const entry = this.fragments.get(id);
    if (!entry || entry.block.type !== 'dialog') return;
    const node = nodeAt(this.tree, [...entry.parentPath, entry.index]);
    if (node?.kind === 'block' && node.proto?.type === 'dialog' && node.proto.fragmentId === id) {
      node.proto = { ...node.proto, isOpen: false };
    }
  }

  /**
   * Catches up a client that replay cannot (a reloaded page, a gap older than the ring): the mirror keeps
   * digests, not elements, so the client gets an empty `snapshot`, page config and navigation, and a full
   * rerun sends every element, as Streamlit reruns for a reconnected tab. A run in progress stops writing.
   */
  private resync(currentUrlPath: string): void {
    this.run?.writer.detach();
    clearTree(this.tree);
    this.widgetIndex.clear();
    // Fragments are found again by the rerun; until then their places are gone.
    this.fragments.clear();
    this.queue.enqueue({ type: 'snapshot', roots: [] });
    this.chrome.resend(currentUrlPath);
    this.queue.enqueue({ type: 'sessionStatus', state: this.queued ? 'queued' : 'idle', runId: '' });
    this.runner.request({ changes: [], scope: 'app', preempt: true });
  }

  private confirmMsg() {
    const blocks = this.run?.writer.takeConfirm() ?? [];
    return blocks.length > 0 ? ({ type: 'confirm', blocks } as const) : undefined;
  }

  private queryParamsChanged(): void {
    if (this.run) this.run.queryParamsChanged = true;
    else this.queue.enqueue({ type: 'queryParams', query: this.queryParams.toString() });
  }

  private becameIdle(): void {
    if (this.closed) return;
    this.queue.enqueue({ type: 'sessionStatus', state: 'idle', runId: '' });
    this.queue.flush();
  }
}
