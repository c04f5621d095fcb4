/**
 * Custom themes as Streamlit's `[theme]` options, turned into the
 * `--lit-ui-*` CSS custom properties of `<lit-ui-app>`. Shared by the
 * element (`theme` property) and the built-in host page (`liteUi({ theme })`),
 * so it uses no DOM: plain strings in, CSS text out.
 */

/** The color schemes a theme can be based on. */
export type ColorSchemeName = 'light' | 'dark';

/** Colors of a theme, as Streamlit's `[theme]`, `[theme.light]` and `[theme.dark]` options. */
export interface ThemeColors {
  /** Accent of buttons, sliders, focus rings and selections (CSS color). Streamlit's `primaryColor`. */
  readonly primaryColor?: string;
  /** Page background. Streamlit's `backgroundColor`. */
  readonly backgroundColor?: string;
  /** Sidebar, inputs, code and card background. Streamlit's `secondaryBackgroundColor`. */
  readonly secondaryBackgroundColor?: string;
  /** Text color; muted text is derived from it. Streamlit's `textColor`. */
  readonly textColor?: string;
  /** Link color. Streamlit's `linkColor`. */
  readonly linkColor?: string;
  /** Borders of inputs, cards and dividers. Streamlit's `borderColor`. */
  readonly borderColor?: string;
}

/**
 * A custom theme, as Streamlit's `[theme]` section of `config.toml`
 * (camelCased): colors that apply in both schemes, fonts, corner radius,
 * the scheme it is based on, and per-scheme colors (`[theme.light]`,
 * `[theme.dark]`) that win over the shared ones in their scheme.
 *
 * @example
 * { base: 'auto', primaryColor: '#0068c9', font: 'serif', baseRadius: 'small', dark: { backgroundColor: '#10141c' } }
 */
export interface ThemeConfig extends ThemeColors {
  /** The built-in scheme under the custom colors: `light`, `dark` or `auto` (the OS preference, live). Default `auto`. */
  readonly base?: ColorSchemeName | 'auto';
  /** Body font: `sans-serif` (default), `serif`, `monospace`, or a font-family list such as `'Inter, sans-serif'`. */
  readonly font?: string;
  /** Font of code and `st.text`: `monospace` or a font-family list. */
  readonly codeFont?: string;
  /**
   * Corner radius of widgets and cards: `none`, `small` (4 px), `medium`
   * (8 px, default), `large` (12 px), `full` (pills), a number of px, or a
   * CSS length (`'6px'`, `'0.4rem'`).
   */
  readonly baseRadius?: number | string;
  /** Colors used only in the light scheme. */
  readonly light?: ThemeColors;
  /** Colors used only in the dark scheme. */
  readonly dark?: ThemeColors;
}

export { themeBase } from './themeBase.js';

/** What `theme` takes on `<lit-ui-app>` and `liteUi`: a built-in scheme, `auto`, or a custom theme. */
export type ThemeSetting = ColorSchemeName | 'auto' | ThemeConfig;

const COLOR_KEYS = ['primaryColor', 'backgroundColor', 'secondaryBackgroundColor', 'textColor', 'linkColor', 'borderColor'] as const;
const KNOWN_KEYS = new Set<string>([...COLOR_KEYS, 'base', 'font', 'codeFont', 'baseRadius', 'light', 'dark']);

