import { html, nothing } from 'lit';

/** A few Material Symbols names, shown as their closest emoji (lit-ui ships no icon font). */
const MATERIAL: Readonly<Record<string, string>> = {
  analytics: '📊',
  bar_chart: '📊',
  check: '✔️',
  check_circle: '✅',
  dashboard: '📋',
  database: '🗄️',
  description: '📄',
  error: '⛔',
  favorite: '❤️',
  home: '🏠',
  info: 'ℹ️',
  insights: '📈',
  link: '🔗',
  lock: '🔒',
  mail: '✉️',
  map: '🗺️',
  open_in_new: '↗',
  person: '👤',
  rocket_launch: '🚀',
  search: '🔍',
  settings: '⚙️',
  star: '⭐',
  table: '▦',
  thumb_up: '👍',
  warning: '⚠️',
};

/**
 * The visible glyph of a Streamlit `icon=` value: an emoji as given, or a
 * `:material/name:` shortcode mapped to a close emoji (empty when unknown).
 */
export function iconGlyph(icon: string | undefined | null): string {
  if (!icon) return '';
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon.trim());
  return material ? (MATERIAL[material[1] ?? ''] ?? '') : icon.trim();
}

/**
 * An icon span (`<span class="lu-icon">`) for an `icon=` value, or nothing.
 *
 * @example
 * html`${iconSpan(proto.icon)} ${proto.label}`
 */
export function iconSpan(icon: string | undefined | null, cls = 'lu-icon'): unknown {
  const glyph = iconGlyph(icon);
  return glyph ? html`<span class=${cls} aria-hidden="true">${glyph}</span>` : nothing;
}
