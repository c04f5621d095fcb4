import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ClientBlock, ElementProto, ForwardMsg, JsonValue } from '@lit-ui/core/protocol';
import { blockStyles } from '../blocks/blockStyles.js';
import { controlStyles } from '../blocks/controlStyles.js';
import { eventStyles } from '../events/eventStyles.js';
import { elementStyles } from '../renderers/styles.js';
import { themeBase } from '../theme/themeBase.js';
import type { ColorSchemeName, ThemeSetting } from '../theme/themeConfig.js';
import { themeStyles } from '../theme/themeStyles.js';
import { appLogo, banners, pageNav, queuedIndicator, runningIndicator, sidebarToggle } from './appChrome.js';
import type { ThemeChoice } from './appMenu.js';
import { AppController } from './appController.js';
import { AppEventDispatcher } from './appEvents.js';
import { defineAppMenu } from './appMenuLoader.js';
import { defaultConnectionFactory, type ConnectionFactory } from './connection.js';
import { CustomThemeSheet } from './customThemeSheet.js';
import { FragmentHost } from './fragmentHost.js';
import { runStateOf, type RunState } from './hostEvents.js';
import { parseLayout, readThemeChoice, writeThemeChoice } from './hostOptions.js';
import { layoutStyles, menuStyles } from './layoutStyles.js';
import { MediaQueryController } from './mediaQueries.js';
import { renderChildren, renderNode } from './renderTree.js';

/**
 * `<lit-ui-app src="/mount" theme="light|dark|auto" layout="page|centered|wide">`:
 * a lit-ui app in any page. It connects to the app mounted at `src` (by
 * the transport its server offers — WebSocket, else HTTP streaming; see
 * `transport` — or `connectionFactory`), and renders the `main`,
 * `sidebar` and `bottom` roots, toasts, effects and dialogs from `event`,
 * a Running indicator with Stop, and connection/error banners.
 *
 * Embedded (the default), it is as tall as its content, with compact
 * padding, and leaves the page's title and icon alone; `layout="page"` makes
 * it a full-page app as Streamlit's (at least the viewport's height,
 * Streamlit's padding, `setPageConfig` sets the document title and icon).
 * See docs/embedding.md for the CSS custom properties and `::part`s.
 *
 * It reflects its state in attributes for host-page CSS and tests:
 * `run-state` — `connecting`, `running`, `queued` (the server holds the run
 * until one of its `maxConcurrentRuns` slots is free), `idle` or
 * `reconnecting` —, `scheme`, the color scheme in force (`light` or
 * `dark`), and `active-transport`, the transport in use. It fires
 * `lit-ui-run` when `run-state` changes and `lit-ui-change` when the user
 * changes a widget (docs/embedding.md).
 *
 * @example
 * <script type="module" src="/explorer/client.js"></script>
 * <lit-ui-app src="/explorer"></lit-ui-app>
 */
export class LitUiApp extends LitElement {
  /** Stylesheets: theme, layout, blocks, events and the element renderers'. */
  static override styles = [...themeStyles, layoutStyles, menuStyles, blockStyles, controlStyles, eventStyles, elementStyles];

