import { describe, expect, it } from 'vitest';
import { helloInfo, mountPathOf, pagePathOf, pageUrlPath, samePagePath } from './mountPath.js';

describe('mount paths', () => {
  it('resolves the mount path of src without trailing slash', () => {
    expect(mountPathOf('/explorer/', 'http://x.io/a/b')).toBe('/explorer');
    expect(mountPathOf('explorer', 'http://x.io/apps/page')).toBe('/apps/explorer');
    expect(mountPathOf('https://other.io/m', 'http://x.io/')).toBe('/m');
    expect(mountPathOf('/', 'http://x.io/')).toBe('');
    expect(mountPathOf('', 'http://x.io/')).toBe('');
  });

  it('finds the page path under the mount, null when embedded elsewhere', () => {
    expect(pagePathOf('/explorer', '/explorer')).toBe('');
    expect(pagePathOf('/explorer', '/explorer/')).toBe('');
    expect(pagePathOf('/explorer', '/explorer/settings')).toBe('settings');
    expect(pagePathOf('/explorer', '/explorer/a%20b')).toBe('a b');
    expect(pagePathOf('/explorer', '/explorerx')).toBeNull();
    expect(pagePathOf('/explorer', '/blog/post')).toBeNull();
    expect(pagePathOf('', '/settings')).toBe('settings');
  });

  it('builds page URLs and compares them loosely', () => {
    expect(pageUrlPath('/explorer', '')).toBe('/explorer');
    expect(pageUrlPath('/explorer', 'settings')).toBe('/explorer/settings');
    expect(pageUrlPath('', '')).toBe('/');
    expect(pageUrlPath('', 'a b')).toBe('/a%20b');
    expect(samePagePath('/explorer/', '/explorer')).toBe(true);
    expect(samePagePath('/explorer/a%20b', '/explorer/a b')).toBe(true);
    expect(samePagePath('/explorer/a', '/explorer')).toBe(false);
  });

  it('reads hello info from the location', () => {
    const info = helloInfo('/explorer', {
      location: { href: 'http://x.io/explorer/trends?x=1', pathname: '/explorer/trends', search: '?x=1' },
      language: 'fr-FR',
    });
    expect(info).toMatchObject({ url: 'http://x.io/explorer/trends?x=1', pagePath: 'trends', query: 'x=1', locale: 'fr-FR' });
    expect(typeof info.timezoneOffset).toBe('number');
    const embedded = helloInfo('/explorer', {
      location: { href: 'http://x.io/blog', pathname: '/blog', search: '' },
      language: 'en',
    });
    expect(embedded.pagePath).toBe('');
    expect(embedded.query).toBe('');
  });
});