/** A CSS color: hex, a color function with plain arguments, or a keyword. Nothing that can end a declaration. */
const COLOR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9a-z\s.,%/+-]*\)|[a-z]{3,30})$/i;
/** A font-family list: names, quoted names, commas. */
const FONT_LIST = /^[\w\s"',.-]{1,200}$/;
const LENGTH = /^\d{1,3}(\.\d{1,3})?(px|rem|em)$/;

const FONT_STACKS: Record<string, string> = {
  'sans-serif':
    "'Source Sans 3', 'Source Sans Pro', -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, system-ui, sans-serif",
  serif: "'Source Serif 4', 'Source Serif Pro', Georgia, 'Times New Roman', serif",
  monospace: "'Source Code Pro', SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
};
const RADII: Record<string, string> = { none: '0', small: '0.25rem', medium: '0.5rem', large: '0.75rem', full: '1.5rem' };

const COLOR_VARS: Record<(typeof COLOR_KEYS)[number], string> = {
  primaryColor: '--lit-ui-primary',
  backgroundColor: '--lit-ui-bg',
  secondaryBackgroundColor: '--lit-ui-secondary-bg',
  textColor: '--lit-ui-text',
  linkColor: '--lit-ui-link',
  borderColor: '--lit-ui-border',
};

/** sRGB channels 0–255 of a hex color, or undefined for any other notation. */
function hexChannels(color: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2}|[0-9a-f])?$/i.exec(color)?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of sRGB channels. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number): number => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The text color that reads best on `background` (white or Streamlit's dark
 * gray), by WCAG contrast; undefined when the color is not hex (the
 * stylesheet's default, white, stays).
 */
export function contrastText(background: string): string | undefined {
  const channels = hexChannels(background);
  if (channels === undefined) return undefined;
  const l = luminance(channels);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance([49, 51, 63]) + 0.05);
  return onWhite >= onDark ? '#ffffff' : '#31333f';
}

/**
 * Checks a theme: every problem as one sentence naming the option (unknown
 * options, colors that are not CSS colors, fonts with characters a
 * font-family list cannot have, radii that are not a size). An empty list
 * means the theme is valid.
 *
 * @param theme - The theme setting to check.
 * @returns The problems, in option order.
 */
export function themeProblems(theme: ThemeSetting): string[] {
  if (theme === 'light' || theme === 'dark' || theme === 'auto') return [];
  if (typeof theme !== 'object' || theme === null || Array.isArray(theme)) {
    return [`theme must be 'light', 'dark', 'auto' or an object of theme options (got ${JSON.stringify(theme)}).`];
  }
  const problems: string[] = [];
  const colors = (section: ThemeColors, prefix: string): void => {
    for (const key of COLOR_KEYS) {
      const value = section[key];
      if (value !== undefined && (typeof value !== 'string' || !COLOR.test(value.trim()))) {
        problems.push(`theme option ${prefix}${key} must be a CSS color such as '#0068c9' or 'rgb(0, 104, 201)' (got ${JSON.stringify(value)}).`);
      }
    }
  };
  for (const key of Object.keys(theme)) if (!KNOWN_KEYS.has(key)) problems.push(`'${key}' is not a theme option.`);
  if (theme.base !== undefined && !['light', 'dark', 'auto'].includes(theme.base)) {
    problems.push(`theme option base must be 'light', 'dark' or 'auto' (got ${JSON.stringify(theme.base)}).`);
  }
  colors(theme, '');
  for (const scheme of ['light', 'dark'] as const) {
    const section = theme[scheme];
    if (section === undefined) continue;
    if (typeof section !== 'object' || section === null) problems.push(`theme option ${scheme} must be an object of colors.`);
    else {
      for (const key of Object.keys(section)) {
        if (!(COLOR_KEYS as readonly string[]).includes(key)) problems.push(`'${scheme}.${key}' is not a theme color option.`);
      }
      colors(section, `${scheme}.`);
    }
  }
  for (const key of ['font', 'codeFont'] as const) {
    const value = theme[key];
    if (value !== undefined && (typeof value !== 'string' || !FONT_LIST.test(value))) {
      problems.push(`theme option ${key} must be 'sans-serif', 'serif', 'monospace' or a font-family list (got ${JSON.stringify(value)}).`);
    }
  }
  const radius = theme.baseRadius;
  const radiusOk =
    radius === undefined ||
    (typeof radius === 'number' && Number.isFinite(radius) && radius >= 0 && radius <= 100) ||
    (typeof radius === 'string' && (radius in RADII || LENGTH.test(radius)));
  if (!radiusOk)
    problems.push(
      `theme option baseRadius must be none, small, medium, large, full, a number of px or a CSS length (got ${JSON.stringify(radius)}).`,
    );
  return problems;
}

