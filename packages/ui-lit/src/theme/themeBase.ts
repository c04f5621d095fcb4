import type { ColorSchemeName, ThemeSetting } from './themeConfig.js';

/** The scheme setting of a theme: `light`, `dark` or `auto`. */
export function themeBase(theme: ThemeSetting | undefined, fallback: ColorSchemeName | 'auto'): ColorSchemeName | 'auto' {
  if (theme === 'light' || theme === 'dark' || theme === 'auto') return theme;
  if (typeof theme === 'object' && theme !== null && (theme.base === 'light' || theme.base === 'dark' || theme.base === 'auto')) return theme.base;
  return fallback;
}
