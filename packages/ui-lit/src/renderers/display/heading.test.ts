import { describe, expect, it, vi } from 'vitest';
import { render } from 'lit';
import { dividerClass, headerRenderer, headingAnchor, subheaderRenderer, titleRenderer } from './heading.js';

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

describe('title, header and subheader', () => {
  it('renders h1/h2/h3 with inline markdown', () => {
    const title = mount(titleRenderer({ type: 'title', body: 'Sales :blue[2024] **now**' }));
    const h1 = title.querySelector('h1.lu-heading.lu-title');
    expect(h1?.querySelector('.lu-md-blue')?.textContent).toBe('2024');
    expect(h1?.querySelector('strong')?.textContent).toBe('now');
    expect(h1?.querySelector('p')).toBeNull();
    expect(mount(headerRenderer({ type: 'header', body: 'H' })).querySelector('h2.lu-header')).not.toBeNull();
    expect(mount(subheaderRenderer({ type: 'subheader', body: 'S' })).querySelector('h3.lu-subheader')).not.toBeNull();
  });

  it('derives the anchor from the text, honours a custom one, hides it when empty', () => {
    const auto = mount(titleRenderer({ type: 'title', body: 'Hello **World**' }));
    expect(auto.querySelector('h1')?.id).toBe('hello-world');
    expect(auto.querySelector('a.lu-anchor')?.getAttribute('href')).toBe('#hello-world');
    // A mouse convenience: out of the tab order and out of the heading's accessible name.
    expect(auto.querySelector('a.lu-anchor')?.getAttribute('tabindex')).toBe('-1');
    expect(auto.querySelector('a.lu-anchor')?.getAttribute('aria-hidden')).toBe('true');
    const custom = mount(headerRenderer({ type: 'header', body: 'X', anchor: 'my-id' }));
    expect(custom.querySelector('h2')?.id).toBe('my-id');
    const none = mount(headerRenderer({ type: 'header', body: 'X', anchor: '' }));
    expect(none.querySelector('h2')?.hasAttribute('id')).toBe(false);
    expect(none.querySelector('.lu-anchor')).toBeNull();
    expect(headingAnchor('Ünïcode Title!', undefined)).toBe('ünïcode-title');
  });

  it('scrolls to the heading on anchor click and puts the hash in the URL', () => {
    const host = mount(titleRenderer({ type: 'title', body: 'Jump here' }));
    document.body.append(host);
    const h1 = host.querySelector('h1') as HTMLElement;
    const scrollIntoView = vi.fn();
    h1.scrollIntoView = scrollIntoView;
    const link = host.querySelector('a.lu-anchor') as HTMLAnchorElement;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(scrollIntoView).toHaveBeenCalled();
    expect(location.hash).toBe('#jump-here');
    host.remove();
  });

  it('draws a colored divider under headers', () => {
    const blue = mount(headerRenderer({ type: 'header', body: 'A', divider: true }));
    expect(blue.querySelector('.lu-heading-block > hr')?.className).toBe('lu-rule lu-rule--blue');
    const rainbow = mount(subheaderRenderer({ type: 'subheader', body: 'A', divider: 'rainbow' }));
    expect(rainbow.querySelector('hr')?.classList.contains('lu-rule--rainbow')).toBe(true);
    expect(mount(headerRenderer({ type: 'header', body: 'A' })).querySelector('hr')).toBeNull();
    expect(dividerClass('grey')).toBe('lu-rule lu-rule--gray');
    expect(dividerClass('chartreuse')).toBe('lu-rule lu-rule--blue');
    expect(dividerClass(false)).toBeUndefined();
  });

  it('shows a help tooltip when help is given', () => {
    const host = mount(titleRenderer({ type: 'title', body: 'T', help: 'Some **help**' }));
    expect(host.querySelector('.lu-help [role=tooltip] strong')?.textContent).toBe('help');
  });
});
