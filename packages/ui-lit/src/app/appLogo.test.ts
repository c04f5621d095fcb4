import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { appLogo } from './appChrome.js';

const resolve = (url: string) => (url.startsWith('http') ? url : `http://app.test/m/${url}`);

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

describe('appLogo', () => {
  it('shows the logo at its size, linked, and the icon image where space is short', () => {
    const logo = { url: '_lit-ui/media/a.svg', iconUrl: '_lit-ui/media/i.png', link: 'https://example.com', size: 'large' as const };
    const full = mount(appLogo(logo, false, resolve));
    expect(full.querySelector('img')?.getAttribute('src')).toBe('http://app.test/m/_lit-ui/media/a.svg');
    expect(full.querySelector('img')?.getAttribute('height')).toBe('32');
    expect(full.querySelector('a')?.getAttribute('href')).toBe('https://example.com');
    expect(
      mount(appLogo(logo, true, resolve))
        .querySelector('img')
        ?.getAttribute('src'),
    ).toBe('http://app.test/m/_lit-ui/media/i.png');
  });

  it('renders nothing without a logo or for a script URL, and no link for a script link', () => {
    expect(mount(appLogo(undefined, false, resolve)).querySelector('img')).toBeNull();
    expect(mount(appLogo({ url: 'javascript:alert(1)', size: 'small' }, false, resolve)).querySelector('img')).toBeNull();
    expect(mount(appLogo({ url: 'a.png', link: 'javascript:x', size: 'small' }, false, resolve)).querySelector('a')).toBeNull();
  });
});
