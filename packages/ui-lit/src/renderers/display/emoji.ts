/**
 * Emoji shortcodes understood in markdown (`:rocket:` → 🚀), as Streamlit's
 * `st.markdown`: GitHub's full set, from the `gemoji` package. The table
 * (≈ 1,900 names) loads lazily, the first time a page's markdown holds a
 * shortcode, so it stays out of the initial bundle; until then the
 * shortcode is rendered as a placeholder that `enhanceMarkdown` fills in.
 * Unknown shortcodes stay as typed.
 */

let table: Readonly<Record<string, string>> | undefined;
let loading: Promise<void> | undefined;

/** Loads the shortcode table once; later calls share the promise. */
export function loadEmojiShortcodes(): Promise<void> {
  loading ??= import('gemoji').then((module) => {
    table = module.nameToEmoji;
  });
  return loading;
}

/**
 * The emoji of a shortcode name (`'rocket'` → `'🚀'`), `null` when GitHub's
 * set has no such name, or `undefined` while the table is not loaded yet.
 *
 * @example
 * await loadEmojiShortcodes();
 * emojiForShortcode('tada'); // '🎉'
 */
export function emojiForShortcode(name: string): string | null | undefined {
  if (table === undefined) return undefined;
  return Object.hasOwn(table, name) ? (table[name] ?? null) : null;
}

/**
 * Fills the shortcode placeholders (`<span class="lu-emoji" data-shortcode>`)
 * under `root` with their emoji once the table is loaded; unknown names keep
 * their typed text.
 */
export async function fillEmojiShortcodes(root: ParentNode): Promise<void> {
  const pending = [...root.querySelectorAll<HTMLElement>('.lu-emoji[data-shortcode]')];
  if (pending.length === 0) return;
  await loadEmojiShortcodes();
  for (const span of pending) {
    const glyph = emojiForShortcode(span.dataset['shortcode'] ?? '');
    span.removeAttribute('data-shortcode');
    if (typeof glyph === 'string') span.textContent = glyph;
  }
}
