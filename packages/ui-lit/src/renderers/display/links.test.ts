import { render } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import type { RenderContext } from '../types.js';
import { linkButtonRenderer, pageLinkRenderer } from './links.js';

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

const ctx = { navigate: vi.fn(), pageHref: (page: string) => `/app/${page}` } as unknown as RenderContext;
const UNSAFE = ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

describe('link renderers refuse unsafe URL schemes (defence in depth)', () => {
  it('st.linkButton: http(s), mailto, tel and relative URLs become hrefs', () => {
    for (const url of ['https://streamlit.io', 'mailto:a@b.c', 'tel:+1555', '/docs']) {
      const a = mount(linkButtonRenderer({ type: 'linkButton', label: 'Go', url, kind: 'secondary' })).querySelector('a');
      expect(a?.getAttribute('href'), url).toBe(url);
    }
  });

  it('st.linkButton: any other scheme is rendered disabled, without an href', () => {
    for (const url of UNSAFE) {
      const a = mount(linkButtonRenderer({ type: 'linkButton', label: 'Go', url, kind: 'secondary' })).querySelector('a');
      expect(a?.hasAttribute('href'), url).toBe(false);
      expect(a?.getAttribute('aria-disabled'), url).toBe('true');
    }
  });

  it('st.pageLink: an external URL of another scheme is rendered disabled; app pages keep their href', () => {
    for (const page of UNSAFE) {
      const a = mount(pageLinkRenderer({ type: 'pageLink', page, label: 'Go', external: true }, ctx)).querySelector('a');
      expect(a?.hasAttribute('href'), page).toBe(false);
    }
    const external = mount(pageLinkRenderer({ type: 'pageLink', page: 'https://example.com', label: 'Go', external: true }, ctx)).querySelector('a');
    expect(external?.getAttribute('href')).toBe('https://example.com');
    const internal = mount(pageLinkRenderer({ type: 'pageLink', page: 'reports', label: 'Go', external: false }, ctx)).querySelector('a');
    expect(internal?.getAttribute('href')).toBe('/app/reports');
  });
});
