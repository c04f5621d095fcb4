import type { ThemeSetting } from '../theme/themeConfig.js';

/**
 * The custom theme of one `<lit-ui-app>` as a constructable stylesheet
 * adopted after the element's own styles (CSSOM: a strict CSP allows it).
 * Built-in scheme names need no sheet; invalid options are left out. The
 * theme code loads lazily, the first time a custom theme is set.
 */
export class CustomThemeSheet {
  private sheet: CSSStyleSheet | undefined;
  private cssText = '';

  private applied: ThemeSetting | undefined;

  /** Puts the rules of `theme` into `root` (or takes them out when there are none). */
  async apply(root: ShadowRoot | null, theme: ThemeSetting | undefined): Promise<void> {
    this.applied = theme;
    const cssText = typeof theme === 'object' && theme !== null ? (await import('../theme/themeConfig.js')).themeCss(theme, ':host') : '';
    // A later theme was set while the code loaded: it wins.
    if (this.applied !== theme) return;
    if (root === null || cssText === this.cssText || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
    this.cssText = cssText;
    if (this.sheet === undefined) {
      this.sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(cssText);
  }
}
