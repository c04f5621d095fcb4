import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, isPageUrlPath, urlScheme } from './urlRules.js';

describe('isPageUrlPath', () => {
  it('accepts one segment of letters, digits, _, - and ~', () => {
    for (const segment of ['reports', 'sales_2024', 'a-b', 'x~y', 'Z']) expect(isPageUrlPath(segment), segment).toBe(true);
  });

  it('refuses files, nested paths, the reserved route and anything else', () => {
    for (const segment of ['', 'logo.png', 'favicon.ico', 'a/b', '_lit-ui', '..', '%2e', 'café', 'a b', 'a?b']) {
      expect(isPageUrlPath(segment), segment).toBe(false);
    }
  });
});

describe('link URL rules', () => {
  it('reads the scheme as a browser does', () => {
    expect(urlScheme('HTTPS://example.com')).toBe('https');
    expect(urlScheme(' \u0001java\tscr\nipt:alert(1)')).toBe('javascript');
    expect(urlScheme('/reports')).toBeUndefined();
    expect(urlScheme('//host/x')).toBeUndefined();
    expect(urlScheme('#top')).toBeUndefined();
    expect(urlScheme('page?x=a:b')).toBeUndefined();
  });

  it('allows http(s), mailto, tel and relative URLs; refuses the rest', () => {
    for (const url of ['https://a.b', 'http://a.b', 'mailto:a@b.c', 'tel:+1', '/x', './y', 'z', '?q=1', '#a', '//cdn.example.com/x']) {
      expect(isAllowedLinkUrl(url), url).toBe(true);
    }
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      ' javascript:x',
      'java\tscript:x',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
      'blob:x',
    ]) {
      expect(isAllowedLinkUrl(url), url).toBe(false);
    }
  });
});
