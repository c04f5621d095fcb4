import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { lazyKit } from '../renderers/lazyKit.js';
import { appLogo } from './appChrome.js';
import { logoElement } from './appLogo.js';

if (customElements.get('lit-ui-logo') === undefined) customElements.define('lit-ui-logo', logoElement(lazyKit));

const resolve = (url: string) => (url.startsWith('http') ? url : `http://app.test/m/${url}`);

/** Renders `template` and waits for the `<lit-ui-logo>` in it to render. */
async function mount(template: unknown): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  await host.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('lit-ui-logo')?.updateComplete;
  return host;
}

describe('appLogo', () => {
  it('shows the logo at its size, linked, and the icon image where space is short', async () => {
    const logo = { url: '_lit-ui/media/a.svg', iconUrl: '_lit-ui/media/i.png', link: 'https://example.com', size: 'large' as const };
    const full = await mount(appLogo(logo, false, resolve));
    expect(full.querySelector('lit-ui-logo')).not.toBeNull();
    expect(full.querySelector('img')?.getAttribute('src')).toBe('http://app.test/m/_lit-ui/media/a.svg');
    expect(full.querySelector('img')?.getAttribute('height')).toBe('32');
    expect(full.querySelector('a')?.getAttribute('href')).toBe('https://example.com');
    const compact = await mount(appLogo(logo, true, resolve));
    expect(compact.querySelector('img')?.getAttribute('src')).toBe('http://app.test/m/_lit-ui/media/i.png');
  });

  it('renders nothing without a logo or for a script URL, and no link for a script link', async () => {
    expect((await mount(appLogo(undefined, false, resolve))).querySelector('lit-ui-logo')).toBeNull();
    const script = await mount(appLogo({ url: 'javascript:alert(1)', size: 'small' }, false, resolve));
    expect(script.querySelector('lit-ui-logo')).not.toBeNull();
    expect(script.querySelector('img')).toBeNull();
    expect((await mount(appLogo({ url: 'a.png', link: 'javascript:x', size: 'small' }, false, resolve))).querySelector('a')).toBeNull();
  });
});
