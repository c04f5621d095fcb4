import { describe, expect, it } from 'vitest';
import { emojiForShortcode, fillEmojiShortcodes, loadEmojiShortcodes } from './emoji.js';
import { enhanceMarkdown, needsEnhancing } from './enhance.js';
import { renderMarkdown } from './markdown.js';

describe('emoji shortcodes load lazily', () => {
  it('before the table loads, a shortcode is a placeholder that enhanceMarkdown fills; unknown ones stay as typed', async () => {
    expect(emojiForShortcode('rocket')).toBeUndefined();
    const html = renderMarkdown('Go :rocket: :no_such_code: `:tada:`');
    expect(needsEnhancing(html)).toBe(true);
    const host = document.createElement('div');
    host.innerHTML = html;
    expect(host.textContent?.trim()).toBe('Go :rocket: :no_such_code: :tada:');
    await enhanceMarkdown(host);
    expect(host.textContent?.trim()).toBe('Go 🚀 :no_such_code: :tada:');
    expect(host.querySelector('[data-shortcode]')).toBeNull();
    // Loaded: shortcodes now render at once.
    expect(renderMarkdown(':tada:', { inline: true })).toBe('🎉');
    expect(emojiForShortcode('no_such_code')).toBeNull();
    expect(emojiForShortcode('constructor')).toBeNull();
  });

  it("holds GitHub's whole set (gemoji), aliases included", async () => {
    await loadEmojiShortcodes();
    for (const [name, glyph] of [
      ['+1', '👍'],
      ['thumbsup', '👍'],
      ['100', '💯'],
      ['man_juggling', '🤹‍♂️'],
      ['jp', '🇯🇵'],
      ['keycap_ten', '🔟'],
    ] as const) {
      expect(emojiForShortcode(name)).toBe(glyph);
    }
    const host = document.createElement('div');
    await fillEmojiShortcodes(host); // nothing to fill
    expect(host.childNodes).toHaveLength(0);
  });
});
