/* A lazy module: built from the kit it is given, it imports only types and other lazy modules. */
import type { LazyKit } from '../renderers/lazyKit.js';
import { adoptStyles } from '../renderers/lazyStyles.js';
import type { AppLogo } from './appChrome.js';

/** Height of each `st.logo` size, in px (as Streamlit's). */
const LOGO_HEIGHT = { small: 20, medium: 24, large: 32 } as const;

const LOGO_CSS = `
  lit-ui-logo {
    display: block;
  }
  .lu-logo {
    display: flex;
    align-items: center;
    padding: 0.25rem 0;
  }
  .lu-logo-image {
    display: block;
    width: auto;
    max-width: 100%;
  }
`;

/**
 * `<lit-ui-logo>`: the app's logo (`st.logo`) in the app chrome: the image
 * (or, with `compact`, where space is short, its icon image) at its size,
 * linked when it has a link. `resolve` turns its URLs into the mount's;
 * anything but http(s) or a mount-relative path is dropped, and so is a
 * link that is not http(s). Loaded when a logo is first shown.
 *
 * @returns The element class, for `customElements.define('lit-ui-logo', ...)`.
 */
export function logoElement({ LitElement, html, nothing }: LazyKit): CustomElementConstructor {
  return class LogoElement extends LitElement {
    static override properties = { logo: { attribute: false }, compact: { attribute: false }, resolve: { attribute: false } };
    declare logo: AppLogo | undefined;
    declare compact: boolean;
    declare resolve: (url: string) => string;

    protected override createRenderRoot(): HTMLElement {
      return this;
    }

    override connectedCallback(): void {
      super.connectedCallback();
      adoptStyles(this, 'logo', LOGO_CSS);
    }

    protected override render(): unknown {
      const logo = this.logo;
      if (!logo) return nothing;
      const url = this.compact ? (logo.iconUrl ?? logo.url) : logo.url;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url)) return nothing;
      const img = html`<img class="lu-logo-image" src=${this.resolve(url)} alt="Logo" height=${LOGO_HEIGHT[logo.size]} />`;
      return html`<div class="lu-logo lu-logo--${logo.size}">
        ${logo.link && /^https?:/i.test(logo.link) ? html`<a href=${logo.link} target="_blank" rel="noopener noreferrer">${img}</a>` : img}
      </div>`;
    }
  };
}
