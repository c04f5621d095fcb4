import { css, html, nothing } from 'lit';
import { addDocumentFont } from './documentFonts.js';

/** CSS font family of Material Symbols icons (the Rounded style, as Streamlit's). */
export const MATERIAL_SYMBOLS_FAMILY = 'Material Symbols Rounded';

/**
 * The Material Symbols Rounded font (from `@material-symbols/font-400`),
 * copied next to the bundle's chunks at build time, so it is served under the
 * app's mount like `client.js`.
 */
function materialSymbolsUrl(): URL {
  return new URL('./material-symbols-rounded.woff2', import.meta.url);
}

/** Adds the Material Symbols font to the document on first use; see `addDocumentFont`. */
export function loadMaterialSymbols(): Promise<boolean> {
  return addDocumentFont(MATERIAL_SYMBOLS_FAMILY, materialSymbolsUrl(), { weight: '400', style: 'normal' });
}

const MATERIAL = /^:material\/([a-z0-9_]+):$/;

/** The icon name of a `:material/name:` shortcode (`'home'`), or undefined for anything else. */
export function materialIconName(icon: string): string | undefined {
  return MATERIAL.exec(icon.trim())?.[1];
}

/**
 * A Material Symbols icon: a span whose text is the icon's name, drawn as
 * the icon by the font's ligatures (as Streamlit's `:material/name:`). The
 * font is added to the document when the first icon is shown.
 *
 * @example
 * html`${materialIcon('rocket_launch')} Launch`
 */
export function materialIcon(name: string, cls = 'lu-icon'): unknown {
  void loadMaterialSymbols();
  return html`<span class="${cls} lu-material" aria-hidden="true">${name}</span>`;
}

/**
 * An icon span for a Streamlit `icon=` value, or nothing: an emoji as given
 * (`<span class="lu-icon">🚀</span>`), or a `:material/name:` shortcode as a
 * Material Symbols icon ({@link materialIcon}).
 *
 * @example
 * html`${iconSpan(proto.icon)} ${proto.label}`
 */
export function iconSpan(icon: string | undefined | null, cls = 'lu-icon'): unknown {
  const text = icon?.trim() ?? '';
  if (text === '') return nothing;
  const name = materialIconName(text);
  return name !== undefined ? materialIcon(name, cls) : html`<span class=${cls} aria-hidden="true">${text}</span>`;
}

/** Material Symbols spans: the icon font, ligatures on, one em square in line with the text. */
export const iconStyles = css`
  .lu-material {
    font-family: 'Material Symbols Rounded';
    font-weight: normal;
    font-style: normal;
    font-size: 1.25em;
    line-height: 1;
    letter-spacing: normal;
    text-transform: none;
    display: inline-block;
    width: 1em;
    overflow: hidden;
    white-space: nowrap;
    direction: ltr;
    vertical-align: -0.2em;
    font-feature-settings: 'liga';
    -webkit-font-smoothing: antialiased;
  }
`;