/** The declarations of one color section. */
function colorDeclarations(section: ThemeColors | undefined): string[] {
  if (section === undefined) return [];
  const out: string[] = [];
  for (const key of COLOR_KEYS) {
    const value = section[key]?.trim();
    if (value === undefined) continue;
    out.push(`${COLOR_VARS[key]}: ${value};`);
    if (key === 'primaryColor') {
      const text = contrastText(value);
      if (text !== undefined) out.push(`--lit-ui-primary-contrast: ${text};`);
    }
    // Muted text sits between the text and the background, as Streamlit's faded text.
    if (key === 'textColor') out.push('--lit-ui-muted: color-mix(in srgb, var(--lit-ui-text) 70%, var(--lit-ui-bg));');
  }
  return out;
}

/** The declarations of the shared options (colors, fonts, radius). */
function sharedDeclarations(theme: ThemeConfig): string[] {
  const out = colorDeclarations(theme);
  if (theme.font !== undefined) out.push(`--lit-ui-font: ${FONT_STACKS[theme.font.trim()] ?? theme.font.trim()};`);
  if (theme.codeFont !== undefined) out.push(`--lit-ui-mono-font: ${FONT_STACKS[theme.codeFont.trim()] ?? theme.codeFont.trim()};`);
  const radius = theme.baseRadius;
  if (radius !== undefined) out.push(`--lit-ui-radius: ${typeof radius === 'number' ? `${radius}px` : (RADII[radius] ?? radius)};`);
  return out;
}

/**
 * The stylesheet of a custom theme: its shared options on `selector`, and
 * its `light` / `dark` colors on `selector` in that scheme (the element's
 * `scheme` attribute). With `':host'`, the rules are for the element's own
 * shadow root; with a tag selector (`'lit-ui-app'`), for a page stylesheet.
 * Invalid options are left out (check them with {@link themeProblems}).
 *
 * @param theme - A theme setting; a built-in scheme name gives `''`.
 * @param selector - `':host'` (default) or a selector of the element in the page.
 * @returns CSS text, `''` when there is nothing to set.
 *
 * @example
 * themeCss({ primaryColor: '#0068c9', dark: { backgroundColor: '#10141c' } }, 'lit-ui-app');
 * // lit-ui-app, lit-ui-app[scheme] { --lit-ui-primary: #0068c9; --lit-ui-primary-contrast: #ffffff; }
 * // lit-ui-app[scheme='dark'] { --lit-ui-bg: #10141c; }
 */
export function themeCss(theme: ThemeSetting | undefined, selector = ':host'): string {
  if (typeof theme !== 'object' || theme === null) return '';
  // Keep only the valid parts: drop each option a problem names.
  const valid = pickValid(theme);
  const inScheme = (scheme?: ColorSchemeName): string => {
    const attr = scheme === undefined ? '[scheme]' : `[scheme='${scheme}']`;
    return selector === ':host' ? `:host(${attr})` : `${selector}${attr}`;
  };
  const rules: string[] = [];
  const shared = sharedDeclarations(valid);
  // `[scheme]` too, so the shared options beat the built-in dark rules of the same scope.
  if (shared.length > 0) rules.push(`${selector}, ${inScheme()} { ${shared.join(' ')} }`);
  for (const scheme of ['light', 'dark'] as const) {
    const declarations = colorDeclarations(valid[scheme]);
    if (declarations.length > 0) rules.push(`${inScheme(scheme)} { ${declarations.join(' ')} }`);
  }
  return rules.join('\n');
}

/** The theme without the options {@link themeProblems} would name. */
function pickValid(theme: ThemeConfig): ThemeConfig {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(theme as Record<string, unknown>)) {
    if (key === 'light' || key === 'dark') {
      if (typeof value !== 'object' || value === null) continue;
      const section: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if ((COLOR_KEYS as readonly string[]).includes(k) && themeProblems({ [k]: v }).length === 0) section[k] = v;
      }
      out[key] = section;
    } else if (KNOWN_KEYS.has(key) && themeProblems({ [key]: value }).length === 0) out[key] = value;
  }
  return out;
}
