import { Marked } from 'marked';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from './markdown.js';
import { isPlainHref, isPlainHtml, isPlainMarkdown } from './plainMarkdown.js';
import { sanitizeHtml } from './sanitize.js';

vi.mock('./sanitize.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./sanitize.js')>();
  return { sanitizeHtml: vi.fn(actual.sanitizeHtml) };
});

const sanitized = vi.mocked(sanitizeHtml);
beforeEach(() => sanitized.mockClear());

/** Renders `source` into a detached element, for reading what the browser would make of it. */
function dom(source: string, options?: Parameters<typeof renderMarkdown>[1]): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderMarkdown(source, options);
  return host;
}

describe('plain markdown (no sanitiser needed)', () => {
  it('skips the sanitiser for markdown whose tokens are all plain, and renders it as before', () => {
    const host = dom('Line **1** of the report: *markdown* with a [link](#l1), ~~old~~ and `code <b>`.\n\n- a\n- [x] b\n\n> quoted');
    expect(sanitized).not.toHaveBeenCalled();
    expect(host.querySelector('strong')?.textContent).toBe('1');
    expect(host.querySelector('a')?.getAttribute('href')).toBe('#l1');
    expect(host.querySelector('a')?.hasAttribute('target')).toBe(false);
    expect(host.querySelector('code')?.textContent).toBe('code <b>');
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelector<HTMLInputElement>('li input')?.disabled).toBe(true);
    expect(host.querySelector('blockquote p')?.textContent).toBe('quoted');
    const outbound = dom('[site](https://example.com "Site")').querySelector('a');
    expect(outbound?.getAttribute('target')).toBe('_blank');
    expect(outbound?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(outbound?.getAttribute('title')).toBe('Site');
    expect(sanitized).not.toHaveBeenCalled();
  });

  it('skips the sanitiser for inline markdown too (labels)', () => {
    expect(renderMarkdown('A *b* :red[c]', { inline: true })).toBe('A <em>b</em> <span class="lu-md-color lu-md-red">c</span>');
    expect(sanitized).not.toHaveBeenCalled();
  });

  it.each([
    ['raw HTML (escaped, still sanitised)', 'Hi <b>there</b> <img src=x onerror=alert(1)>'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a javascript: link in mixed case', '[x](JaVaScRiPt:alert(1))'],
    ['a link with a tab that browsers strip', '[x](<java\tscript:alert(1)>)'],
    ['a data: link', '[x](data:text/html,<script>alert(1)</script>)'],
    ['an autolink with another scheme', '<vbscript:msgbox(1)>'],
    ['an image', '![x](https://example.com/x.png)'],
    ['a heading (DOMPurify may drop its id)', '# cookie'],
    ['a table', '| a |\n|---|\n| 1 |'],
    ['an event-handler look-alike in text', 'say onclick=go'],
    ['the word javascript: in text', 'the javascript: scheme'],
  ])('sends %s through the sanitiser, and nothing active comes out', (_, source) => {
    const host = dom(source);
    expect(sanitized).toHaveBeenCalledTimes(1);
    for (const el of host.querySelectorAll('*')) {
      for (const { name, value } of el.attributes) {
        expect(name.startsWith('on')).toBe(false);
        expect(/^\s*(?:java|vb)script:/i.test(value.replace(/\s/g, ''))).toBe(false);
      }
    }
    expect(host.querySelector('script, img[onerror], iframe')).toBeNull();
  });

  it('keeps an entity in a link target literal (its & escaped), so it cannot spell a scheme', () => {
    const link = dom('[x](java&#x09;script:alert(1))').querySelector('a');
    expect(sanitized).not.toHaveBeenCalled();
    expect(link?.getAttribute('href')).toBe('java&#x09;script:alert(1)');
    expect(new URL(link?.getAttribute('href') ?? '', 'https://app.example/p/').protocol).toBe('https:');
  });

  it('keeps the sanitiser for unsafeAllowHtml, plain or not', () => {
    dom('**bold**', { unsafeAllowHtml: true });
    expect(sanitized).toHaveBeenCalledTimes(1);
  });

  it('accepts only http(s), mailto, tel and scheme-less link targets', () => {
    for (const href of ['https://x.io/a?b#c', 'http://x', 'mailto:a@b.c', 'tel:+1', '#top', '/path', './rel', 'page?x=1:2', 'a/b:c'])
      expect(isPlainHref(href), href).toBe(true);
    for (const href of ['', 'javascript:x', 'data:x', 'vbscript:x', 'java\tscript:x', ' https://x', 'https://x y', 'x:y', '\\\\evil', 'file:///etc'])
      expect(isPlainHref(href), href).toBe(false);
  });

  it('proves plainness from the whole token tree, list items and nested inline tokens included', () => {
    const marked = new Marked({ gfm: true });
    expect(isPlainMarkdown(marked.lexer('- **a** [b](#c)\n- `d`'))).toBe(true);
    expect(isPlainMarkdown(marked.lexer('- **a** [b](javascript:c)'))).toBe(false);
    expect(isPlainMarkdown(marked.lexer('> - ![i](x.png)'))).toBe(false);
    expect(isPlainMarkdown(marked.lexer('text <span>raw</span>'))).toBe(false);
    expect(isPlainHtml('<p><strong>a</strong> <a href="#b">b</a></p>')).toBe(true);
    expect(isPlainHtml('<p><img src="x"></p>')).toBe(false);
    expect(isPlainHtml('<p style="x">a</p>')).toBe(false);
    expect(isPlainHtml('<a href="#" onmouseover="x">a</a>')).toBe(false);
  });
});
