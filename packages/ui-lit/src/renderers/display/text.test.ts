import { describe, expect, it, vi } from 'vitest';
import { render } from 'lit';
import { captionRenderer, dividerRenderer, emptyRenderer, htmlRenderer, markdownRenderer, textRenderer } from './text.js';

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

describe('markdown, caption, text, html, divider, empty', () => {
  it('renders markdown blocks, escaping raw HTML by default', () => {
    const host = mount(markdownRenderer({ type: 'markdown', body: '# Hi\n\nSome <b>bold</b> *text*' }));
    const md = host.querySelector('.lu-markdown');
    expect(md?.querySelector('h1')?.textContent).toBe('Hi');
    expect(md?.querySelector('em')?.textContent).toBe('text');
    expect(md?.querySelector('b')).toBeNull();
    expect(md?.textContent).toContain('<b>bold</b>');
  });

  it('renders raw HTML with unsafeAllowHtml', () => {
    const host = mount(markdownRenderer({ type: 'markdown', body: 'Some <b>bold</b>', unsafeAllowHtml: true }));
    expect(host.querySelector('.lu-markdown b')?.textContent).toBe('bold');
  });

  it('puts a help icon beside markdown', () => {
    const host = mount(markdownRenderer({ type: 'markdown', body: 'x', help: 'tip' }));
    expect(host.querySelector('.lu-with-help > .lu-markdown')).not.toBeNull();
    expect(host.querySelector('.lu-with-help > .lu-help [role=tooltip]')?.textContent?.trim()).toBe('tip');
  });

  it('renders captions small and muted', () => {
    const host = mount(captionRenderer({ type: 'caption', body: 'Source: **NOAA**' }));
    expect(host.querySelector('.lu-markdown.lu-caption strong')?.textContent).toBe('NOAA');
  });

  it('renders st.text as plain text with whitespace kept', () => {
    const host = mount(textRenderer({ type: 'text', body: 'a  b\n<i>c</i>' }));
    const text = host.querySelector('.lu-text');
    expect(text?.textContent).toBe('a  b\n<i>c</i>');
    expect(text?.querySelector('i')).toBeNull();
  });

  it('renders sanitised HTML', () => {
    const host = mount(htmlRenderer({ type: 'html', body: '<p class="x">Hi</p><script>alert(1)</script><img src="a.png" onerror="y()">' }));
    expect(host.querySelector('.lu-html p.x')?.textContent).toBe('Hi');
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('img')?.hasAttribute('onerror')).toBe(false);
  });

  it('scrolls to in-page anchors of markdown links', () => {
    const host = mount(markdownRenderer({ type: 'markdown', body: '## Part two\n\n[jump](#part-two) [out](https://x.io)' }));
    document.body.append(host);
    const heading = host.querySelector('h2') as HTMLElement;
    const scrollIntoView = vi.fn();
    heading.scrollIntoView = scrollIntoView;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    host.querySelector('a[href="#part-two"]')?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(scrollIntoView).toHaveBeenCalled();
    host.remove();
  });

  it('renders a divider and nothing for empty', () => {
    expect(mount(dividerRenderer()).querySelector('hr.lu-divider')).not.toBeNull();
    const empty = mount(emptyRenderer());
    expect(empty.children).toHaveLength(0);
    expect(empty.textContent).toBe('');
  });
});
