import { isWidgetProto } from '@lit-ui/core/protocol';
import type { ClientBlock, ClientNode, DataWindowMsg, ForwardMsg, JsonValue, OutgoingBackMsg } from '@lit-ui/core/protocol';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BlockEnv, StaleSpec } from '../blocks/blockEnv.js';
import type { RenderContext, WidgetProto } from '../renderers/types.js';
import type { ClientConnection, ConnectionFactory, ConnectionRefusal, ConnectionStatus } from './connection.js';
import { changeDetail } from './hostEvents.js';
import { hostChanges, widgetsByKey } from './hostState.js';
import { helloInfo } from './mountPath.js';
import { SideChannel } from './sideChannel.js';
import { NavigationSync } from './navigationSync.js';
import { applyPageConfig } from './pageConfig.js';
import { createRenderQueue, type RenderQueue } from './renderQueue.js';
import { renderChildren } from './renderTree.js';
import { forEachElement } from './treeNodes.js';
import { TreeStore } from './treeStore.js';
import { createWidgetManager, type ClientWidgetManager } from './widgetManager.js';

/**
 * The glue of `<lit-ui-app>`: one connection, the tree store, the widget
 * manager and the URL sync. It applies each ForwardMsg, performs its side
 * effects (acks, page title, history) and asks the host to re-render.
 */
export class AppController implements ReactiveController {
  /** The element tree and session state. */
  readonly store = new TreeStore();
  /** Widget values and outgoing changes. */
  readonly widgets: ClientWidgetManager;
  /** What renderers receive (stable identity). */
  readonly ctx: RenderContext;
  /** State of the connection, for the reconnecting banner. */
  status: ConnectionStatus = 'connecting';
  /** True while the server holds a requested run until one of its `maxConcurrentRuns` slots is free. */
  queued = false;
  /** The transport carrying the connection, when the factory says (`ws`, `http-stream`). */
  transport: string | undefined;
  /** Full-page mode: the app's `setPageConfig` sets the document's title and icon (an embedded app leaves them alone). */
  fullPage = false;
  private connection: ClientConnection | undefined;
  private nav: NavigationSync | undefined;
  private src = '';
  private env: BlockEnv | undefined;
  /** `dataRequest`s awaiting their `dataWindow`, by cseq. */
  private readonly dataRequests = new Map<number, { resolve: (w: DataWindowMsg) => void; reject: (e: Error) => void }>();
  /** Renders long blocks past their first screen, a slice per task. */
  private readonly queue: RenderQueue = createRenderQueue();
  private readonly sideChannel = new SideChannel();

  constructor(private readonly host: ReactiveControllerHost & Partial<Pick<EventTarget, 'dispatchEvent'>>) {
    host.addController(this);
    this.widgets = createWidgetManager({
      send: (msg) => this.send(msg),
      onSent: (proto, value, trigger) => this.changed(proto, value, trigger),
      debounceMs: () => this.store.state.config.debounceMs,
      submitButtonOf: (formId) => this.submitButtonOf(formId),
      onAcked: (proto, value) => this.store.patchWidgetValue(proto.id, value),
    });
    this.ctx = {
      widgets: this.widgets,
      media: this.sideChannel,
      pageHref: (urlPath) => this.nav?.pageHref(urlPath) ?? urlPath,
      // A page switch clears the query params, as Streamlit's (the URL gets the new page's path alone).
      navigate: (urlPath) => void this.send({ type: 'rerunScript', widgets: [], pagePath: urlPath, query: '' }),
      requestData: (request) =>
        new Promise<DataWindowMsg>((resolve, reject) => {
          const cseq = this.send({ type: 'dataRequest', ...request });
          if (cseq === 0) reject(new Error('Not connected'));
          else this.dataRequests.set(cseq, { resolve, reject });
        }),
    };
    this.store.subscribe(() => this.host.requestUpdate());
  }

  /** True while a connection is open or opening. */
  get connected(): boolean {
    return this.connection !== undefined;
  }

