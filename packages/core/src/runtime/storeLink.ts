import { nanoid } from 'nanoid';
import { ErrorCode } from '../errors.js';
import type { HelloMsg } from '../protocol/backMsg.js';
import { CloseCode, type ServerConnection } from '../protocol/transport.js';
import type { PubSub } from '../store/pubSub.js';
import { assertStorable } from '../store/storable.js';
import type { ClaimedSession, SessionStore, StoredBinding } from '../store/sessionStore.js';
import { sameToken } from '../access/sessionToken.js';
import type { AppSession } from './appSession.js';
import { SessionHandoff } from './sessionHandoff.js';
import { SessionPersistence, type PersistenceLink } from './sessionPersistence.js';
import { restoreRecord } from './sessionSnapshot.js';
import { StoreHealth, type StoreHealthReport } from './storeHealth.js';
import type { Logger, Scheduler } from './runtimeOptions.js';
import type { ResumeRefusal, SessionBinding } from './sessionRegistry.js';

/** What the link needs from its runtime. */
export interface StoreLinkHost {
  session(id: string): AppSession | undefined;
  all(): AppSession[];
  /**
   * Makes and registers a session with this id and token, bound as `binding`
   * (one taken over from another process), unless the runtime's limits
   * refuse `conn` (which is then closed).
   */
  adopt(id: string, token: string | undefined, binding: SessionBinding, conn: ServerConnection): AppSession | undefined;
}

/** Why a resume found no session to attach: a refusal, or `'refused'` when the limits closed the connection already. */
export type ResumeOutcome = AppSession | ResumeRefusal | 'refused' | undefined;

/** Settings of a {@link StoreLink}. */
export interface StoreLinkSettings {
  readonly sessionStore: SessionStore;
  readonly pubSub: PubSub;
  readonly workerId: string;
  readonly sessionTtlMs: number;
  readonly handoffTimeoutMs: number;
  readonly storeRetryMs: number;
  readonly logger: Logger | undefined;
  readonly scheduler: Scheduler;
}

/** Why a session bound as `stored` may not be resumed by a connection bound as `presented` (the registry's rule), or `undefined`. */
function bindingRefusal(stored: StoredBinding, presented: StoredBinding): Exclude<ResumeRefusal, 'connected'> | undefined {
  if (stored.token === undefined || !sameToken(presented.token, stored.token)) return 'token';
  if (stored.identity === undefined || stored.identity !== presented.identity) return 'identity';
  if ((stored.origin ?? null) !== (presented.origin ?? null)) return 'origin';
  return undefined;
}

/**
 * A runtime's link to its session store and pub/sub: gives every session
 * its {@link SessionPersistence}, takes sessions over from other processes
 * (resume after a worker died, drained, or without sticky routing), keeps
 * connected sessions' records alive, tracks the store's health, and
 * rewrites what could not be written once the store is back.
 */
export class StoreLink implements PersistenceLink {
  readonly health: StoreHealth;
  readonly store: SessionStore;
  readonly workerId: string;
  readonly recordTtlMs: number;
  readonly handoff: SessionHandoff;
  private readonly reported = new Map<string, Set<string>>();
  /** Sessions being taken over right now: a second hello for one of them gets a new session. */
  private readonly resuming = new Set<string>();
  private touchTimer: unknown;
  private retryTimer: unknown;
  private closed = false;

  constructor(
    private readonly settings: StoreLinkSettings,
    private readonly host: StoreLinkHost,
    /** What a session held here is bound to (token, identity, origin). */
    readonly bindingOf: (session: AppSession) => StoredBinding,
  ) {
    this.store = settings.sessionStore;
    this.workerId = settings.workerId;
    // Connected sessions are touched every third of the TTL: a record outlives its process's death by at least sessionTtlMs.
    this.recordTtlMs = Math.ceil(settings.sessionTtlMs * 1.5);
    this.health = new StoreHealth(
      settings.logger,
      () => Date.now(),
      () => this.rewriteAll(),
    );
    this.handoff = new SessionHandoff(settings.pubSub, settings.workerId, settings.scheduler, settings.handoffTimeoutMs, {
      session: (id) => host.session(id),
      release: (session, clientId) => this.release(session, clientId),
      claimed: (session, epoch) => {
        if (session.persistence && session.persistence.epoch < epoch) session.close('moved', CloseCode.serviceRestart);
      },
    });
    this.scheduleTouch();
  }

  now(): number {
    return Date.now();
  }

  /** Starts listening for this process's handoff replies. */
  start(): Promise<void> {
    return this.handoff.start().catch((error: unknown) => this.failed(error, 'subscribing to pub/sub'));
  }

  /** A session made here: it is written at once, then after its runs. */
  created(session: AppSession): void {
    session.persistence = new SessionPersistence(session, this, 1, true);
    session.state.checkValue = (key, value) => this.checkValue(key, value);
    this.handoff.hold(session.id);
  }

