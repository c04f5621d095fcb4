import { describe, expect, it, vi } from 'vitest';
import { render } from 'lit';
import { formatElapsed } from '../../directives/elapsedTime.js';
import type { RenderContext } from '../types.js';
import { linkButtonRenderer, pageLinkRenderer } from './links.js';
import { percent, progressRenderer, spinnerRenderer } from './status.js';

/** Default actions the renderer left to the browser (clicks reaching the host unprevented). */
let leftToBrowser = 0;

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  // Stop happy-dom from really following links once the renderer's handler has run.
  host.addEventListener('click', (event) => {
    if (!event.defaultPrevented) leftToBrowser++;
    event.preventDefault();
  });
  return host;
}

describe('progress and spinner', () => {
  it('fills the bar to the value with text above', () => {
    const host = mount(progressRenderer({ type: 'progress', value: 42, text: 'Loading **data**' }));
    const bar = host.querySelector('[role=progressbar]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('42');
    expect((host.querySelector('.lu-progress-bar') as HTMLElement).style.width).toBe('42%');
    expect(host.querySelector('.lu-progress-text strong')?.textContent).toBe('data');
    expect(mount(progressRenderer({ type: 'progress', value: 7 })).querySelector('.lu-progress-text')).toBeNull();
    expect([percent(-5), percent(150), percent(Number.NaN), percent(33.6)]).toEqual([0, 100, 0, 34]);
  });

  it('spins with its text', () => {
    const host = mount(spinnerRenderer({ type: 'spinner', text: 'Crunching…' }));
    expect(host.querySelector('[role=status] .lu-spinner')).not.toBeNull();
    expect(host.querySelector('.lu-spinner-text')?.textContent).toBe('Crunching…');
    expect(host.querySelector('.lu-spinner-time')).toBeNull();
  });

  it('with showTime, counts the elapsed time on from the time the work had run', async () => {
    const host = mount(spinnerRenderer({ type: 'spinner', text: 'Crunching…', showTime: true, elapsedMs: 500 }));
    const shown = () => Number(/\((\d+\.\d) seconds\)/.exec(host.querySelector('.lu-spinner-time')?.textContent ?? '')?.[1]);
    expect(shown()).toBeGreaterThanOrEqual(0.5);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(shown()).toBeGreaterThanOrEqual(0.8);
    expect(formatElapsed(2449)).toBe('(2.4 seconds)');
  });
});

describe('page links and link buttons', () => {
  const ctx = (): RenderContext => ({
    widgets: {} as RenderContext['widgets'],
    pageHref: (page) => `/app/${page}`,
    navigate: vi.fn(),
  });

  it('navigates to internal pages without a reload', () => {
    const c = ctx();
    const host = mount(pageLinkRenderer({ type: 'pageLink', page: 'settings', label: 'Settings', icon: '⚙️', external: false }, c));
    const link = host.querySelector('a.lu-page-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/app/settings');
    expect(link.hasAttribute('target')).toBe(false);
    expect(host.querySelector('.lu-page-link-icon')?.textContent).toBe('⚙️');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(c.navigate).toHaveBeenCalledWith('settings');
    leftToBrowser = 0;
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true }));
    expect(leftToBrowser).toBe(1);
    expect(c.navigate).toHaveBeenCalledTimes(1);
  });

  it('opens external pages in a new tab', () => {
    const c = ctx();
    const host = mount(pageLinkRenderer({ type: 'pageLink', page: 'https://docs.x.io', label: 'Docs', external: true }, c));
    const link = host.querySelector('a.lu-page-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://docs.x.io');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    leftToBrowser = 0;
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(leftToBrowser).toBe(1);
    expect(c.navigate).not.toHaveBeenCalled();
  });

  it('renders disabled page links without href', () => {
    const host = mount(pageLinkRenderer({ type: 'pageLink', page: 'x', label: 'X', external: false, disabled: true, help: 'Later' }, ctx()));
    const link = host.querySelector('a.lu-page-link--disabled');
    expect(link?.hasAttribute('href')).toBe(false);
    expect(link?.getAttribute('aria-disabled')).toBe('true');
    expect(host.querySelector('.lu-help')).not.toBeNull();
  });

  it('renders link buttons by kind, opening a new tab', () => {
    const host = mount(linkButtonRenderer({ type: 'linkButton', label: 'Docs', url: 'https://x.io', kind: 'primary', help: 'Read' }));
    const a = host.querySelector('a.lu-link-button.lu-link-button--primary') as HTMLAnchorElement;
    expect(a.getAttribute('href')).toBe('https://x.io');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('title')).toBe('Read');
    expect(a.textContent?.trim()).toBe('Docs');
    const off = mount(linkButtonRenderer({ type: 'linkButton', label: 'Off', url: 'https://x.io', kind: 'secondary', disabled: true }));
    expect(off.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(off.querySelector('a')?.getAttribute('aria-disabled')).toBe('true');
  });
});
