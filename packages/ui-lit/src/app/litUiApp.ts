import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ClientBlock, ElementProto } from '@lit-ui/core/protocol';
import { blockStyles } from '../blocks/blockStyles.js';
import { controlStyles } from '../blocks/controlStyles.js';
import { eventStyles } from '../events/eventStyles.js';
import { elementStyles } from '../renderers/styles.js';
import { themeStyles } from '../theme.js';
import { appLogo, banners, pageNav, queuedIndicator, runningIndicator, sidebarToggle } from './appChrome.js';
import { AppController } from './appController.js';
import { defaultConnectionFactory, type ConnectionFactory } from './connection.js';
import { layoutStyles } from './layoutStyles.js';
import { renderChildren, renderNode } from './renderTree.js';

/** Below this viewport width, `initialSidebarState: 'auto'` starts collapsed. */
const NARROW_PX = 768;

/**
 * `<lit-ui-app src="/mount" theme="light|dark|auto" layout="centered|wide">`:
 * a lit-ui app in any page. It connects to the app mounted at `src` (by
 * the transport its server offers — WebSocket, else HTTP streaming; see
 * `transport` — or `connectionFactory`), and renders the `main`,
 * `sidebar` and `bottom` roots, toasts, effects and dialogs from `event`,
 * a Running indicator with Stop, and connection/error banners.
 *
 * It reflects its state in a `run-state` attribute — `connecting`,
 * `running`, `queued` (the server holds the run until one of its
 * `maxConcurrentRuns` slots is free), `idle` or `reconnecting` — for
 * host-page CSS and tests (`lit-ui-app[run-state='idle']`), and the
 * transport in use in `active-transport`.
 *
 * @example
 * <script type="module" src="/explorer/client.js"></script>
 * <lit-ui-app src="/explorer"></lit-ui-app>
 */
export class LitUiApp extends LitElement {
  /** Stylesheets: theme, layout, blocks, events and the element renderers'. */
  static override styles = [...themeStyles, layoutStyles, blockStyles, controlStyles, eventStyles, elementStyles];

  /** Reactive properties. */
  static override properties = {
    /** The `src` attribute. */
    src: {
      /** Read from the attribute as a string. */
      type: String,
    },
    /** The `theme` attribute, reflected back when set as a property. */
    theme: {
      /** Read from the attribute as a string. */
      type: String,
      /** Written back to the attribute (theme CSS selects on it). */
      reflect: true,
    },
    /** The `layout` attribute. */
    layout: {
      /** Read from the attribute as a string. */
      type: String,
    },
    /** The `transport` attribute: `auto` (default), `ws` or `http-stream`. */
    transport: {
      /** Read from the attribute as a string. */
      type: String,
    },
    /** A property only: a function has no attribute form. */
    connectionFactory: {
      /** No attribute. */
      attribute: false,
    },
    /** Internal reactive state: the user's sidebar choice. */
    sidebarOpen: {
      /** Internal state, not a public property. */
      state: true,
    },
  };

  /** Mount URL of the app on its server (e.g. `/explorer`). */
  declare src: string;
  /** `light` (default), `dark`, or `auto` (the OS preference). */
  declare theme: 'light' | 'dark' | 'auto';
  /** Default layout; the app's `setPageConfig({ layout })` overrides it. */
  declare layout: 'centered' | 'wide';
  /**
   * `auto` (default): the transport the server offers (its health route),
   * a WebSocket when one can be opened, else HTTP streaming; `ws` or
   * `http-stream` to use only that one. The one in use is reflected as the
   * `active-transport` attribute.
   */
  declare transport: 'auto' | 'ws' | 'http-stream';
  /** Replaces the default connection (tests, previews, custom transports). */
  declare connectionFactory: ConnectionFactory | undefined;
  /** The user's sidebar choice; undefined until they toggle it. */
  declare sidebarOpen: boolean | undefined;

  /** @internal Connection, store and widget state of this app. */
  readonly controller = new AppController(this);
  private eventRoot: ClientBlock | undefined;
  private eventProtos: { toasts: ElementProto[]; effects: ElementProto[] } = { toasts: [], effects: [] };