  /**
   * Finds session `id` for a `hello` that asks to resume it, presenting
   * `presented` (its token, the connection's identity and origin): this
   * process's copy if it still owns it, else the stored session, claimed
   * from the process that held it (asked to hand it over first) and rebuilt
   * here. The token, identity and origin must match the session's, as for
   * a resume within one process.
   *
   * @returns The session (attached to `conn`); why it may not be resumed
   *   (`'token'`, `'identity'`, `'origin'`, `'connected'`: a duplicated tab);
   *   `'refused'` when the runtime's limits closed `conn`; or `undefined`
   *   when there is none (unknown, expired, or the store is unreachable).
   */
  async resume(id: string, hello: HelloMsg, presented: StoredBinding, conn: ServerConnection): Promise<ResumeOutcome> {
    if (this.resuming.has(id)) return 'connected';
    this.resuming.add(id);
    try {
      return await this.takeOver(id, hello, presented, conn);
    } finally {
      this.resuming.delete(id);
    }
  }

  private async takeOver(id: string, hello: HelloMsg, presented: StoredBinding, conn: ServerConnection): Promise<ResumeOutcome> {
    const held = this.host.session(id);
    if (held) {
      const refusal = bindingRefusal(this.bindingOf(held), presented);
      if (refusal) return refusal;
      if (!held.isClient(hello.clientId) && !(await this.disconnected(held))) return 'connected';
    }
    let loaded;
    try {
      loaded = await this.store.load(id);
      this.succeeded();
    } catch (error) {
      this.failed(error, 'loading a session');
      // Unreachable store: this process's copy is the best there is.
      return held && !held.connected ? this.attachLocal(held, hello, conn) : undefined;
    }
    const local = this.host.session(id);
    if (local?.connected && !local.isClient(hello.clientId)) return 'connected';
    if (local) {
      // Still ours (same epoch), or not in the store at all (it restarted empty): this copy is the session; write it again.
      if (local.persistence?.live && (!loaded || loaded.epoch === local.persistence.epoch)) {
        if (!loaded) void local.persistence.save();
        return this.attachLocal(local, hello, conn);
      }
      local.close('moved');
    }
    if (!loaded) return undefined;
    const refusal = bindingRefusal(loaded.record.binding, presented);
    if (refusal) return refusal;
    if (loaded.owner !== this.workerId) {
      const answer = await this.handoff.askRelease(id, hello.clientId);
      if (answer === 'connected') return 'connected';
      if (answer === 'released') loaded = await this.store.load(id).catch(() => undefined);
      if (!loaded) return undefined;
    }
    let claimed: ClaimedSession | undefined;
    try {
      claimed = await this.store.claim(id, this.workerId, loaded.epoch, this.recordTtlMs);
    } catch (error) {
      this.failed(error, 'claiming a session');
      return undefined;
    }
    if (!claimed || this.host.session(id) || this.closed) return undefined;
    void this.handoff.announceClaim(id, claimed.epoch);
    return this.rebuild(claimed, hello, conn);
  }

  /** Asks every process for a rerun of session `id` (the one holding it runs it). */
  forwardRerun(id: string): void {
    void this.handoff.requestRerun(id).catch((error: unknown) => this.failed(error, 'publishing a rerun'));
  }

  succeeded(): void {
    this.health.succeeded();
  }

  failed(error: unknown, what: string): void {
    this.health.failed(error, what);
    this.scheduleRetry();
  }

  leftOut(session: AppSession, problems: readonly string[]): void {
    let seen = this.reported.get(session.id);
    if (!seen) this.reported.set(session.id, (seen = new Set()));
    for (const problem of problems) {
      if (seen.has(problem)) continue;
      seen.add(problem);
      this.settings.logger?.warn(`lit-ui: session ${session.id}: ${problem}`);
    }
  }

  lost(session: AppSession): void {
    session.close('moved', CloseCode.serviceRestart);
  }

  ended(persistence: SessionPersistence, forget: boolean): void {
    const { id } = persistence.session;
    this.reported.delete(id);
    this.handoff.drop(id);
    if (forget) void this.store.delete(id, persistence.epoch).catch((error: unknown) => this.failed(error, 'deleting a session'));
  }

  /**
   * Writes every session's latest state (waiting up to `timeoutMs` for runs
   * in progress to end first), then closes each with `1012` (service
   * restart), which makes its client reconnect at once — through the load
   * balancer, to another process, which takes the session over.
   */
  async drain(timeoutMs: number): Promise<void> {
    const sessions = this.host.all();
    await this.within(timeoutMs, Promise.all(sessions.map((s) => s.runner.idle())));
    await this.within(timeoutMs, Promise.all(sessions.map((s) => s.persistence?.save() ?? Promise.resolve())));
    for (const session of sessions) session.close('shutdown', CloseCode.serviceRestart);
  }

  close(): Promise<void> {
    this.closed = true;
    this.settings.scheduler.clearTimeout(this.touchTimer);
    this.settings.scheduler.clearTimeout(this.retryTimer);
    return this.handoff.close();
  }

  /** A value set in session state must be storable (else: `UnserializableValue`, naming the key). */
  private checkValue(key: string, value: unknown): void {
    assertStorable(
      value,
      `st.sessionState.${key}`,
      'Sessions are kept in a session store: keep plain data in session state, and objects such as connections in cacheResource.',
    );
  }

