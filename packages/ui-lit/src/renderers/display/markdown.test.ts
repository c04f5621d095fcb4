import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { markdown, renderMarkdown } from './markdown.js';
import { slugify } from './markdownExtensions.js';
import { loadEmojiShortcodes } from './emoji.js';

function dom(source: string, options?: Parameters<typeof renderMarkdown>[1]): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderMarkdown(source, options);
  return host;
}

describe('renderMarkdown', () => {
  it('renders GitHub-flavoured markdown', () => {
    const host = dom('# Title\n\n**bold** _it_ ~~gone~~ `code`\n\n- [x] done\n- todo\n\n| a | b |\n|---|--:|\n| 1 | 2 |');
    expect(host.querySelector('h1')?.id).toBe('title');
    expect(host.querySelector('strong')?.textContent).toBe('bold');
    expect(host.querySelector('em')?.textContent).toBe('it');
    expect(host.querySelector('del')?.textContent).toBe('gone');
    expect(host.querySelector('code')?.textContent).toBe('code');
    expect(host.querySelectorAll('li')).toHaveLength(2);
    expect(host.querySelector<HTMLInputElement>('li input[type=checkbox]')?.checked).toBe(true);
    expect(host.querySelectorAll('table td')).toHaveLength(2);
  });

  it('escapes raw HTML unless unsafeAllowHtml', () => {
    const safe = dom('Hi <b>there</b>\n\n<div class="x">block</div>');
    expect(safe.querySelector('b')).toBeNull();
    expect(safe.querySelector('div.x')).toBeNull();
    expect(safe.textContent).toContain('<b>there</b>');
    const unsafe = dom('Hi <b>there</b>', { unsafeAllowHtml: true });
    expect(unsafe.querySelector('b')?.textContent).toBe('there');
  });

  it('renders inline markdown without paragraphs', async () => {
    await loadEmojiShortcodes();
    const out = renderMarkdown('A *b* :tada:', { inline: true });
    expect(out).toBe('A <em>b</em> 🎉');
  });

  it('colors text with :color[…] and highlights with :color-background[…]', () => {
    const host = dom(':red[alarm] and :blue-background[**calm**] :rainbow[wow] :green-badge[ok] :small[tiny] :pink[no]');
    expect(host.querySelector('.lu-md-red')?.textContent).toBe('alarm');
    const bg = host.querySelector('.lu-md-blue-background');
    expect(bg?.querySelector('strong')?.textContent).toBe('calm');
    expect(host.querySelector('.lu-md-rainbow')?.textContent).toBe('wow');
    expect(host.querySelector('.lu-md-green-badge')?.textContent).toBe('ok');
    expect(host.querySelector('.lu-md-small')?.textContent).toBe('tiny');
    expect(host.textContent).toContain(':pink[no]');
  });

  it('handles nested brackets inside a color directive', () => {
    const host = dom(':violet[see [docs](https://x.io)]');
    const span = host.querySelector('.lu-md-violet');
    expect(span?.querySelector('a')?.getAttribute('href')).toBe('https://x.io');
  });

  it("replaces emoji shortcodes from GitHub's full set, keeps unknown ones, draws material icons", async () => {
    await loadEmojiShortcodes();
    expect(dom(':rocket: :fire: :nope: at 10:30:00').textContent?.trim()).toBe('🚀 🔥 :nope: at 10:30:00');
    expect(dom(':octocat: :basecampy: :switzerland: :woman_technologist:').textContent?.trim()).toBe(':octocat: :basecampy: 🇨🇭 👩‍💻');
    const icon = dom(':material/home: Home').querySelector('.lu-material');
    expect(icon?.textContent).toBe('home');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(dom('`:rocket:`').querySelector('code')?.textContent).toBe(':rocket:');
    expect(dom('```\n:rocket: :material/home:\n```').querySelector('code')?.textContent).toBe(':rocket: :material/home:');
  });

  it('opens outbound links in a new tab with rel noopener', () => {
    const host = dom('[site](https://example.com) and [here](#section) and https://auto.link');
    const [site, here, auto] = host.querySelectorAll('a');
    expect(site?.getAttribute('target')).toBe('_blank');
    expect(site?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(here?.hasAttribute('target')).toBe(false);
    expect(auto?.getAttribute('href')).toBe('https://auto.link');
    expect(auto?.getAttribute('target')).toBe('_blank');
  });

  it('marks inline and display math for KaTeX, leaving prices alone', () => {
    const host = dom('Energy $E = mc^2$ costs $5 and $10.\n\n$$\n\\int_0^1 x\\,dx\n$$');
    const inline = host.querySelector('span.lu-math');
    expect(inline?.getAttribute('data-tex')).toBe('E = mc^2');
    expect(host.querySelector('div.lu-math--display')?.getAttribute('data-tex')).toBe('\\int_0^1 x\\,dx');
    expect(host.textContent).toContain('costs $5 and $10.');
    expect(dom('a \\$x$ b').querySelector('.lu-math')).toBeNull();
  });

  it('renders fenced code with its language class', () => {
    const code = dom('```python\nprint(1)\n```').querySelector('pre.lu-md-code > code');
    expect(code?.className).toBe('language-python');
    expect(code?.textContent).toBe('print(1)');
  });

  it('survives odd input', () => {
    expect(renderMarkdown('')).toBe('');
    expect(() => renderMarkdown(':red[unclosed')).not.toThrow();
    expect(dom(':red[unclosed').textContent).toContain(':red[unclosed');
  });
});

describe('markdown directive', () => {
  it('puts rendered markdown in a template and re-renders on change', () => {
    const host = document.createElement('div');
    render(html`<div>${markdown('**one**')}</div>`, host);
    expect(host.querySelector('strong')?.textContent).toBe('one');
    render(html`<div>${markdown('_two_')}</div>`, host);
    expect(host.querySelector('strong')).toBeNull();
    expect(host.querySelector('em')?.textContent).toBe('two');
  });
});

describe('slugify', () => {
  it('makes anchor ids from heading text', () => {
    expect(slugify('Hello, World! 2024')).toBe('hello-world-2024');
    expect(slugify('Données   <b>brutes</b>')).toBe('données-brutes');
  });
});