  constructor() {
    super();
    this.src = '';
    this.theme = 'light';
    this.layout = 'centered';
    this.transport = 'auto';
    this.connectionFactory = undefined;
    this.sidebarOpen = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.controller.connected) this.connect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Connecting here (not in `updated`) folds the first messages into this same update.
    if (changed.has('src') || changed.has('connectionFactory') || changed.has('transport')) this.connect();
  }

  protected override updated(): void {
    const state = this.controller.store.state;
    const runState =
      state.sessionId === undefined
        ? 'connecting'
        : this.controller.status === 'reconnecting'
          ? 'reconnecting'
          : this.controller.queued
            ? 'queued'
            : state.running
              ? 'running'
              : 'idle';
    if (this.getAttribute('run-state') !== runState) this.setAttribute('run-state', runState);
    const transport = this.controller.transport;
    if (transport === undefined) this.removeAttribute('active-transport');
    else if (this.getAttribute('active-transport') !== transport) this.setAttribute('active-transport', transport);
  }

  private connect(): void {
    const base = globalThis.location?.href ?? 'http://localhost/';
    const transport = this.transport === 'ws' || this.transport === 'http-stream' ? this.transport : 'auto';
    this.controller.connect(this.src, this.connectionFactory ?? defaultConnectionFactory(this.src, base, transport));
  }

  private isSidebarOpen(): boolean {
    if (this.sidebarOpen !== undefined) return this.sidebarOpen;
    const initial = this.controller.store.state.pageConfig.initialSidebarState ?? 'auto';
    if (initial === 'auto') return (globalThis.innerWidth ?? 1024) > NARROW_PX;
    return initial === 'expanded';
  }

  private splitEvents(root: ClientBlock): { toasts: ElementProto[]; effects: ElementProto[] } {
    if (root === this.eventRoot) return this.eventProtos;
    const toasts: ElementProto[] = [];
    const effects: ElementProto[] = [];
    for (const child of root.children) {
      if (child.kind !== 'element') continue;
      if (child.proto.type === 'toast') toasts.push(child.proto);
      else if (child.proto.type === 'balloons' || child.proto.type === 'snow') effects.push(child.proto);
    }
    this.eventRoot = root;
    this.eventProtos = { toasts, effects };
    return this.eventProtos;
  }

  protected override render(): unknown {
    const { controller } = this;
    const state = controller.store.state;
    const env = controller.blockEnv();
    const [main, sidebar, event, bottom] = state.roots as [ClientBlock, ClientBlock, ClientBlock, ClientBlock];
    const layout = state.pageConfig.layout ?? (this.layout === 'wide' ? 'wide' : 'centered');
    const navigation = state.navigation;
    const showNav = navigation !== null && navigation.position !== 'hidden' && navigation.pages.length > 1;
    const hasSidebar = showNav || sidebar.children.length > 0;
    const open = hasSidebar && this.isSidebarOpen();
    const hasBottom = bottom.children.length > 0;
    const events = this.splitEvents(event);
    const toggle = (): void => {
      this.sidebarOpen = !open;
    };
    const logoUrl = (url: string): string => controller.ctx.media?.url(url) ?? url;
    return html`<div class="lu-app lu-layout--${layout}${hasBottom ? ' lu-has-bottom' : ''}">
      ${
        hasSidebar
          ? html`<aside class="lu-sidebar" id="lu-sidebar" aria-label="Sidebar" data-open=${open ? 'true' : 'false'} ?inert=${!open}>
            ${sidebarToggle(true, toggle)} ${appLogo(state.pageConfig.logo, false, logoUrl)}
            ${showNav ? pageNav(navigation, controller.ctx.pageHref, controller.ctx.navigate) : nothing}
            <div class="lu-stack lu-root">${renderChildren(sidebar, '1', env)}</div>
          </aside>`
          : nothing
      }
      <div class="lu-main-area">
        ${hasSidebar && !open ? sidebarToggle(false, toggle) : nothing} ${open ? nothing : appLogo(state.pageConfig.logo, hasSidebar, logoUrl)}
        <div class="lu-toolbar">${controller.queued ? queuedIndicator() : runningIndicator(state.running, () => controller.stop())}</div>
        <main class="lu-main">
          <div class="lu-banners">${banners(
            controller.status,
            state.sessionId !== undefined,
            state.errors,
            (id) => controller.store.dismissError(id),
            {
              refusal: controller.refusal,
              onRetry: () => controller.retry(),
            },
          )}</div>
          <div class="lu-stack lu-root">${renderChildren(main, '0', env)}</div>
        </main>
        ${
          hasBottom
            ? html`<div class="lu-bottom"><div class="lu-stack lu-root lu-bottom-inner">${renderChildren(bottom, '3', env)}</div></div>`
            : nothing
        }
      </div>
      ${event.children.map((child, i) => (child.kind === 'block' && child.proto?.type === 'dialog' ? renderNode(event, i, '2', env) : nothing))}
      <lit-ui-toasts .toasts=${events.toasts} .ctx=${controller.ctx}></lit-ui-toasts>
      <lit-ui-effects .effects=${events.effects}></lit-ui-effects>
    </div>`;
  }
}