  private attachLocal(local: AppSession, hello: HelloMsg, conn: ServerConnection): AppSession {
    local.attach(conn, hello, false);
    return local;
  }

  /** Rebuilds a claimed session here: state back, one run without a client, the written-ahead inputs, then the client (a snapshot). */
  private async rebuild(claimed: ClaimedSession, hello: HelloMsg, conn: ServerConnection): Promise<AppSession | 'refused'> {
    const { record } = claimed;
    const { token, identity, origin } = record.binding;
    const session = this.host.adopt(record.id, token, { identity, origin: origin ?? null, ip: conn.context.ip }, conn);
    if (!session) return 'refused';
    restoreRecord(session, record);
    session.persistence = new SessionPersistence(session, this, claimed.epoch, false);
    session.persistence.era = record.era;
    session.state.checkValue = (key, value) => this.checkValue(key, value);
    session.resumeInputs(record.appliedCseq);
    this.handoff.hold(record.id);
    if (hello.query !== undefined) session.queryParams.load(hello.query);
    if (hello.pagePath !== undefined) session.pagePath = hello.pagePath;
    session.runner.request({ changes: [], scope: 'app', preempt: true });
    await session.runner.idle();
    for (const input of claimed.inputs) {
      if (input.era !== session.persistence.era) {
        session.persistence.era = input.era;
        session.resumeInputs(0);
      }
      session.receive(input.msg, true);
    }
    // Numbered past what the client has, with nothing to replay: the client gets a snapshot.
    session.queue.restart((hello.lastSeq ?? 0) + 1);
    session.attach(conn, hello, false);
    if (record.unavailable.length > 0) {
      session.queue.enqueueConnectionMsg({
        type: 'error',
        code: ErrorCode.SessionMoved,
        message:
          `This session moved to another server, which does not have ${record.unavailable.join(', ')} ` +
          '(uploaded files and objects that could not be stored). Upload or enter them again.',
      });
      session.queue.flush();
    }
    void session.persistence.save();
    return session;
  }

  /** Hands session `session` over to a process that asked for it: finish its run (briefly), write it, close it here. */
  private async release(session: AppSession, clientId: string | undefined): Promise<'released' | 'connected'> {
    // The asking process resumes for the very client attached here: that connection is dead, whatever this process believes.
    if (session.isClient(clientId)) session.dropConnection('resumed by the same client on another process');
    if (!(await this.disconnected(session))) return 'connected';
    await this.within(this.settings.handoffTimeoutMs / 2, session.runner.idle());
    if (session.connected) return 'connected';
    await session.persistence?.save();
    session.close('moved');
    return 'released';
  }

  /** The store answers again: write every session held here (what failed, and what a store that restarted empty lost). */
  private rewriteAll(): void {
    for (const session of this.host.all()) if (session.persistence?.live) void session.persistence.save();
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined || this.closed) return;
    this.retryTimer = this.settings.scheduler.setTimeout(() => {
      this.retryTimer = undefined;
      if (this.health.ok || this.closed) return;
      const probe = this.store.load(`probe-${nanoid(6)}`);
      probe.then(
        () => this.succeeded(),
        (error: unknown) => this.failed(error, 'probing the store'),
      );
    }, this.settings.storeRetryMs);
  }

  private scheduleTouch(): void {
    const every = Math.max(1000, Math.floor(this.settings.sessionTtlMs / 3));
    this.touchTimer = this.settings.scheduler.setTimeout(() => {
      if (this.closed) return;
      const ids = this.host
        .all()
        .filter((s) => s.connected && s.persistence?.live)
        .map((s) => s.id);
      if (ids.length > 0 && this.health.ok) {
        this.store.touch(ids, this.recordTtlMs).then(
          (missing) => {
            this.succeeded();
            // Records the store lost (a restart without persistence): written again by their owner.
            for (const id of missing) void this.host.session(id)?.persistence?.save();
          },
          (error: unknown) => this.failed(error, 'refreshing sessions'),
        );
      }
      this.scheduleTouch();
    }, every);
  }

  /**
   * Whether `session` has no connection, waiting up to a quarter of the
   * handoff timeout for the one it has to end: a client that lost its
   * connection reconnects at once, often before the close of the old one has
   * reached this process (through a proxy, always). A connection still open
   * after that is another tab's (a duplicated tab gets its own session).
   */
  private async disconnected(session: AppSession): Promise<boolean> {
    const { scheduler, handoffTimeoutMs } = this.settings;
    const until = scheduler.now() + handoffTimeoutMs / 4;
    while (session.connected && scheduler.now() < until) await new Promise<void>((resolve) => scheduler.setTimeout(resolve, 10));
    return !session.connected;
  }

  private within(ms: number, work: Promise<unknown>): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = this.settings.scheduler.setTimeout(resolve, ms);
      void work.finally(() => {
        this.settings.scheduler.clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Health of the stores, for the health route. */
  report(): StoreHealthReport {
    return this.health.report();
  }
}