  /** Opens a connection to the app at `src` with `factory` (a fresh tree). */
  connect(src: string, factory: ConnectionFactory, firstRun?: readonly ForwardMsg[]): void {
    this.disconnect();
    this.src = src;
    this.queued = false;
    this.sideChannel.mount(src, globalThis.location?.href ?? 'http://localhost/');
    this.store.reset();
    this.nav = new NavigationSync({
      src,
      onPopState: (pagePath, query) => void this.send({ type: 'rerunScript', widgets: [], pagePath, query }),
    });
    this.nav.start();
    this.setStatus('connecting');
    this.transport = undefined;
    this.connection = factory({
      hello: () => helloInfo(this.src, { location: globalThis.location, language: globalThis.navigator?.language ?? 'en-US' }),
      onMessage: (msg) => this.receive(msg),
      onStatus: (status) => this.setStatus(status),
      onTransport: (name) => {
        this.transport = name;
        this.host.requestUpdate();
      },
      ...(firstRun ? { firstRun } : {}),
    });
  }

  /** Closes the connection for good. */
  disconnect(): void {
    this.connection?.close();
    this.connection = undefined;
    this.nav?.stop();
    this.nav = undefined;
  }

  /** Sends a BackMsg; returns its cseq (0 when not connected). */
  send(msg: OutgoingBackMsg): number {
    return this.connection?.send(msg) ?? 0;
  }

  /** Why the server refused the session, while the status is `refused` (too many sessions). */
  get refusal(): ConnectionRefusal | undefined {
    return this.status === 'refused' ? this.connection?.refusal : undefined;
  }

  /** Tries to connect again now (the refusal banner's Retry button). */
  retry(): void {
    this.connection?.retry?.();
  }

  /** Asks for a rerun of the whole app, as Streamlit's Rerun menu item. */
  rerun(): void {
    this.send({ type: 'rerunScript', widgets: [] });
  }

  /**
   * Sets widgets by their `key` as the user would: one rerun with every
   * change (widgets in a form hold theirs until it is submitted).
   * @throws LitUiError `InvalidArgument` (see {@link hostChanges}); nothing is sent then.
   */
  setState(values: Readonly<Record<string, JsonValue>>): void {
    const changes = hostChanges(widgetsByKey(this.store.state.roots), values);
    // Debounced but the last: the last flushes them all in one rerunScript.
    changes.forEach(([proto, value], i) => this.widgets.set(proto, value, { debounce: i < changes.length - 1 }));
  }

  /** Asks the server to stop the running script. */
  stop(): void {
    this.send({ type: 'stopScript' });
  }

  /** Applies one ForwardMsg and its side effects. */
  receive(msg: ForwardMsg): void {
    if (this.settleData(msg)) return;
    if (msg.type === 'sessionStatus' || msg.type === 'newSession') {
      // Waiting for a slot changes nothing in the tree (the reducer ignores it): the page stays as it is until the run starts.
      const queued = msg.type === 'sessionStatus' && msg.state === 'queued';
      if (queued !== this.queued) this.host.requestUpdate();
      this.queued = queued;
    }
    this.sideChannel.receive(msg);
    // The store applies deltas in batches when its state is read: read it only where needed.
    this.store.apply(msg);
    switch (msg.type) {
      case 'ack':
        this.widgets.ack(msg.cseq);
        break;
      case 'error':
        if (msg.cseq !== undefined) this.widgets.refused(msg.cseq);
        break;
      case 'delta':
        if ('element' in msg && isWidgetProto(msg.element)) this.widgets.protoArrived(msg.element);
        break;
      case 'snapshot':
        for (const root of this.store.state.roots) this.adoptWidgets(root);
        break;
      case 'sessionStatus':
        if (msg.state === 'idle') this.widgets.idle();
        break;
      case 'pageConfig':
        if (this.fullPage && typeof document !== 'undefined') applyPageConfig(this.store.state.pageConfig, document);
        break;
      case 'navigation':
        this.nav?.showPage(msg.currentUrlPath);
        break;
      case 'queryParams':
        this.nav?.replaceQuery(msg.query);
        break;
      case 'authRedirect':
        this.authRedirect(msg.action, msg.url);
        break;
      default:
        break;
    }
  }

