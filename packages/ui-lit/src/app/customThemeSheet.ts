import { themeCss, type ThemeSetting } from '../theme/themeConfig.js';

/**
 * The custom theme of one `<lit-ui-app>` as a constructable stylesheet
 * adopted after the element's own styles (CSSOM: a strict CSP allows it).
 * Built-in scheme names need no sheet; invalid options are left out.
 */
export class CustomThemeSheet {
  private sheet: CSSStyleSheet | undefined;
  private cssText = '';

  /** Puts the rules of `theme` into `root` (or takes them out when there are none). */
  apply(root: ShadowRoot | null, theme: ThemeSetting | undefined): void {
    const cssText = themeCss(theme, ':host');
    if (root === null || cssText === this.cssText || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
    this.cssText = cssText;
    if (this.sheet === undefined) {
      this.sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(cssText);
  }
}