  /** Reactive properties. */
  static override properties = {
    /** The `src` attribute. */
    src: {
      /** Read from the attribute as a string. */
      type: String,
    },
    /** The `theme` attribute: a scheme name; a custom theme object is set as a property. */
    theme: {
      /** The attribute's name (not reflected: a custom theme has no attribute form). */
      attribute: 'theme',
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
    /** The `menu` attribute: shows the settings menu. */
    menu: {
      /** Present means true. */
      type: Boolean,
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
    /** Internal reactive state: the scheme picked in the settings menu. */
    themeChoice: {
      /** Internal state, not a public property. */
      state: true,
    },
  };

  /** Mount URL of the app on its server (e.g. `/explorer`). */
  declare src: string;
  /**
   * `light` (default), `dark`, `auto` (the OS preference, followed live), or
   * a custom theme object (as Streamlit's `[theme]` options; property only).
   * The settings menu's choice, when the user made one, wins over the scheme.
   */
  declare theme: ThemeSetting;
  /**
   * `page` for a full-page app; `centered` or `wide` for the main column
   * (`"page wide"` for both). Default: embedded, full width of its container.
   * The app's `setPageConfig({ layout })` sets the column width.
   */
  declare layout: string;
  /** Shows the settings menu (theme, Rerun) at the top right, as the built-in host page does. */
  declare menu: boolean;
  /**
   * `auto` (default): the transport the server offers (its health route),
   * a WebSocket when one can be opened, else HTTP streaming; `ws` or
   * `http-stream` to use only that one. The one in use is reflected as the
   * `active-transport` attribute. The built-in host page also sets
   * `offers` (the transports its server serves, e.g. `"ws http-stream"`),
   * read when the element connects, so it need not ask the health route.
   * When the page holds several `<lit-ui-app>` elements as one connects, the
   * apps whose servers offer it share one WebSocket per server (docs/embedding.md).
   */
  declare transport: 'auto' | 'ws' | 'http-stream';
  /** Replaces the default connection (tests, previews, custom transports). */
  declare connectionFactory: ConnectionFactory | undefined;
  /** The user's sidebar choice; undefined until they toggle it. */
  declare sidebarOpen: boolean | undefined;
  /** The scheme picked in the settings menu, remembered per origin. */
  declare themeChoice: ThemeChoice | undefined;

  /** @internal Connection, store and widget state of this app. */
  readonly controller = new AppController(this);
  private readonly media = new MediaQueryController(this);
  private readonly customTheme = new CustomThemeSheet();
  private readonly fragments = new FragmentHost(this);
  private readonly appEvents = new AppEventDispatcher();
  private eventRoot: ClientBlock | undefined;
  private eventProtos: { toasts: ElementProto[]; effects: ElementProto[] } = { toasts: [], effects: [] };
  private runState: RunState | undefined;
  private wasOverlay = false;

  constructor() {
    super();
    this.src = '';
    this.theme = 'light';
    this.layout = '';
    this.transport = 'auto';
    this.menu = false;
    this.connectionFactory = undefined;
    this.sidebarOpen = undefined;
    this.themeChoice = undefined;
  }

  /** The color scheme in force: the menu's choice, else the `theme`; `auto` resolves to the OS preference. */
  get scheme(): ColorSchemeName {
    const setting = this.themeChoice ?? themeBase(this.theme, 'light');
    return setting === 'auto' ? (this.media.prefersDark ? 'dark' : 'light') : setting;
  }

  /**
   * Sets widgets of the app by their `key`, as if the user changed them:
   * the app reruns once with every change, and `lit-ui-change` fires for
   * each, as for the user's. Lets a host page (React, Vue, plain JS) drive
   * the app. Option widgets (`selectbox`, `radio`, `multiselect`,
   * `selectSlider`) take option texts or indices; others the value
   * `lit-ui-change` reports (a number, `[low, high]`, a string, a boolean).
   *
   * @param values - `{ key: value }` for widgets on the page.
   * @throws LitUiError `InvalidArgument` naming every key no widget on the page has, every button-like widget, every unknown option; nothing changes then.
   *
   * @example
   * document.querySelector('lit-ui-app').setState({ origin: 'Japan', cars: [50, 120] });
   */
  setState(values: Readonly<Record<string, JsonValue>>): void {
    this.controller.setState(values);
  }

  /**
   * @internal What a `<lit-ui-fragment>` naming this app renders for its
   * `container`: the sidebar, or the `st.container` with that key.
   */
  renderPlaced(container: string): unknown {
    return this.fragments.render(container, this.controller.store.state);
  }

  /** True in full-page mode (`layout="page"`). */
  get fullPage(): boolean {
    return parseLayout(this.layout).page;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On the document: Escape closes the phone drawer even when focus sits on the page body (after a click on plain text).
    document.addEventListener('keydown', this.escape);
    if (this.hasUpdated && !this.controller.connected) this.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.escape);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('menu') && this.menu) {
      if (this.themeChoice === undefined) this.themeChoice = readThemeChoice();
      void defineAppMenu();
    }
    this.controller.fullPage = this.fullPage;
    const scheme = this.scheme;
    if (this.getAttribute('scheme') !== scheme) this.setAttribute('scheme', scheme);
    // Connecting here (not in `updated`) folds the first messages into this same update.
    if (changed.has('src') || changed.has('connectionFactory') || changed.has('transport')) this.connect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) void this.customTheme.apply(this.shadowRoot, this.theme);
    const runState = runStateOf(this.controller);
    if (this.getAttribute('run-state') !== runState) this.setAttribute('run-state', runState);
    const transport = this.controller.transport;
    if (transport === undefined) this.removeAttribute('active-transport');
    else if (this.getAttribute('active-transport') !== transport) this.setAttribute('active-transport', transport);
    if (runState !== this.runState) {
      const previous = this.runState;
      this.runState = runState;
      this.dispatchEvent(new CustomEvent('lit-ui-run', { detail: { state: runState, previous }, bubbles: true, composed: true }));
    }
    this.appEvents.dispatchNew(this, this.controller.store.state.roots[2]!);
    this.moveSidebarFocus();
    this.fragments.notify();
  }

  private connect(): void {
    const base = globalThis.location?.href ?? 'http://localhost/';
    const transport = this.transport === 'ws' || this.transport === 'http-stream' ? this.transport : 'auto';
    // The host page names what its server serves (`offers="ws http-stream"`): no health request before connecting.
    const offers = this.getAttribute('offers')?.split(/\s+/).filter(Boolean);
    // Several apps on the page: those of one server share one WebSocket (docs/embedding.md).
    const several = (globalThis.document?.querySelectorAll('lit-ui-app').length ?? 0) > 1;
    this.controller.connect(
      this.src,
      this.connectionFactory ?? defaultConnectionFactory(this.src, base, transport, offers, several),
      this.takeFirstRun(),
    );
  }

  /**
   * The messages of the session the server started for this page, which the
   * host page puts inside the element (`<script type="application/json"
   * data-lit-ui-first-run>`): read once and removed, so a later connect starts afresh.
   */
  private takeFirstRun(): ForwardMsg[] | undefined {
    const script = this.querySelector(':scope > script[type="application/json"][data-lit-ui-first-run]');
    if (!script) return undefined;
    script.remove();
    try {
      const messages: unknown = JSON.parse(script.textContent ?? '');
      return Array.isArray(messages) ? (messages as ForwardMsg[]) : undefined;
    } catch {
      return undefined;
    }
  }

  private isSidebarOpen(): boolean {
    if (this.sidebarOpen !== undefined) return this.sidebarOpen;
    const initial = this.controller.store.state.pageConfig.initialSidebarState ?? 'auto';
    if (initial === 'auto') return !this.media.narrow;
    return initial === 'expanded';
  }

  /** On a phone the open sidebar overlays the page as a drawer: focus goes into it on opening and back to the toggle on closing. */
  private moveSidebarFocus(): void {
    const overlay = this.shadowRoot?.querySelector('.lu-sidebar[data-overlay]') ?? null;
    const isOverlay = overlay !== null;
    if (isOverlay === this.wasOverlay) return;
    this.wasOverlay = isOverlay;
    if (isOverlay) overlay.querySelector<HTMLElement>('.lu-sidebar-collapse')?.focus();
    else if (this.sidebarOpen === false) this.shadowRoot?.querySelector<HTMLElement>('.lu-sidebar-expand')?.focus();
  }

  private setSidebar(open: boolean): void {
    this.sidebarOpen = open;
  }

  private readonly escape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.media.narrow || !this.isSidebarOpen()) return;
    event.preventDefault();
    this.setSidebar(false);
  };

  private chooseTheme(choice: ThemeChoice): void {
    this.themeChoice = choice;
    writeThemeChoice(choice);
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
    const placements = this.fragments.placements();
    const env = this.fragments.envFor(controller.blockEnv(), placements.keys);
    const [main, sidebar, event, bottom] = state.roots as [ClientBlock, ClientBlock, ClientBlock, ClientBlock];
    const request = parseLayout(this.layout);
    const width = state.pageConfig.layout ?? request.width ?? (request.page ? 'centered' : 'fill');
    const navigation = state.navigation;
    const showNav = navigation !== null && navigation.position !== 'hidden' && navigation.pages.length > 1;
    const topNav = showNav && navigation.position === 'top';
    const sideNav = showNav && !topNav;
    const hasSidebar = !placements.sidebar && (sideNav || sidebar.children.length > 0);
    const open = hasSidebar && this.isSidebarOpen();
    const overlay = open && this.media.narrow;
    const hasBottom = bottom.children.length > 0;
    const events = this.splitEvents(event);
    const toggle = (): void => this.setSidebar(!open);
    // On a phone, following a page link closes the drawer, as Streamlit's.
    const navigate = (urlPath: string): void => {
      if (overlay) this.setSidebar(false);
      controller.ctx.navigate(urlPath);
    };
    const logoUrl = (url: string): string => controller.ctx.media?.url(url) ?? url;
    const classes = `lu-app lu-layout--${width}${request.page ? ' lu-page' : ' lu-embedded'}${hasBottom ? ' lu-has-bottom' : ''}${this.menu ? ' lu-has-menu' : ''}${hasSidebar && !open ? ' lu-has-toggle' : ''}`;
    return html`<div class=${classes} part="app">
      ${
        hasSidebar
          ? html`<aside
              class="lu-sidebar"
              id="lu-sidebar"
              part="sidebar"
              aria-label="Sidebar"
              data-open=${open ? 'true' : 'false'}
              ?data-overlay=${overlay}
              ?inert=${!open}
            >
              ${sidebarToggle(true, toggle)} ${appLogo(state.pageConfig.logo, false, logoUrl)}
              ${sideNav ? pageNav(navigation, controller.ctx.pageHref, navigate) : nothing}
              <div class="lu-stack lu-root">${renderChildren(sidebar, '1', env)}</div>
            </aside>
            ${overlay ? html`<div class="lu-sidebar-backdrop" part="sidebar-backdrop" aria-hidden="true" @click=${() => this.setSidebar(false)}></div>` : nothing}`
          : nothing
      }
      <div class="lu-main-area" ?inert=${overlay}>
        ${hasSidebar && !open ? sidebarToggle(false, toggle) : nothing} ${open ? nothing : appLogo(state.pageConfig.logo, hasSidebar, logoUrl)}
        <div class="lu-toolbar" part="toolbar">
          ${controller.queued ? queuedIndicator() : runningIndicator(state.running, () => controller.stop())}
          ${
            this.menu
              ? html`<lit-ui-app-menu
                  .choice=${this.themeChoice ?? themeBase(this.theme, 'light')}
                  .onChoose=${(choice: ThemeChoice) => this.chooseTheme(choice)}
                  .onRerun=${() => controller.rerun()}
                ></lit-ui-app-menu>`
              : nothing
          }
        </div>
        ${topNav ? pageNav(navigation, controller.ctx.pageHref, navigate) : nothing}
        <main class="lu-main" part="main">
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
            ? html`<div class="lu-bottom" part="bottom"><div class="lu-stack lu-root lu-bottom-inner">${renderChildren(bottom, '3', env)}</div></div>`
            : nothing
        }
      </div>
      ${event.children.map((child, i) => (child.kind === 'block' && child.proto?.type === 'dialog' ? renderNode(event, i, '2', env) : nothing))}
      <lit-ui-toasts .toasts=${events.toasts} .ctx=${controller.ctx}></lit-ui-toasts>
      <lit-ui-effects .effects=${events.effects}></lit-ui-effects>
    </div>`;
  }
}
