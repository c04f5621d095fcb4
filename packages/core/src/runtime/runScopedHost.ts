import type { DataRegistry } from '../data/dataRegistry.js';
import type { SessionMedia } from '../media/sessionMedia.js';
import type { BackgroundTasks } from '../background/backgroundTasks.js';
import { createRootDeltaGenerator, type DeltaGenerator } from '../dg/deltaGenerator.js';
import type { ClientInfo, DeltaGeneratorHost, PageConfig } from '../dg/host.js';
import type { ErrorDetailsLevel } from '../elements/exception.js';
import type { FragmentRegistry } from '../fragments/fragmentRegistry.js';
import type { AppPage } from '../pages/page.js';
import type { NavigationPosition } from '../protocol/forwardMsg.js';
import type { Scheduler } from '../protocol/scheduler.js';
import type { Secrets } from '../secrets/secrets.js';
import type { RequestContext } from '../protocol/transport.js';
import { QueryParams } from '../state/queryParams.js';
import type { SessionState } from '../state/sessionState.js';
import { createSessionStateProxy, type SessionStateProxy } from '../state/sessionStateProxy.js';
import type { ElementTree } from '../tree/elementTree.js';
import type { RunContext } from './runContext.js';

/**
 * The session as one run's `st` sees it. While the run is in progress, and
 * after it ended normally, every call goes to the session (a callback or a
 * fragment defined in this run keeps working in later runs). Once the run
 * is abandoned (timed out, or its session closed) its script may still be
 * awaiting; from then on its `st.*` calls land on the abandoned run itself,
 * which refuses them, and its `st.sessionState` refuses writes: nothing it
 * does reaches the session or the next run.
 */
export class RunScopedHost implements DeltaGeneratorHost {
  /** The `st` the run's script gets. */
  readonly st: DeltaGenerator<object>;
  private proxy: SessionStateProxy<object> | undefined;

  constructor(
    private readonly session: DeltaGeneratorHost,
    private readonly run: RunContext,
  ) {
    this.st = createRootDeltaGenerator(this);
  }

  get id(): string {
    return this.session.id;
  }

  get state(): SessionState {
    return this.session.state;
  }

  get stateProxy(): SessionStateProxy<object> {
    this.proxy ??= createSessionStateProxy(this.session.state, () => this.refuseIfAbandoned());
    return this.proxy;
  }

  get queryParams(): QueryParams {
    if (this.run.abandonedFor === undefined) return this.session.queryParams;
    // A detached copy: reads still work, writes go nowhere.
    const copy = new QueryParams();
    copy.load(this.session.queryParams.toString());
    return copy;
  }

  get tree(): ElementTree {
    return this.session.tree;
  }

  get pagePath(): string {
    return this.session.pagePath;
  }

  get requestContext(): RequestContext | undefined {
    return this.session.requestContext;
  }

  get clientInfo(): ClientInfo {
    return this.session.clientInfo;
  }

  clientFactMissing(): void {
    this.session.clientFactMissing?.();
  }

  get showErrorDetails(): ErrorDetailsLevel {
    return this.session.showErrorDetails;
  }

  get scheduler(): Scheduler {
    return this.session.scheduler;
  }

  reportError(error: unknown): string {
    return this.session.reportError(error);
  }

  get fragments(): FragmentRegistry {
    return this.session.fragments;
  }

  get data(): DataRegistry {
    return this.session.data;
  }

  get media(): SessionMedia {
    return this.session.media;
  }

  get maxUploadBytes(): number {
    return this.session.maxUploadBytes;
  }

  get secrets(): Secrets {
    return this.session.secrets;
  }

  authRedirect(action: 'login' | 'logout', provider?: string): void {
    this.refuseIfAbandoned();
    this.session.authRedirect(action, provider);
  }

  get tasks(): BackgroundTasks {
    return this.session.tasks;
  }

  /** The session's run in progress; for an abandoned run, the run itself (ended: its checkpoint throws, its signal is aborted). */
  activeRun(): RunContext {
    return this.run.abandonedFor === undefined ? this.session.activeRun() : this.run;
  }

  /** This run's `st` (fragments and pages of this run get it); the session's own once the run is abandoned. */
  rootDeltaGenerator(): unknown {
    return this.run.abandonedFor === undefined ? this.st : this.session.rootDeltaGenerator();
  }

  setPageConfig(config: PageConfig): void {
    this.refuseIfAbandoned();
    this.session.setPageConfig(config);
  }

  navigate(pages: readonly AppPage[], position: NavigationPosition, sections?: ReadonlyMap<AppPage, string>): AppPage {
    this.refuseIfAbandoned();
    return this.session.navigate(pages, position, sections);
  }

  resolvePage(target: AppPage | string): { readonly page: AppPage; readonly urlPath: string } | undefined {
    return this.session.resolvePage(target);
  }

  requestRerun(): void {
    this.refuseIfAbandoned();
    this.session.requestRerun();
  }

  private refuseIfAbandoned(): void {
    if (this.run.abandonedFor !== undefined) this.run.checkpoint();
  }
}
