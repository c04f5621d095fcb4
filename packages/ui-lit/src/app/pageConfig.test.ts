import { describe, expect, it } from 'vitest';
import { applyPageConfig, faviconHref } from './pageConfig.js';

describe('page config', () => {
  it('turns an emoji into an SVG data URL and keeps URLs', () => {
    const emoji = faviconHref('🎈');
    expect(emoji?.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(emoji ?? '')).toContain('🎈');
    expect(faviconHref('/static/logo.png')).toBe('/static/logo.png');
    expect(faviconHref('https://x.io/i.ico')).toBe('https://x.io/i.ico');
    expect(faviconHref('logo.svg')).toBe('logo.svg');
    expect(faviconHref(':material/home:')).toBeUndefined();
    expect(decodeURIComponent(faviconHref('<&>') ?? '')).not.toContain('<&>');
  });

  it('never uses a script or document URL as the icon: it is drawn as text', () => {
    for (const icon of ['javascript:alert(1)//x.png', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x.ico']) {
      expect(faviconHref(icon)?.startsWith('data:image/svg+xml,'), icon).toBe(true);
    }
    expect(faviconHref('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
  });

  it('sets the title and the icon link', () => {
    applyPageConfig({ pageTitle: 'Cars', pageIcon: '🚗' }, document);
    expect(document.title).toBe('Cars');
    const link = document.head.querySelector('link[rel~="icon"]');
    expect(link?.getAttribute('href')).toContain('data:image/svg+xml,');
    applyPageConfig({ pageIcon: '/x.png' }, document);
    expect(document.head.querySelectorAll('link[rel~="icon"]')).toHaveLength(1);
    expect(document.head.querySelector('link[rel~="icon"]')?.getAttribute('href')).toBe('/x.png');
    expect(document.title).toBe('Cars');
  });
});