  /** The render environment of the current state; the same object while staleness is unchanged. */
  blockEnv(): BlockEnv {
    const state = this.store.state;
    const stale: StaleSpec | null = state.staleShown && state.run !== null ? { gen: state.gen, scopes: state.run.scopes } : null;
    const prev = this.env;
    if (prev !== undefined && sameStale(prev.stale, stale)) return prev;
    this.env = {
      ctx: this.ctx,
      stale,
      dialogClosed: (id) => {
        // As the server does in its mirror: the dialog stays closed until a run opens it again.
        this.store.closeDialog(id);
        this.send({ type: 'dialogClosed', id });
      },
      renderChildren,
      queue: this.queue,
    };
    return this.env;
  }

  /** Lit hook: the host was removed from the document. */
  hostDisconnected(): void {
    this.disconnect();
  }

  /** Hands a `dataWindow` (or a data request's `error`) to its requester; true when `msg` was one. */
  private settleData(msg: ForwardMsg): boolean {
    if (msg.type === 'newSession') {
      // Windows are connection-level: a new connection never answers the old one's requests.
      for (const pending of this.dataRequests.values()) pending.reject(new Error('Connection reset'));
      this.dataRequests.clear();
      return false;
    }
    if (msg.type !== 'dataWindow' && !(msg.type === 'error' && msg.cseq !== undefined && this.dataRequests.has(msg.cseq))) return false;
    const cseq = msg.cseq!;
    const pending = this.dataRequests.get(cseq);
    this.dataRequests.delete(cseq);
    if (msg.type === 'dataWindow') pending?.resolve(msg);
    else pending?.reject(Object.assign(new Error(msg.message), { code: msg.code }));
    return true;
  }

  /**
   * `st.login()` / `st.logout()`: fires the cancelable `lit-ui-auth` event (`{ action, url }`); unless the
   * embedding page cancels it, the top-level page goes to `url` (a route of the host app).
   */
  private authRedirect(action: 'login' | 'logout', url: string): void {
    const event = new CustomEvent('lit-ui-auth', { detail: { action, url }, bubbles: true, composed: true, cancelable: true });
    if (this.host.dispatchEvent?.(event) === false) return;
    let target: Location | undefined = globalThis.location;
    try {
      // The top-level page, when the app sits in a same-origin frame; a cross-origin top throws: go in the frame.
      if (globalThis.top && globalThis.top !== globalThis.self) target = globalThis.top.location;
      target?.assign(url);
    } catch {
      globalThis.location?.assign(url);
    }
  }

  /** A change of the user's reached the app: the host page hears of it (`lit-ui-change`). */
  private changed(proto: WidgetProto, value: JsonValue, trigger: boolean): void {
    const detail = changeDetail(proto, value, trigger);
    this.host.dispatchEvent?.(new CustomEvent('lit-ui-change', { detail, bubbles: true, composed: true }));
  }

  private setStatus(status: ConnectionStatus): void {
    // `refused` is reported again at every refusal, with a new attempt and delay to show.
    if (this.status === status && status !== 'refused') return;
    this.status = status;
    this.host.requestUpdate();
  }

  private adoptWidgets(node: ClientNode): void {
    forEachElement(node, (proto) => {
      if (isWidgetProto(proto)) this.widgets.protoArrived(proto);
    });
  }

  private submitButtonOf(formId: string): WidgetProto | undefined {
    let form: ClientBlock | undefined;
    const find = (node: ClientNode): void => {
      if (form !== undefined || node.kind !== 'block') return;
      if (node.proto?.type === 'form' && node.proto.formId === formId) form = node;
      else node.children.forEach(find);
    };
    this.store.state.roots.forEach(find);
    if (form === undefined || form.proto?.type !== 'form' || !form.proto.enterToSubmit) return undefined;
    let button: WidgetProto | undefined;
    forEachElement(form, (proto) => {
      if (button === undefined && proto.type === 'formSubmitButton' && isWidgetProto(proto)) button = proto;
    });
    return button;
  }
}

function sameStale(a: StaleSpec | null, b: StaleSpec | null): boolean {
  if (a === null || b === null) return a === b;
  return a.gen === b.gen && a.scopes.length === b.scopes.length && a.scopes.every((s, i) => s === b.scopes[i]);
}
