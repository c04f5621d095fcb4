import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { blockStyles } from '../blocks/blockStyles.js';
import { controlStyles } from '../blocks/controlStyles.js';
import { eventStyles } from '../events/eventStyles.js';
import { elementStyles } from '../renderers/styles.js';
import { themeStyles } from '../theme/themeStyles.js';
import { CustomThemeSheet } from './customThemeSheet.js';
import { placedFragments } from './fragmentPlacement.js';
import { layoutStyles } from './layoutStyles.js';
import { LitUiApp } from './litUiApp.js';

/**
 * `<lit-ui-fragment for="explorer" container="filters">`: shows one
 * container of a `<lit-ui-app>` somewhere else in the host page, so the
 * page can put an app's filter panel in its own sidebar and the results in
 * its own main column. `for` is the `id` of the `<lit-ui-app>` (in the same
 * document or shadow root, as a label's `for`); `container` is `sidebar`
 * (the app's sidebar, page links included) or the `key` of an
 * `st.container({ key })` of the app's script.
 *
 * The container is the app's, from the same session and connection: its
 * widgets change the app's state and rerun it, `lit-ui-change` fires from
 * the `<lit-ui-app>`, and while the fragment is in the page the app leaves
 * that container out (a placed sidebar takes the app's own sidebar and its
 * toggle away). The fragment is empty until the app's run draws the
 * container, and follows the app's theme (`scheme` attribute, custom
 * theme). See docs/embedding.md.
 *
 * @example
 * <lit-ui-fragment for="explorer" container="filters"></lit-ui-fragment>
 * <lit-ui-app id="explorer" src="/explorer"></lit-ui-app>
 */
export class LitUiFragment extends LitElement {
  /** Stylesheets: the app's theme, layout, blocks and element renderers'. */
  static override styles = [
    ...themeStyles,
    layoutStyles,
    blockStyles,
    controlStyles,
    eventStyles,
    elementStyles,
    css`
      :host {
        display: block;
        min-height: 0;
      }
      .lu-fragment {
        padding: var(--lit-ui-fragment-padding, 0);
      }
    `,
  ];

  /** Reactive properties. */
  static override properties = {
    /** The `for` attribute. */
    htmlFor: {
      /** The attribute's name, as a label's. */
      attribute: 'for',
      /** Read from the attribute as a string. */
      type: String,
    },
    /** The `container` attribute. */
    container: {
      /** Read from the attribute as a string. */
      type: String,
    },
  };

  /** The `id` of the `<lit-ui-app>` whose container this shows (the `for` attribute). */
  declare htmlFor: string;
  /** `sidebar`, or the `key` of an `st.container({ key })` of the app. */
  declare container: string;

  private readonly customTheme = new CustomThemeSheet();
  /** The app this fragment last showed a container of, told when the fragment changes. */
  private shown: LitUiApp | null = null;

  constructor() {
    super();
    this.htmlFor = '';
    this.container = '';
  }

  /** The `<lit-ui-app>` named by `for`, when it is in the page (and defined). */
  appElement(): LitUiApp | null {
    const root = this.isConnected ? (this.getRootNode() as Document | ShadowRoot) : null;
    const app = this.htmlFor === '' || root === null ? null : root.getElementById(this.htmlFor);
    return app instanceof LitUiApp ? app : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    placedFragments.add(this);
    this.appElement()?.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    placedFragments.delete(this);
    this.shown?.requestUpdate();
    this.shown = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const app = this.appElement();
    // A new `for` or `container`: the app it left draws its container again, the one it names leaves it out.
    if (changed.has('htmlFor') || changed.has('container')) {
      if (this.shown !== app) this.shown?.requestUpdate();
      app?.requestUpdate();
    }
    this.shown = app;
    const scheme = app?.getAttribute('scheme') ?? null;
    if (scheme === null) this.removeAttribute('scheme');
    else if (this.getAttribute('scheme') !== scheme) this.setAttribute('scheme', scheme);
    void this.customTheme.apply(this.shadowRoot, app?.theme);
  }

  protected override render(): unknown {
    const app = this.shown;
    return app === null ? nothing : html`<div class="lu-fragment lu-stack" part="fragment">${app.renderPlaced(this.container)}</div>`;
  }
}
